import digestFile from '../generated/recent-changes.json';
import { deepFreeze } from './freeze.js';
import type { DataVersion } from './store.js';
import type { JurisdictionEvent, PlannedChange } from './history.js';
import type { Jurisdiction } from './types.js';

/**
 * The newest changes of the kinds <kratom-law-updates> lists by default, per
 * country choice, with the pending changes and the names they need
 * (scripts/recent-changes.mjs, from the bundled history). The element's
 * default view reads them instead of the whole history, a file six times
 * the size; anything else loads the history.
 */
interface Digest {
  version: DataVersion;
  recent: number;
  countries: Record<CountryChoice, { total: number; events: number[]; pending: number[] }>;
  events: JurisdictionEvent[];
  pending: PlannedChange[];
  names: Record<string, Jurisdiction['name']>;
}

export type CountryChoice = 'both' | 'us' | 'ca';

const digest = deepFreeze(digestFile as unknown as Digest);

export interface RecentChanges {
  /** The newest changes, at most RECENT_CHANGES of them, as the history's events() gives them. */
  readonly events: readonly JurisdictionEvent[];
  /** How many changes the history has for this choice in all. */
  readonly total: number;
  readonly pending: readonly PlannedChange[];
}

const lists = new Map<CountryChoice, RecentChanges>();

export function recentChanges(country: CountryChoice): RecentChanges {
  let list = lists.get(country);
  if (!list) {
    const { total, events, pending } = digest.countries[country];
    list = Object.freeze({
      total,
      events: Object.freeze(events.map((i) => digest.events[i])),
      pending: Object.freeze(pending.map((i) => digest.pending[i])),
    });
    lists.set(country, list);
  }
  return list;
}

export function jurisdictionName(code: unknown): Jurisdiction['name'] | undefined {
  return typeof code === 'string' ? digest.names[code] : undefined;
}

export function dataVersion(): DataVersion {
  return digest.version;
}
