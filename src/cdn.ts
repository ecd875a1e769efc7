/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered, and the locale follows the page's <html lang> from the start.
 */
import { followPageLanguage } from './shared/locale.js';
// What loads after a first paint (the map's table and panel, the takeover
// of prerendered HTML…) is in files beside this one, which import Lit and the
// rest from it (vite.config.ts, AFTER_PAINT); translations and data are in chunks/.
export * from './all.js';

followPageLanguage();
