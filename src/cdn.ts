/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered, and the locale follows the page's <html lang> from the start.
 */
import { followPageLanguage } from './shared/locale.js';
// The map's table, details panel, keyboard navigation and tooltip load after
// its first render in the npm build. Here they are in the file already: they
// need Lit, which only this file has. Translations and data are chunks.
import './elements/kratom-law-map/table-view.js';
import './elements/kratom-law-map/details-panel.js';
import './elements/kratom-law-map/keyboard.js';
import './elements/kratom-law-map/tooltip.js';
// Likewise the notice for a site's dataset that could not be used.
import './shared/data-notice.js';
// And the map's timeline (the history itself stays a chunk).
import './elements/kratom-law-map/timeline.js';

export * from './all.js';

followPageLanguage();
