import groupsFile from './groups.json';
import type { AdvocacyGroup, GroupsFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
const GROUPS = (groupsFile as unknown as GroupsFile).groups;

export interface GroupFilter {
  /** `us`, `ca`, `int` (international) or `all`; case-insensitive. */
  country?: unknown;
  kind?: unknown;
}

/** Advocacy organisations, in dataset order, optionally filtered by country and kind. */
export function groups(filter: GroupFilter = {}): readonly AdvocacyGroup[] {
  const country = typeof filter?.country === 'string' ? filter.country.trim().toUpperCase() : 'ALL';
  const kind = typeof filter?.kind === 'string' ? filter.kind.trim().toLowerCase() : 'all';
  return GROUPS.filter((g) => (country === 'ALL' || g.country === country) && (kind === 'all' || g.kind === kind));
}

/** One organisation by id (`aka`, `gkc`, …), case-insensitive; undefined when unknown. */
export function group(id: unknown): AdvocacyGroup | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toLowerCase();
  return GROUPS.find((g) => g.id === key);
}

/** The ids of every organisation, for error messages and pickers. */
export function groupIds(): string[] {
  return GROUPS.map((g) => g.id);
}

export { GROUP_KINDS } from './vocabulary.js';
