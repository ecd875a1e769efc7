import type { LocalizedText, Locale } from './types.js';

/**
 * Picks one locale's text, falling back to English; empty for absent text, so
 * optional fields need no guard. Lives apart so it costs no JSON.
 */
export function localize(text: LocalizedText | null | undefined, locale: Locale | string = 'en'): string {
  return text ? (text[locale as Locale] ?? text.en) : '';
}
