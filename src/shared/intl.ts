import { INTL_WORDS, type IntlWords } from '../generated/intl-words.js';

/**
 * Language rules the elements need, without building Intl objects where a
 * table does: a page's first Intl.DateTimeFormat, ListFormat or Collator
 * costs 10 to 40 ms while ICU loads its data, and the map paid for three
 * before its first paint. Dates and lists come from tables generated from
 * Intl (scripts/intl-words.mjs); sorting still needs a Collator, one per
 * language and options for every element on the page.
 */
const made = new Map<string, Intl.Collator>();

export const collator = (locale: string, options?: Intl.CollatorOptions): Intl.Collator => {
  const key = `${locale} ${JSON.stringify(options)}`;
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = new Intl.Collator(locale, options)));
  return value;
};

/** The tables of a language ("en", "fr" or "es"; a region such as "fr-CA" is read as its language). */
export function wordsOf(locale: string): IntlWords {
  const language = locale.slice(0, 2);
  return language === 'fr' || language === 'es' ? INTL_WORDS[language] : INTL_WORDS.en;
}

// Spanish "y" becomes "e" before an "i" sound: "i", or "hi" not followed by a vowel (not "hielo").
const I_SOUND = /^(?:[iI]|[hH][iI](?![aeiouAEIOU]))/;

/** "A, B and C" in the reader's language, as Intl.ListFormat's conjunction writes it. */
export function formatList(items: readonly string[], locale: string): string {
  const words = wordsOf(locale);
  const n = items.length;
  if (n < 2) return items[0] ?? '';
  const last = words.listBeforeI && I_SOUND.test(items[n - 1]) ? words.listBeforeI : words.list;
  if (n === 2) return `${items[0]}${last.pair}${items[1]}`;
  let text = `${items[0]}${words.list.start}${items[1]}`;
  for (let i = 2; i < n - 1; i++) text += `${words.list.middle}${items[i]}`;
  return `${text}${last.end}${items[n - 1]}`;
}

/**
 * Whether a count takes the singular: 1 in English and Spanish; 0 and 1 in
 * French ("0 interdit", "1 interdit"). For the whole numbers the elements count.
 */
export function isOne(count: number, locale: string): boolean {
  return count === 1 || (count === 0 && locale.startsWith('fr'));
}

/** Orders ISO dates (and other ASCII keys) as written; localeCompare would build a Collator for it. */
export const compareAscii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
