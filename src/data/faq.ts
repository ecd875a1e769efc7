import faqFile from './faq.json';
import { deepFreeze } from './freeze.js';
import { configuredDataset } from './store.js';
import type { FaqEntry, FaqFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
// Frozen once, here: every caller and element shares these entries.
const BUNDLED = deepFreeze(faqFile as unknown as FaqFile);

export { FAQ_TOPICS } from './vocabulary.js';

/** The oldest date through which an FAQ answer in use was checked (a site's newer dataset has one date for all). */
export function faqAsOf(): string {
  return configuredDataset()?.asOf ?? BUNDLED.asOf;
}

/** FAQ entries in dataset order, optionally for one topic (or several) and/or given ids. The list and the entries are frozen: copy the list to sort it. */
export function faq(filter: { topic?: unknown; ids?: unknown } = {}): readonly FaqEntry[] {
  const topics = (Array.isArray(filter?.topic) ? filter.topic : filter?.topic ? [filter.topic] : [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().toLowerCase());
  const ids = Array.isArray(filter?.ids) ? filter.ids.filter((i): i is string => typeof i === 'string') : [];
  return Object.freeze((configuredDataset()?.faq ?? BUNDLED.faq).filter((e) => (topics.length === 0 || topics.includes(e.topic)) && (ids.length === 0 || ids.includes(e.id))));
}

