// The rules a JSON Schema cannot say about sources, confidence, history and
// reader-facing text. Plain JavaScript so Node (npm run data:check, the
// research checker) and the browser tests (test/data-*.test.ts) judge alike.

/** Kinds that can never lift a fact above `low` on their own. */
const WEAK_KINDS = ['industry', 'advocacy', 'dataset'];
/** Event types that change the law; `latestChange` is the newest of these. */
export const LEGAL_EVENT_TYPES = ['enacted', 'effective', 'rule', 'ruling', 'repealed'];

/** A bare site root: no path beyond "/", no query. */
export function isHomePage(url) {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && u.search === '';
  } catch {
    return false;
  }
}

/** The last day a partial ISO date can mean: "2026" -> "2026-12-31", "2026-02" -> "2026-02-28". */
export function endOfDate(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return date;
  if (m) return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

// Descriptors that belong to `kind`, not to the publisher's name.
// Lower case only: "Arizona Mirror" is a newspaper's name, "via redlib mirror" is a descriptor.
const PUBLISHER_DESCRIPTOR = /\b(via|reprint|mirror|vendor|blog|help page|summary of|tracker|dataset|app)\b/;

/**
 * Source-level and confidence rules for one fact: its sources, its
 * confidence, and a label for messages. Returns error strings.
 */
function factErrors(label, sources, level) {
  const errors = [];
  const kinds = sources.map((s) => s.kind);
  if (kinds.length === 0) return errors;
  if (level === 'high' && !kinds.includes('primary')) errors.push(`${label}: high confidence needs a primary source`);
  if (level !== 'low' && kinds.every((k) => WEAK_KINDS.includes(k))) {
    errors.push(`${label}: rests only on ${[...new Set(kinds)].join('/')} sources, so it must be low`);
  }
  if (kinds.every((k) => k === 'dataset')) errors.push(`${label}: a third-party dataset never supports a fact alone`);
  return errors;
}

/** Every source object: deep link or declared home page, a clean publisher, no duplicates in its list. */
function sourceListErrors(label, sources) {
  const errors = [];
  const seen = new Set();
  sources.forEach((s, i) => {
    if (isHomePage(s.url) && s.homepage !== true) errors.push(`${label}[${i}]: ${s.url} is a bare home page without homepage: true`);
    if (s.homepage === true && !isHomePage(s.url)) errors.push(`${label}[${i}]: homepage: true on ${s.url}, which is not a home page`);
    if (PUBLISHER_DESCRIPTOR.test(s.publisher)) errors.push(`${label}[${i}]: publisher "${s.publisher}" carries a descriptor; say it with kind`);
    if (seen.has(s.url)) errors.push(`${label}[${i}]: ${s.url} is listed twice`);
    seen.add(s.url);
  });
  return errors;
}

/** Resolves a fact's source addresses against the record's sources. */
function resolve(label, refs, record, errors) {
  return refs.map((url) => {
    const found = record.sources.find((s) => s.url === url);
    if (!found) errors.push(`${label}: ${url} is not one of the record's sources`);
    return found;
  }).filter(Boolean);
}

/** The rules for one jurisdiction record (v2). */
export function jurisdictionRuleErrors(r) {
  const errors = [];
  const id = r.code;
  errors.push(...sourceListErrors(`${id} sources`, r.sources ?? []));
  errors.push(...factErrors(`${id} status`, r.sources ?? [], r.confidence?.level));

  (r.localRules ?? []).forEach((rule, i) => {
    errors.push(...sourceListErrors(`${id} localRules[${i}] sources`, rule.sources));
    errors.push(...factErrors(`${id} localRules[${i}] (${rule.place})`, rule.sources, rule.confidence));
  });

  if (r.pending) {
    const label = `${id} pending`;
    errors.push(...factErrors(label, resolve(label, r.pending.sources ?? [], r, errors), r.pending.confidence));
    if (r.pending.date && r.checkedThrough && endOfDate(r.pending.date) < r.checkedThrough) {
      errors.push(`${label}: date ${r.pending.date} has passed (checked through ${r.checkedThrough}); it is an event now, or unknown`);
    }
  }

  const events = r.events ?? [];
  events.forEach((e, i) => {
    const label = `${id} events[${i}]`;
    const sources = resolve(label, e.sources, r, errors);
    if (sources.length > 0 && sources.every((s) => s.kind === 'dataset')) errors.push(`${label}: a third-party dataset never supports a fact alone`);
    if (i > 0 && e.date < events[i - 1].date) errors.push(`${label}: ${e.date} is before the event above it; keep events oldest first`);
    if (r.checkedThrough && e.date > r.checkedThrough) errors.push(`${label}: ${e.date} is after checkedThrough ${r.checkedThrough}; a future step is pending`);
  });
  const legal = events.filter((e) => LEGAL_EVENT_TYPES.includes(e.type));
  const newest = legal.length ? legal.map((e) => e.date).sort().at(-1) : null;
  if ((r.latestChange ?? null) !== newest) {
    errors.push(`${id}: latestChange is ${r.latestChange}, but the newest legal event (enacted, effective, rule, ruling, repealed) is ${newest}`);
  }
  const lastStatus = events.filter((e) => e.status).at(-1);
  if (lastStatus && lastStatus.status !== r.status) {
    errors.push(`${id}: the newest event with a status says ${lastStatus.status}, the record says ${r.status}`);
  }
  return errors;
}

/** The source rules for an FAQ entry or a group (no confidence level of their own). */
export function entrySourceErrors(label, sources) {
  const errors = sourceListErrors(`${label} sources`, sources);
  if (sources.length > 0 && sources.every((s) => s.kind === 'dataset')) errors.push(`${label}: a third-party dataset never supports a fact alone`);
  return errors;
}

// --- Reader-facing text ---------------------------------------------------

// Words that are English and not French or Spanish. Words that are also French or
// Spanish ("a", "on", "no", "page", "source", "court", "confidence", "legal") are left out.
const ENGLISH_WORDS = new Set(
  `the and of with from which that this these those is are was were have had been being its their there
  county counties city cities town township parish vendor vendors reported reports help reprint mirror
  bill bills ban banned bans state states tax excise product products registration law laws under
  over only not also would will could should may might must shall about after before between into
  than then when where while who whom whose why how any each every other some such yes none
  took effect signed passed failed introduced pending rule rules ruling house senate
  age-limit unverified research lead dataset tracker trackers to for amendment amended amendments`
    .split(/\s+/)
    .filter(Boolean),
);

/** Proper names and titles that may stay English inside fr and es text. */
export const ENGLISH_ALLOWED = [
  'Food and Drug Administration', 'Drug Enforcement Administration', 'Kratom Consumer Protection Act',
  'Consumer Protection Act', 'Federal Register', 'American Kratom Association', 'Global Kratom Coalition',
  'Holistic Alternative Recovery Trust', 'Botanical Education Alliance', 'Kratom Trade Association',
  'Sherman Food, Drug, and Cosmetic Law', 'Controlled Substances Act', 'Health Canada', 'Natural Health Products',
  'Food and Drugs Act', 'Kratom Science', 'Protect Kratom', 'Department of Health', 'Board of Pharmacy',
  'National Institutes of Health', 'National Survey on Drug Use and Health', 'Centers for Disease Control and Prevention',
  'Controlled Drugs and Substances Act', 'Food and Drug Regulations', 'Natural Health Products Regulations',
  'Code of Ala.', 'List of Controlled Substances for the State of Arkansas', 'List of Controlled Substances',
  'Arkansas Department of Health', 'Department of Consumer Protection', 'Laws of Maryland', 'Laws of Utah',
  'Texas Kratom Consumer Health and Safety Protection Act', 'Texas Health and Safety Code',
  'House Bill', 'Senate Bill', 'Assembly Bill', 'Public Act', 'Act',
];

/** Finds English words left in a French or Spanish text, once proper names are set aside. */
export function englishWordsIn(text, allowed = ENGLISH_ALLOWED) {
  let rest = text;
  for (const name of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  // Words in capitals or starting with one inside a sentence are names (Noxubee, Texas); check lower-case words.
  const words = rest.match(/(?<![\p{L}\d-])[a-z][a-z'’-]*/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH_WORDS.has(w.replace(/[’']s$/, ''))))];
}

