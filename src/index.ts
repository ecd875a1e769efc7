/**
 * kratom-widgets: element classes and the locale API. Importing this module
 * registers nothing; import `kratom-widgets/all` or one element's entry
 * (e.g. `kratom-widgets/kratom-disclaimer`) to define the tags.
 */
export { KratomDisclaimer } from './elements/kratom-disclaimer/kratom-disclaimer.js';
export { KratomLawMap, type JurisdictionSelectDetail } from './elements/kratom-law-map/kratom-law-map.js';
export { getLocale, setLocale, loadKratomLocale, toLocale, LOCALES, type Locale } from './shared/locale.js';
export { VERSION } from './shared/version.js';
