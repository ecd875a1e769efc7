import type { JurisdictionSelectDetail } from './jurisdiction-select.js';
import type { AdvocacyGroupFilterDetail } from '../elements/advocacy-group-list/advocacy-group-list.js';
import type { DataErrorDetail, DataUpdateDetail } from '../data/data-source.js';

/** Detail of `kratom-faq-toggle`: the entry's id (`faq-<slug>`) and whether it is now open. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/**
 * Every event the elements fire, by name, for typed listeners:
 * `map.addEventListener('kratom-jurisdiction-select', (e) => e.detail.code)`
 * type-checks with no cast. The data events fire on `document`.
 */
export interface KratomEventMap {
  'kratom-jurisdiction-select': CustomEvent<JurisdictionSelectDetail>;
  'kratom-faq-toggle': CustomEvent<FaqToggleDetail>;
  'advocacy-group-filter': CustomEvent<AdvocacyGroupFilterDetail>;
  'kratom-data-update': CustomEvent<DataUpdateDetail>;
  'kratom-data-error': CustomEvent<DataErrorDetail>;
}

declare global {
  // Bubbling, composed events reach any element, the document and the window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends KratomEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends KratomEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends KratomEventMap {}
}
