/**
 * kratom-widgets: element classes and the locale API. Importing this module
 * registers nothing; import `kratom-widgets/all` or one element's entry
 * (e.g. `kratom-widgets/kratom-disclaimer`) to define the tags.
 */
export { AdvocacyGroupCard } from './elements/advocacy-group-card/advocacy-group-card.js';
export { AdvocacyGroupList, type AdvocacyGroupFilterDetail } from './elements/advocacy-group-list/advocacy-group-list.js';
export { KratomDisclaimer } from './elements/kratom-disclaimer/kratom-disclaimer.js';
export { KratomFaq } from './elements/kratom-faq/kratom-faq.js';
export { KratomFaqItem } from './elements/kratom-faq/kratom-faq-item.js';
export { KratomLawLookup } from './elements/kratom-law-lookup/kratom-law-lookup.js';
export { KratomLawMap, type JurisdictionSelectDetail } from './elements/kratom-law-map/kratom-law-map.js';
export { KratomLawUpdates } from './elements/kratom-law-updates/kratom-law-updates.js';
export { KratomShippingNotice } from './elements/kratom-shipping-notice/kratom-shipping-notice.js';
export { KratomStatusBadge } from './elements/kratom-status-badge/kratom-status-badge.js';
export { getLocale, setLocale, loadKratomLocale, toLocale, LOCALES, type Locale } from './shared/locale.js';
export { setStaleAfter, staleAfterDays, STALE_AFTER_DAYS, MAX_STALE_AFTER_DAYS } from './shared/staleness.js';
export { VERSION } from './shared/version.js';
export { setDataSource, type DataSourceOptions, type DataSourceResult, type DataUpdateDetail, type DataErrorDetail } from './data/data-source.js';
export type { KratomEventMap, FaqToggleDetail } from './shared/events.js';
export { JURISDICTION_SELECT_EVENT } from './shared/jurisdiction-select.js';