// How the people who built the dataset talk; never shown to a reader.
const REVIEWER_PHRASES = {
  en: /\b(the research|our research|used only as a lead|as a lead|a lead\b|CourtGPT|Reddit|redlib|mirror|third-party (app|dataset|kratom)|the kratom-widgets project|was not searched|were not searched|secondary trackers?|tracker dataset|the dataset)\b/i,
  fr: /\b(la recherche n|nos recherches|piste|CourtGPT|Reddit|redlib|miroir|jeu de données)\b/i,
  es: /\b(la investigación no|nuestra investigación|como pista|CourtGPT|Reddit|redlib|espejo|conjunto de datos)\b/i,
};

/** Reviewer phrasing in one locale's text, or null. */
export function reviewerPhrase(text, locale) {
  const m = REVIEWER_PHRASES[locale]?.exec(text);
  return m ? m[0] : null;
}

/** French typography: narrow no-break space before : ; ? ! and inside « », and one apostrophe (’). */
export function frenchTypographyErrors(input) {
  const errors = [];
  // Addresses keep their own colons.
  const text = input.replace(/https?:\/\/\S+/g, ' ');
  if (/'/.test(text)) errors.push(`straight apostrophe (use ’)`);
  if (/[ \u00a0][:;?!]/.test(text)) errors.push('a plain or wide space before : ; ? or ! (use U+202F)');
  if (/[^\s\u202f\u00a0\d][;?!](\s|$)/u.test(text)) errors.push('no narrow no-break space before ; ? or !');
  // A colon right after a word, a bracket or a full stop; times such as 13:30 keep theirs.
  if (/[^\s\u202f\u00a0\d]:|\d:(?!\d)/u.test(text)) errors.push('no narrow no-break space before :');
  if (/«[^\u202f]|[^\u202f]»/.test(text)) errors.push('« » without narrow no-break spaces inside');
  if (/\u202f[\s\u202f]|\s\u202f/.test(text)) errors.push('a narrow no-break space doubled or next to another space');
  return errors;
}

const LOCALES = ['en', 'fr', 'es'];
const isLocalized = (v) => v && typeof v === 'object' && !Array.isArray(v) && LOCALES.every((l) => typeof v[l] === 'string');

/**
 * Every localized text in a data value (every one is shown to readers):
 * reviewer phrasing in any locale, English left in fr or es, French
 * typography. `allowed` adds proper names that may stay English.
 */
export function readerTextErrors(label, value, allowed = ENGLISH_ALLOWED) {
  const errors = [];
  const visit = (v, path) => {
    if (isLocalized(v)) {
      for (const l of LOCALES) {
        const phrase = reviewerPhrase(v[l], l);
        if (phrase) errors.push(`${path}.${l}: reviewers' phrasing "${phrase}" (move it to notes)`);
      }
      for (const l of ['fr', 'es']) {
        const words = englishWordsIn(v[l], allowed);
        if (words.length) errors.push(`${path}.${l}: English left in: ${words.join(', ')}`);
      }
      for (const e of frenchTypographyErrors(v.fr)) errors.push(`${path}.fr: ${e}`);
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'notes') visit(x, `${path}.${k}`);
  };
  visit(value, label);
  return errors;
}
