import { defineElement } from '../../shared/register.js';
import { KratomFaq } from './kratom-faq.js';
import { KratomFaqItem } from './kratom-faq-item.js';

export { KratomFaq, KratomFaqItem };
export * from './kratom-faq.js';
export * from './kratom-faq-item.js';

// The item first, so the FAQ finds its children already upgraded.
defineElement('kratom-faq-item', KratomFaqItem);
defineElement('kratom-faq', KratomFaq);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-faq': KratomFaq;
    'kratom-faq-item': KratomFaqItem;
  }
}
