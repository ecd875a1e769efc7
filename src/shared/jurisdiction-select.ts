import type { Jurisdiction } from '../data/types.js';

/**
 * The event the map and the lookup fire when a reader chooses a place (not
 * when an attribute or property changes it): the same name and detail from
 * both, so a page can listen for either.
 */
export const JURISDICTION_SELECT_EVENT = 'kratom-jurisdiction-select';

/** Detail of the `kratom-jurisdiction-select` event. */
export interface JurisdictionSelectDetail {
  code: string;
  record: Jurisdiction;
}
