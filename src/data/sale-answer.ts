// The verdict for one place, from its record alone: the shipping notice
// loads this and the destination's record, never the whole dataset.
import { dataVersion } from './store.js';
import { deepFreeze } from './freeze.js';
import { statusInfo } from './statuses.js';
import type { Jurisdiction, LocalizedText, LocalRule, MainLaw, PendingChange, Source } from './types.js';

/** What a vendor needs to know before selling or shipping kratom to a place. */
export type SaleVerdict = 'allowed' | 'conditions' | 'prohibited' | 'unknown';

export type SaleCondition = Readonly<
  | { kind: 'minimum-age'; age: number }
  | { kind: 'law'; law: MainLaw }
  | { kind: 'seven-oh'; rules: LocalizedText }
  | { kind: 'local-rules'; rules: readonly LocalRule[] }
  | { kind: 'pending-change'; pending: PendingChange }
  | { kind: 'uncertain'; reason: LocalizedText }
>;

/** The answer is frozen, with everything in it, like the records it quotes. */
export interface SaleAnswer {
  readonly verdict: SaleVerdict;
  /** The code asked about, normalised, or the raw input when it was not understood. */
  readonly code: string;
  /** Why, in plain words. */
  readonly reason: LocalizedText;
  /** What a seller must respect, or should know, when the verdict is `conditions` (also listed for others where relevant). */
  readonly conditions: readonly SaleCondition[];
  readonly sources: readonly Source[];
  readonly asOf: string;
  readonly jurisdiction?: Jurisdiction;
}

const UNKNOWN_CODE: LocalizedText = {
  en: 'This is not a jurisdiction code we know. Use a code such as US-TX or CA-ON.',
  fr: 'Ce code de territoire nous est inconnu. Utilisez un code comme US-TX ou CA-ON.',
  es: 'No conocemos este código de jurisdicción. Use un código como US-TX o CA-ON.',
};

/**
 * Whether adult sale of kratom leaf is lawful in a jurisdiction, for a
 * checkout or shipping check: `allowed`, `conditions` (with the conditions),
 * `prohibited` or `unknown`, each with its reason and sources. Local bans and
 * low-confidence rows turn a plain `allowed` into `conditions`, so a seller
 * sees them. The answer is frozen. This is information, not legal advice.
 * `record` is the place's full record (undefined for a code the data lacks).
 */
export function saleAnswer(record: Jurisdiction | undefined, code: unknown): SaleAnswer {
  if (!record) {
    return deepFreeze({ verdict: 'unknown', code: String(code), reason: UNKNOWN_CODE, conditions: [], sources: [], asOf: dataVersion().asOf });
  }
  const info = statusInfo(record.status)!;
  const conditions: SaleCondition[] = [];
  if (record.minimumAge !== null) conditions.push({ kind: 'minimum-age', age: record.minimumAge });
  if (record.law && info.adultSale === 'conditional') conditions.push({ kind: 'law', law: record.law });
  if (record.sevenOh && info.adultSale !== 'unlawful') conditions.push({ kind: 'seven-oh', rules: record.sevenOh });
  const local = record.localRules.filter((r) => r.kind !== 'advisory' && r.kind !== 'proposed-ban');
  if (local.length > 0 && info.adultSale !== 'unlawful') conditions.push({ kind: 'local-rules', rules: local });
  if (record.pending) conditions.push({ kind: 'pending-change', pending: record.pending });
  if (record.confidence.level === 'low') conditions.push({ kind: 'uncertain', reason: record.confidence.reason });

  const verdictByAdultSale: Record<string, SaleVerdict> = {
    unlawful: 'prohibited',
    unknown: 'unknown',
    conditional: 'conditions',
    lawful: conditions.some((c) => c.kind !== 'pending-change') ? 'conditions' : 'allowed',
  };
  return deepFreeze({
    verdict: verdictByAdultSale[info.adultSale],
    code: record.code,
    reason: info.description,
    conditions,
    sources: record.sources,
    asOf: dataVersion().asOf,
    jurisdiction: record,
  });
}

