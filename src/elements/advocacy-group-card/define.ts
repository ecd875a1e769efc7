import { defineElement } from '../../shared/register.js';
import { AdvocacyGroupCard } from './advocacy-group-card.js';

export { AdvocacyGroupCard };
export * from './advocacy-group-card.js';

defineElement('advocacy-group-card', AdvocacyGroupCard);

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-group-card': AdvocacyGroupCard;
  }
}
