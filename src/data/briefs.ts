import { BRIEFS } from '../generated/jurisdiction-briefs.js';
import { normalizeCode } from './codes.js';
import type { ConfidenceLevel, Jurisdiction } from './types.js';

export { asOf, dataVersion } from '../generated/jurisdiction-briefs.js';

/** What elements need of a jurisdiction up front; the full record loads on demand. */
export type JurisdictionBrief = Pick<Jurisdiction, 'code' | 'country' | 'kind' | 'name' | 'status' | 'minimumAge' | 'checkedThrough'> & {
  /** How many local rules (bans, restrictions, proposals) the record lists. */
  localRules: number;
  /** Whether a change is pending. */
  pending: boolean;
  confidence: ConfidenceLevel;
};

const BY_CODE = new Map(BRIEFS.map((b) => [b.code, b]));

/** Briefs of all 71 jurisdictions, in dataset order. */
export function briefs(): readonly JurisdictionBrief[] {
  return BRIEFS;
}

/** One brief by code, in any accepted form; undefined when unknown. */
export function brief(code: unknown, country?: unknown): JurisdictionBrief | undefined {
  const normal = normalizeCode(code, country);
  return normal ? BY_CODE.get(normal) : undefined;
}

/** The full record (summary, law, local rules, sources), loaded on first use. */
export async function loadJurisdiction(code: string): Promise<Jurisdiction | undefined> {
  const { jurisdiction } = await import('./jurisdictions.js');
  return jurisdiction(code);
}
