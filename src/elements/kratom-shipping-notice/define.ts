import { defineElement } from '../../shared/register.js';
import { KratomShippingNotice } from './kratom-shipping-notice.js';

export { KratomShippingNotice };
export * from './kratom-shipping-notice.js';

defineElement('kratom-shipping-notice', KratomShippingNotice);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-shipping-notice': KratomShippingNotice;
  }
}
