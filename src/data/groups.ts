import groupsFile from './groups.json';
import { configuredDataset } from './store.js';
import type { AdvocacyGroup, GroupsFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
const BUNDLED = (groupsFile as unknown as GroupsFile).groups;

/** A site's newer dataset when one loaded, else the bundled file. */
const all = (): readonly AdvocacyGroup[] => configuredDataset()?.groups ?? BUNDLED;

export interface GroupFilter {
  /** `us`, `ca`, `int` (international) or `all`; case-insensitive. */
  country?: unknown;
  kind?: unknown;
}

/** Advocacy organisations, in dataset order, optionally filtered by country and kind. */
export function groups(filter: GroupFilter = {}): readonly AdvocacyGroup[] {
  const country = typeof filter?.country === 'string' ? filter.country.trim().toUpperCase() : 'ALL';
  const kind = typeof filter?.kind === 'string' ? filter.kind.trim().toLowerCase() : 'all';
  return all().filter((g) => (country === 'ALL' || g.country === country) && (kind === 'all' || g.kind === kind));
}

/** One organisation by id (`aka`, `gkc`, …), case-insensitive; undefined when unknown. */
export function group(id: unknown): AdvocacyGroup | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toLowerCase();
  return all().find((g) => g.id === key);
}

/** The ids of every organisation, for error messages and pickers. */
export function groupIds(): readonly string[] {
  return all().map((g) => g.id);
}

export { GROUP_KINDS } from './vocabulary.js';
