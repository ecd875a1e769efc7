import groupsFile from './groups.json';
import { deepFreeze } from './freeze.js';
import { configuredDataset } from './store.js';
import type { AdvocacyGroup, GroupsFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
// Frozen once, here: every caller and element shares these records.
const BUNDLED = deepFreeze((groupsFile as unknown as GroupsFile).groups);

/** A site's newer dataset when one loaded, else the bundled file. */
const all = (): readonly AdvocacyGroup[] => configuredDataset()?.groups ?? BUNDLED;

export interface GroupFilter {
  /** `us`, `ca`, `int` (international) or `all`; case-insensitive. */
  country?: unknown;
  kind?: unknown;
}

/** Advocacy organisations, in dataset order, optionally filtered by country and kind. The list and the records are frozen: copy the list to sort it. */
export function groups(filter: GroupFilter = {}): readonly AdvocacyGroup[] {
  const country = typeof filter?.country === 'string' ? filter.country.trim().toUpperCase() : 'ALL';
  const kind = typeof filter?.kind === 'string' ? filter.kind.trim().toLowerCase() : 'all';
  return Object.freeze(all().filter((g) => (country === 'ALL' || g.country === country) && (kind === 'all' || g.kind === kind)));
}

/** One organisation by id (`aka`, `gkc`, …), case-insensitive; undefined when unknown. The record is frozen. */
export function group(id: unknown): AdvocacyGroup | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toLowerCase();
  return all().find((g) => g.id === key);
}

/** The ids of every organisation, for error messages and pickers (a frozen list). */
export function groupIds(): readonly string[] {
  return Object.freeze(all().map((g) => g.id));
}

export { GROUP_KINDS } from './vocabulary.js';
