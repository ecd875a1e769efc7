/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered, and the locale follows the page's <html lang> from the start.
 */
import { followPageLanguage } from './shared/locale.js';
// Bundled in (about 1 kB gzip each) rather than loaded on demand, so a French
// or Spanish page never shows English first and then reflows.
import './generated/locales/fr.js';
import './generated/locales/es.js';
// The map's table and details panel load after its first render in the npm
// build; here they are in the file already, so opening them costs no request.
import './elements/kratom-law-map/table-view.js';
import './elements/kratom-law-map/details-panel.js';

export * from './all.js';

followPageLanguage();
