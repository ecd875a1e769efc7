/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered, and the locale follows the page's <html lang> from the start.
 */
import { followPageLanguage } from './shared/locale.js';
// Bundled in (about 1 kB gzip each) rather than loaded on demand, so a French
// or Spanish page never shows English first and then reflows.
import './generated/locales/fr.js';
import './generated/locales/es.js';

export * from './all.js';

followPageLanguage();
