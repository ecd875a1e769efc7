import { defineElement } from '../../shared/register.js';
import { KratomLawUpdates } from './kratom-law-updates.js';

export { KratomLawUpdates };
export * from './kratom-law-updates.js';

defineElement('kratom-law-updates', KratomLawUpdates);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-law-updates': KratomLawUpdates;
  }
}
