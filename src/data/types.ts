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

/**
 * What kind of publisher a source is, strongest first. `primary` is a
 * legislature, statute, register, agency or court; `dataset` is a third-party
 * compilation, which never supports a fact alone.
 */
export type SourceKind = 'primary' | 'news' | 'advocacy' | 'industry' | 'dataset';

/** Which side an advocacy source argues for. */
export type SourceStance = 'pro-kratom' | 'anti-kratom';

/** Where a fact comes from. */
export interface Source {
  /** The page's or document's own title, as published (not translated: `lang` says its language). */
  title: string;
  /** The language of the page; elements name it when it differs from the reader's. */
  lang: Locale;
  /** Who published it, as a proper name: an agency, a newspaper, an advocacy group, a vendor. */
  publisher: string;
  kind: SourceKind;
  /** Advocacy sources only: the side the publisher argues for. */
  stance?: SourceStance;
  /** The exact page that supports the fact; https only. */
  url: string;
  /** True when the cited document is a site's home page itself. */
  homepage?: true;
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
  /** When it would take effect, or its next expected step; null when unknown. Never before `checkedThrough`. */
  date: IsoDate | null;
  confidence: ConfidenceLevel;
  /** Addresses of the record's own sources that report it. */
  sources: string[];
}

/** The kinds of dated legal event a record's history holds. */
export type LegalEventType = 'enacted' | 'effective' | 'rule' | 'ruling' | 'repealed' | 'introduced' | 'failed';

/** One dated step in a jurisdiction's kratom law. */
export interface LegalEvent {
  date: IsoDate;
  type: LegalEventType;
  /** A short title in plain words. */
  title: LocalizedText;
  /** Bill, act, rule or case citation; null when there is none. */
  citation: string | null;
  /** The status this event put the jurisdiction in, on the event that changed it. */
  status?: Status;
  /** Addresses of the record's own sources that report it. */
  sources: string[];
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
  /**
   * Date of the newest legal event (enacted, took effect, rule, ruling,
   * repeal) in `events`; null when none. Never an introduced or failed bill.
   */
  latestChange: IsoDate | null;
  /** The law's history, oldest first. */
  events: LegalEvent[];
  sources: Source[];
  /** The date through which the record was checked against the newest material. */
  checkedThrough: IsoDate;
  confidence: Confidence;
  /** Reviewers' notes: how facts were found, which sources were wrong. No element shows them, and the built files leave them out (they are in src/data/*.json). */
  notes?: string;
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
  /** The state in one plain sentence for the reader. */
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
  /** One short line for the compact card. */
  tagline: LocalizedText;
  focus: FocusArea[];
  actions: GroupAction[];
  sources: Source[];
  checkedThrough: IsoDate;
  verification: Verification;
  /** Reviewers' notes; no element shows them. */
  notes?: string;
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
  checkedThrough: IsoDate;
  /** Reviewers' notes; no element shows them. */
  notes?: string;
}

export interface FaqFile {
  version: string;
  asOf: IsoDate;
  faq: FaqEntry[];
}
