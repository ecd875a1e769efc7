import { wordsOf } from './intl.js';

/** Intl needs a region to pick the right conventions: US English, Canadian French, US Spanish. */
export function intlLocale(locale: string): string {
  if (locale === 'fr') return 'fr-CA';
  if (locale === 'es') return 'es-US';
  return 'en-US';
}

/**
 * A dataset date in the reader's language, exactly as precise as the data:
 * `2017` → "2017", `2025-07` → "July 2025" / "juillet 2025" / "julio de 2025",
 * `2026-07-01` → "July 1, 2026" / "1er juillet 2026" / "1 de julio de 2026".
 * Empty for no date; anything that is not such a date comes back unchanged,
 * so a typo in the data shows as written instead of as "Invalid Date".
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (typeof iso !== 'string') return '';
  // The same few hundred dates come back on every render of every element.
  const key = `${locale} ${iso}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format(iso, locale)));
  return text;
}

const formatted = new Map<string, string>();

function format(iso: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  const m = month ? Number(month) : 1;
  const d = day ? Number(day) : 1;
  // UTC on both sides, so no time zone can move the date by a day.
  const date = new Date(0);
  date.setUTCFullYear(Number(year), m - 1, d);
  // Reject 2025-13 or 2025-02-30 rather than let Date roll them over.
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return iso;
  // Written from the language's table (src/generated/intl-words.ts), as Intl.DateTimeFormat writes it.
  const words = wordsOf(locale);
  const text = (day ? words.day : month ? words.month : '{y}')
    .replace('{d}', String(d))
    .replace('{m}', words.months[m - 1])
    .replace('{y}', String(Number(year)));
  // French writes the first of the month as an ordinal: « 1er juillet ».
  return locale === 'fr' && day && d === 1 ? text.replace(/^1 /, '1er ') : text;
}
