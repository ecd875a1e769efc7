// The list renders cards: register them first.
import '../advocacy-group-card/define.js';
import { defineElement } from '../../shared/register.js';
import { AdvocacyGroupList } from './advocacy-group-list.js';

export { AdvocacyGroupList };
export * from './advocacy-group-list.js';

defineElement('advocacy-group-list', AdvocacyGroupList);

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-group-list': AdvocacyGroupList;
  }
}
