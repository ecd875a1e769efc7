import { defineElement } from '../../shared/register.js';
import { KratomLawMap } from './kratom-law-map.js';

export { KratomLawMap };
export * from './kratom-law-map.js';

defineElement('kratom-law-map', KratomLawMap);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-law-map': KratomLawMap;
  }
}
