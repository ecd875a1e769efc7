/**
 * Types of the bundled dataset. The JSON files in this folder follow these
 * shapes; the JSON Schemas in ./schema/ say the same thing for the validator.
 * Everything is readonly: the data API hands out the shared records, frozen
 * (see freeze.ts), so a change to one would be a TypeError at run time.
 */

/** The three locales every user-visible string is written in. */
export type Locale = 'en' | 'fr' | 'es';

/** One piece of user-visible text in every locale. fr is Canadian French, es is US Spanish. */
export interface LocalizedText {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
}

/**
 * A date in ISO 8601 calendar form, as precise as the source allows:
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
export type IsoDate = string;

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface Confidence {
  readonly level: ConfidenceLevel;
  /** Why this level: which sources agree, conflict or are missing. */
  readonly reason: LocalizedText;
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
  readonly title: string;
  /** The language of the page; elements name it when it differs from the reader's. */
  readonly lang: Locale;
  /** Who published it, as a proper name: an agency, a newspaper, an advocacy group, a vendor. */
  readonly publisher: string;
  readonly kind: SourceKind;
  /** Advocacy sources only: the side the publisher argues for. */
  readonly stance?: SourceStance;
  /** The exact page that supports the fact; https only. */
  readonly url: string;
  /** True when the cited document is a site's home page itself. */
  readonly homepage?: true;
  /** When the source was published or last modified; null when the source carries no date. */
  readonly date: IsoDate | null;
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
  readonly name: string;
  /** Bill, act or statute citation (e.g. "HB 293 (2024 Acts ch. 44); KRS 217.2200 et seq."). */
  readonly citation: string;
  readonly year: number;
  /** When it took effect; null when the research did not find it. */
  readonly effective: IsoDate | null;
}

export interface PendingChange {
  readonly what: LocalizedText;
  /** When it would take effect, or its next expected step; null when unknown. Never before `checkedThrough`. */
  readonly date: IsoDate | null;
  readonly confidence: ConfidenceLevel;
  /** Addresses of the record's own sources that report it. */
  readonly sources: readonly string[];
}

/** The kinds of dated legal event a record's history holds. */
export type LegalEventType = 'enacted' | 'effective' | 'rule' | 'ruling' | 'repealed' | 'introduced' | 'failed';

/** One dated step in a jurisdiction's kratom law. */
export interface LegalEvent {
  readonly date: IsoDate;
  readonly type: LegalEventType;
  /** A short title in plain words. */
  readonly title: LocalizedText;
  /** Bill, act, rule or case citation; null when there is none. */
  readonly citation: string | null;
  /** The status this event put the jurisdiction in, on the event that changed it. */
  readonly status?: Status;
  /** Addresses of the record's own sources that report it. */
  readonly sources: readonly string[];
}

export type LocalRuleKind = 'ban' | 'restriction' | 'age-limit' | 'advisory' | 'proposed-ban';

export interface LocalRule {
  /** The place's proper name, e.g. "San Diego" or "Rankin County". */
  readonly place: string;
  readonly kind: LocalRuleKind;
  readonly date: IsoDate | null;
  /** What the rule does, in plain words. */
  readonly note: LocalizedText;
  readonly sources: readonly Source[];
  readonly confidence: ConfidenceLevel;
}

export interface Jurisdiction {
  /** ISO 3166-2 code (`US-TX`, `CA-ON`) or the country code for federal rows (`US`, `CA`). */
  readonly code: string;
  readonly country: Country;
  readonly kind: JurisdictionKind;
  readonly name: LocalizedText;
  readonly status: Status;
  /** Minimum purchase age that applies jurisdiction-wide; null when none applies or none was found. */
  readonly minimumAge: number | null;
  /** Main law; null when there is none. */
  readonly law: MainLaw | null;
  /** 7-OH (7-hydroxymitragynine) rules in plain words; null when none were found. */
  readonly sevenOh: LocalizedText | null;
  readonly pending: PendingChange | null;
  readonly localRules: readonly LocalRule[];
  /** One or two sentences in the project's own words. */
  readonly summary: LocalizedText;
  /** Present when sources disagree: what they disagree on. */
  readonly conflict?: LocalizedText;
  /**
   * Date of the newest legal event (enacted, took effect, rule, ruling,
   * repeal) in `events`; null when none. Never an introduced or failed bill.
   */
  readonly latestChange: IsoDate | null;
  /** The law's history, oldest first. */
  readonly events: readonly LegalEvent[];
  readonly sources: readonly Source[];
  /** The date through which the record was checked against the newest material. */
  readonly checkedThrough: IsoDate;
  readonly confidence: Confidence;
  /** Reviewers' notes: how facts were found, which sources were wrong. No element shows them, and the built files leave them out (they are in src/data/*.json). */
  readonly notes?: string;
}

export interface JurisdictionsFile {
  readonly version: string;
  readonly asOf: IsoDate;
  readonly jurisdictions: readonly Jurisdiction[];
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
  readonly state: VerificationState;
  /** For `inactive`: the date of the last activity found. */
  readonly since?: IsoDate;
  /** The state in one plain sentence for the reader. */
  readonly note: LocalizedText;
}

export interface GroupAction {
  readonly label: LocalizedText;
  /** https only. */
  readonly url: string;
}

export interface AdvocacyGroup {
  /** Stable slug, e.g. `aka`. */
  readonly id: string;
  readonly name: string;
  readonly acronym?: string;
  readonly formerNames?: readonly string[];
  readonly country: GroupCountry;
  readonly kind: GroupKind;
  /** Founding year; only when a source gives it. */
  readonly founded?: number;
  /** https only; only when a source gives it. */
  readonly website?: string;
  readonly description: LocalizedText;
  /** One short line for the compact card. */
  readonly tagline: LocalizedText;
  readonly focus: readonly FocusArea[];
  readonly actions: readonly GroupAction[];
  readonly sources: readonly Source[];
  readonly checkedThrough: IsoDate;
  readonly verification: Verification;
  /** Reviewers' notes; no element shows them. */
  readonly notes?: string;
}

export interface GroupsFile {
  readonly version: string;
  readonly asOf: IsoDate;
  readonly groups: readonly AdvocacyGroup[];
}

export type FaqTopic = 'advocacy' | 'basics' | 'safety' | 'law';

export interface FaqEntry {
  /** Stable slug, e.g. `what-is-kratom`; used in deep links (`#faq-what-is-kratom`). */
  readonly id: string;
  readonly topic: FaqTopic;
  readonly question: LocalizedText;
  /** Plain text; paragraphs separated by a blank line ("\n\n"). */
  readonly answer: LocalizedText;
  readonly sources: readonly Source[];
  readonly checkedThrough: IsoDate;
  /** Reviewers' notes; no element shows them. */
  readonly notes?: string;
}

export interface FaqFile {
  readonly version: string;
  readonly asOf: IsoDate;
  readonly faq: readonly FaqEntry[];
}
