/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered, and the locale follows the page's <html lang> from the start.
 */
import { followPageLanguage } from './shared/locale.js';

export * from './all.js';

followPageLanguage();
