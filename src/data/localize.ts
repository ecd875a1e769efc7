import type { LocalizedText, Locale } from './types.js';

/** Picks one locale's text; falls back to English. Lives apart so it costs no JSON. */
export function localize(text: LocalizedText, locale: Locale | string = 'en'): string {
  return text[locale as Locale] ?? text.en;
}
