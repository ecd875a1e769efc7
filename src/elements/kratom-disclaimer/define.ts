import { defineElement } from '../../shared/register.js';
import { KratomDisclaimer } from './kratom-disclaimer.js';

export { KratomDisclaimer };
export * from './kratom-disclaimer.js';

defineElement('kratom-disclaimer', KratomDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-disclaimer': KratomDisclaimer;
  }
}
