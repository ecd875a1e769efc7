/**
 * Types of the bundled dataset. The JSON files in this folder follow these
 * shapes; the JSON Schemas in ./schema/ say the same thing for the validator.
 */

/** The three locales every user-visible string is written in. */
export type Locale = 'en' | 'fr' | 'es';

/** One piece of user-visible text in every locale. fr is Canadian French, es is US Spanish. */
export interface LocalizedText {
  en: string;
  fr: string;
  es: string;
}

/**
 * A date in ISO 8601 calendar form, as precise as the source allows:
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
export type IsoDate = string;

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface Confidence {
  level: ConfidenceLevel;
  /** Why this level: which sources agree, conflict or are missing. */
  reason: LocalizedText;
}

/** Where a fact comes from. */
export interface Source {
  /** The page's or document's own title (not translated). */
  title: string;
  /** Who published it: an agency, a newspaper, an advocacy group, a vendor. */
  publisher: string;
  /** https only. Absent when the research had a source with no address. */
  url?: string;
  /** When the source was published or last modified; null when the source carries no date. */
  date: IsoDate | null;
}

export type Status =
  | 'banned'
  | 'sale-prohibited'
  | 'regulated'
  | 'age-limit-only'
  | 'restricted-7oh'
  | 'legal-unregulated'
  | 'unknown';

export type Country = 'US' | 'CA';

export type JurisdictionKind = 'federal' | 'state' | 'district' | 'territory' | 'province';

/** The main law that decides the status. */
export interface MainLaw {
  /** The law's own name in its own language (e.g. "Kentucky Kratom Consumer Protection Act"). */
  name: string;
  /** Bill, act or statute citation (e.g. "HB 293 (2024 Acts ch. 44); KRS 217.2200 et seq."). */
  citation: string;
  year: number;
  /** When it took effect; null when the research did not find it. */
  effective: IsoDate | null;
}

export interface PendingChange {
  what: LocalizedText;
  /** When it would take effect, or the latest reported step; null when unknown. */
  date: IsoDate | null;
  confidence: ConfidenceLevel;
}

export type LocalRuleKind = 'ban' | 'restriction' | 'age-limit' | 'advisory' | 'proposed-ban';

export interface LocalRule {
  /** The place's proper name, e.g. "San Diego" or "Rankin County". */
  place: string;
  kind: LocalRuleKind;
  date: IsoDate | null;
  /** What the rule does, in plain words. */
  note: LocalizedText;
  sources: Source[];
  confidence: ConfidenceLevel;
}

export interface Jurisdiction {
  /** ISO 3166-2 code (`US-TX`, `CA-ON`) or the country code for federal rows (`US`, `CA`). */
  code: string;
  country: Country;
  kind: JurisdictionKind;
  name: LocalizedText;
  status: Status;
  /** Minimum purchase age that applies jurisdiction-wide; null when none applies or none was found. */
  minimumAge: number | null;
  /** Main law; null when there is none. */
  law: MainLaw | null;
  /** 7-OH (7-hydroxymitragynine) rules in plain words; null when none were found. */
  sevenOh: LocalizedText | null;
  pending: PendingChange | null;
  localRules: LocalRule[];
  /** One or two sentences in the project's own words. */
  summary: LocalizedText;
  /** Present when sources disagree: what they disagree on. */
  conflict?: LocalizedText;
  /** Date of the most recent legal event found; null when none. */
  latestChange: IsoDate | null;
  sources: Source[];
  lastReviewed: IsoDate;
  confidence: Confidence;
}

export interface JurisdictionsFile {
  version: string;
  asOf: IsoDate;
  jurisdictions: Jurisdiction[];
}

export type GroupKind =
  | 'consumer-advocacy'
  | 'trade-association'
  | 'research-society'
  | 'coalition'
  | 'education'
  | 'recovery-support'
  | 'media';

export type GroupCountry = 'US' | 'CA' | 'INT';

export type FocusArea =
  | 'policy'
  | 'consumer-protection'
  | 'product-standards'
  | 'research'
  | 'public-education'
  | 'vendor-support'
  | 'legal-support'
  | 'harm-reduction'
  | 'recovery';

export type VerificationState = 'verified' | 'inactive' | 'unverified';

export interface Verification {
  state: VerificationState;
  /** For `inactive`: the date of the last activity found. */
  since?: IsoDate;
  /** What was and was not found, in plain words. */
  note: LocalizedText;
}

export interface GroupAction {
  label: LocalizedText;
  /** https only. */
  url: string;
}

export interface AdvocacyGroup {
  /** Stable slug, e.g. `aka`. */
  id: string;
  name: string;
  acronym?: string;
  formerNames?: string[];
  country: GroupCountry;
  kind: GroupKind;
  /** Founding year; only when a source gives it. */
  founded?: number;
  /** https only; only when a source gives it. */
  website?: string;
  description: LocalizedText;
  focus: FocusArea[];
  actions: GroupAction[];
  sources: Source[];
  lastReviewed: IsoDate;
  verification: Verification;
}

export interface GroupsFile {
  version: string;
  asOf: IsoDate;
  groups: AdvocacyGroup[];
}

export type FaqTopic = 'advocacy' | 'basics' | 'safety' | 'law';

export interface FaqEntry {
  /** Stable slug, e.g. `what-is-kratom`; used in deep links (`#faq-what-is-kratom`). */
  id: string;
  topic: FaqTopic;
  question: LocalizedText;
  /** Plain text; paragraphs separated by a blank line ("\n\n"). */
  answer: LocalizedText;
  sources: Source[];
  lastReviewed: IsoDate;
}

export interface FaqFile {
  version: string;
  asOf: IsoDate;
  faq: FaqEntry[];
}
