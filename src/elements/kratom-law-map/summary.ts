import { msg, str } from '@lit/localize';
import type { Status } from '../../data/types.js';
import { STATUS_ORDER } from '../../data/status-labels.js';
import type { Locale } from '../../shared/locale.js';
import { formatDate } from '../../shared/format-date.js';
import { formatList, isOne } from '../../shared/intl.js';

/** One clause per status, singular and plural, e.g. "8 ban kratom". */
function clause(status: Status, n: number, one: boolean): string {
  switch (status) {
    case 'banned':
      return one ? msg(str`${n} bans kratom`) : msg(str`${n} ban kratom`);
    case 'sale-prohibited':
      return one ? msg(str`${n} prohibits its sale`) : msg(str`${n} prohibit its sale`);
    case 'restricted-7oh':
      return one ? msg(str`${n} restricts only 7-OH`) : msg(str`${n} restrict only 7-OH`);
    case 'regulated':
      return one ? msg(str`${n} regulates it`) : msg(str`${n} regulate it`);
    case 'age-limit-only':
      return one ? msg(str`${n} sets only a minimum age`) : msg(str`${n} set only a minimum age`);
    case 'legal-unregulated':
      return one ? msg(str`${n} has no kratom law`) : msg(str`${n} have no kratom law`);
    case 'unknown':
      return one ? msg(str`${n} is unclear`) : msg(str`${n} are unclear`);
  }
}

/**
 * The generated description of the map for every reader: "As of July 1,
 * 2026, across 56 jurisdictions: 8 ban kratom, 20 regulate it, …".
 */
export function summarize(counts: Map<Status, number>, asOf: string, locale: Locale, past = false): string {
  // The same sentence on every render until the counts, date or language change.
  const key = `${locale} ${asOf} ${past} ${[...counts].join()}`;
  let sentence = sentences.get(key);
  if (sentence === undefined) sentences.set(key, (sentence = write(counts, asOf, locale, past)));
  return sentence;
}

const sentences = new Map<string, string>();

function write(counts: Map<Status, number>, asOf: string, locale: Locale, past: boolean): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const clauses = STATUS_ORDER.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => {
    const n = counts.get(s)!;
    return clause(s, n, isOne(n, locale));
  });
  const list = formatList(clauses, locale);
  // At a past date the map shows what the history says about that day.
  if (past) return msg(str`On ${formatDate(asOf, locale)}, across ${total} jurisdictions: ${list}.`);
  return msg(str`As of ${formatDate(asOf, locale)}, across ${total} jurisdictions: ${list}.`);
}
