/**
 * kratom-widgets/data: the bundled, sourced dataset behind the elements.
 *
 * Every function accepts anything and never throws: an unknown or malformed
 * code or id gives `undefined` (or an `unknown` verdict), never an exception.
 * Each part lives in its own module, so importing one does not pull in the
 * others' JSON.
 *
 * Everything it hands out is frozen and typed readonly all the way down: the
 * records are shared by every caller and element on the page, so they are
 * frozen once, when a dataset is adopted (the bundled data, a site's file,
 * see freeze.ts). Lists are frozen too, whether shared (briefs(), STATUSES)
 * or made for the call (jurisdictions(), groups(), faq(), events()): copy one
 * to sort it, `[...jurisdictions()].sort(…)`. A write throws a TypeError in
 * strict-mode code and is ignored elsewhere.
 */
export type * from './types.js';
export { asOf, dataVersion, localize, jurisdictions, jurisdiction, type DataVersion } from './jurisdictions.js';
export { events, statusOn, pendingChanges, EVENT_TYPES, type EventFilter, type JurisdictionEvent, type PlannedChange } from './history.js';
export { groups, group, groupIds, GROUP_KINDS, type GroupFilter } from './groups.js';
export { faq, FAQ_TOPICS } from './faq.js';
export { isSaleAllowed, type SaleAnswer, type SaleCondition, type SaleVerdict } from './sale.js';
export { STATUSES, STATUS_ORDER, statusInfo, type StatusInfo, type AdultSale } from './statuses.js';
export { normalizeCode, normalizeCountry } from './codes.js';
export { briefs, brief, loadJurisdiction, type JurisdictionBrief } from './briefs.js';
export {
  setDataSource,
  retryDataSource,
  DATA_META,
  DATA_TIMEOUT_MS,
  DATA_MAX_BYTES,
  type DataSourceOptions,
  type DataSourceResult,
  type DataUpdateDetail,
  type DataErrorDetail,
} from './data-source.js';
export { dataSourceState, type DataProblem, type DataProblemReason, type DataSourceState, type DatasetFile } from './store.js';
