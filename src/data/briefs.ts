import { BRIEFS } from '../generated/jurisdiction-briefs.js';
import { normalizeCode } from './codes.js';
import { recordsModule } from './lazy-data.js';
import { configuredDataset, dataSourceState, perDataset } from './store.js';
import type { ConfidenceLevel, Jurisdiction } from './types.js';

export { dataVersion } from './store.js';

/** What elements need of a jurisdiction up front; the full record loads on demand. */
export type JurisdictionBrief = Pick<Jurisdiction, 'code' | 'country' | 'kind' | 'name' | 'status' | 'minimumAge' | 'checkedThrough'> & {
  /** How many local rules (bans, restrictions, proposals) the record lists. */
  readonly localRules: number;
  /** Whether a change is pending. */
  readonly pending: boolean;
  readonly confidence: ConfidenceLevel;
};

const index = perDataset((list: readonly JurisdictionBrief[]) => new Map(list.map((b) => [b.code, b])));

/** Briefs of all 71 jurisdictions, in dataset order: from a site's newer dataset when one loaded. The same frozen list each call. */
export function briefs(): readonly JurisdictionBrief[] {
  // Both frozen when made: the bundled ones by the generated module, a site's by remote-dataset.ts.
  return configuredDataset() ? (dataSourceState()!.briefs as readonly JurisdictionBrief[]) : BRIEFS;
}

/** One brief by code, in any accepted form; undefined when unknown. Frozen. */
export function brief(code: unknown, country?: unknown): JurisdictionBrief | undefined {
  const normal = normalizeCode(code, country);
  return normal ? index(briefs()).get(normal) : undefined;
}

/**
 * The full record (summary, law, local rules, sources), loaded on first use,
 * alone (its own file of 1 to 3 kB); frozen, like jurisdiction()'s.
 */
export function loadJurisdiction(code: string): Promise<Jurisdiction | undefined> {
  return recordsModule.load().then(({ recordData }) => recordData.load(code));
}
