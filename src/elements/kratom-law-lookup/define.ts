import { defineElement } from '../../shared/register.js';
import { KratomLawLookup } from './kratom-law-lookup.js';

export { KratomLawLookup };
export * from './kratom-law-lookup.js';

defineElement('kratom-law-lookup', KratomLawLookup);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-law-lookup': KratomLawLookup;
  }
}
