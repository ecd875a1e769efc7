/**
 * kratom-widgets/data: the bundled, sourced dataset behind the elements.
 *
 * Every function accepts anything and never throws: an unknown or malformed
 * code or id gives `undefined` (or an `unknown` verdict), never an exception.
 */
import jurisdictionsFile from './jurisdictions.json';
import groupsFile from './groups.json';
import faqFile from './faq.json';
import { normalizeCode, normalizeCountry } from './codes.js';
import { statusInfo } from './statuses.js';
import type {
  AdvocacyGroup,
  Country,
  FaqEntry,
  FaqFile,
  FaqTopic,
  GroupKind,
  GroupsFile,
  Jurisdiction,
  JurisdictionsFile,
  LocalizedText,
  LocalRule,
  Locale,
  MainLaw,
  PendingChange,
  Source,
  Status,
} from './types.js';

export type * from './types.js';
export { STATUSES, STATUS_ORDER, statusInfo, type StatusInfo, type AdultSale } from './statuses.js';
export { normalizeCode, normalizeCountry } from './codes.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
const JURISDICTIONS = (jurisdictionsFile as unknown as JurisdictionsFile).jurisdictions;
const GROUPS = (groupsFile as unknown as GroupsFile).groups;
const FAQ = (faqFile as unknown as FaqFile).faq;
const BY_CODE = new Map(JURISDICTIONS.map((j) => [j.code, j]));

/** The date the legal data describes (ISO 8601). Each record also has its own source and review dates. */
export const asOf: string = (jurisdictionsFile as unknown as JurisdictionsFile).asOf;

/** The dataset's version (semver). */
export const dataVersion: string = (jurisdictionsFile as unknown as JurisdictionsFile).version;

/** Picks one locale's text; falls back to English. */
export function localize(text: LocalizedText, locale: Locale | string = 'en'): string {
  return text[locale as Locale] ?? text.en;
}

/** All 71 jurisdictions (federal first, then subdivisions), optionally filtered. */
export function jurisdictions(filter: { country?: unknown; status?: unknown } = {}): readonly Jurisdiction[] {
  const country = normalizeCountry(filter?.country);
  const status = statusInfo(filter?.status)?.status;
  return JURISDICTIONS.filter((j) => (!country || j.country === country) && (!status || j.status === status));
}

/** One jurisdiction by code (`US-TX`, `us-tx`, `US`, or `TX` with a country); undefined when unknown. */
export function jurisdiction(code: unknown, country?: unknown): Jurisdiction | undefined {
  const normal = normalizeCode(code, country);
  return normal ? BY_CODE.get(normal) : undefined;
}

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

export const GROUP_KINDS: readonly GroupKind[] = [
  'consumer-advocacy',
  'trade-association',
  'research-society',
  'coalition',
  'education',
  'recovery-support',
  'media',
];

export const FAQ_TOPICS: readonly FaqTopic[] = ['advocacy', 'basics', 'safety', 'law'];

/** FAQ entries in dataset order, optionally for one topic (or several) and/or given ids. */
export function faq(filter: { topic?: unknown; ids?: unknown } = {}): readonly FaqEntry[] {
  const topics = (Array.isArray(filter?.topic) ? filter.topic : filter?.topic ? [filter.topic] : [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().toLowerCase());
  const ids = Array.isArray(filter?.ids) ? filter.ids.filter((i): i is string => typeof i === 'string') : [];
  return FAQ.filter((e) => (topics.length === 0 || topics.includes(e.topic)) && (ids.length === 0 || ids.includes(e.id)));
}

/** What a vendor needs to know before selling or shipping kratom to a place. */
export type SaleVerdict = 'allowed' | 'conditions' | 'prohibited' | 'unknown';

export type SaleCondition =
  | { kind: 'minimum-age'; age: number }
  | { kind: 'law'; law: MainLaw }
  | { kind: 'seven-oh'; rules: LocalizedText }
  | { kind: 'local-rules'; rules: LocalRule[] }
  | { kind: 'pending-change'; pending: PendingChange }
  | { kind: 'uncertain'; reason: LocalizedText };

export interface SaleAnswer {
  verdict: SaleVerdict;
  /** The code asked about, normalised, or the raw input when it was not understood. */
  code: string;
  /** Why, in plain words. */
  reason: LocalizedText;
  /** What a seller must respect, or should know, when the verdict is `conditions` (also listed for others where relevant). */
  conditions: SaleCondition[];
  sources: Source[];
  asOf: string;
  jurisdiction?: Jurisdiction;
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
 * sees them. This is information, not legal advice.
 */
export function isSaleAllowed(code: unknown, country?: unknown): SaleAnswer {
  const record = jurisdiction(code, country);
  if (!record) {
    return { verdict: 'unknown', code: String(code), reason: UNKNOWN_CODE, conditions: [], sources: [], asOf };
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
  return {
    verdict: verdictByAdultSale[info.adultSale],
    code: record.code,
    reason: info.description,
    conditions,
    sources: record.sources,
    asOf,
    jurisdiction: record,
  };
}

export type { Country, Status };
