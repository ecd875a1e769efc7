// Checks the bundled dataset: JSON Schema validity plus the rules a schema
// cannot say (every jurisdiction present once, real calendar dates, parseable
// https URLs, no text left untranslated). Shared by `npm run data:check`
// (Node) and test/data-schema.test.ts (Chromium), so both judge alike.
import { Validator } from '@cfworker/json-schema';
import { ENGLISH_ALLOWED, englishWordsIn, entrySourceErrors, jurisdictionRuleErrors, readerTextErrors } from './source-rules.js';

const US_STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
const US_OTHER = 'DC PR GU VI AS MP'.split(' ');
const CA_REGIONS = 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ');

/** The 71 jurisdictions the dataset must cover, in ISO 3166-2 form. */
export const EXPECTED_CODES = [
  'US',
  ...[...US_STATES, ...US_OTHER].map((c) => `US-${c}`),
  'CA',
  ...CA_REGIONS.map((c) => `CA-${c}`),
];

const LOCALES = ['en', 'fr', 'es'];

/** Walks any JSON value, calling visit(value, path) on every node. */
function walk(value, path, visit) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}

const isLocalized = (v) => v && typeof v === 'object' && !Array.isArray(v) && LOCALES.every((l) => l in v);

function realDate(text) {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Proper names that may stay English in French and Spanish text: the shared
 * list plus the places and organisations the data names. Law names and
 * citations are not on it: they are shown as they are, so they must hold
 * names and numbers only, never an English explanation.
 */
export function namesKeptInEnglish(files) {
  const records = files.jurisdictions.jurisdictions ?? [];
  return [
    ...ENGLISH_ALLOWED,
    ...records.flatMap((r) => (r.localRules ?? []).map((l) => l.place)),
    ...(files.groups.groups ?? []).flatMap((g) => [g.name, ...(g.formerNames ?? [])]),
  ].filter((x) => typeof x === 'string' && x.length > 0);
}

/**
 * @param files {{ jurisdictions, groups, faq }} parsed data files
 * @param schemas {{ common, jurisdictions, groups, faq }} parsed schemas
 * @param today Date used for the review-age report
 * @returns {{ errors: string[], report: object }}
 */
export function checkDataset(files, schemas, today = new Date()) {
  const errors = [];

  for (const name of ['jurisdictions', 'groups', 'faq']) {
    const validator = new Validator(schemas[name], '2020-12', false);
    validator.addSchema(schemas.common);
    const result = validator.validate(files[name]);
    if (!result.valid) {
      // The deepest errors say what is actually wrong.
      for (const e of result.errors.filter((x) => !result.errors.some((y) => y !== x && y.instanceLocation.startsWith(`${x.instanceLocation}/`)))) {
        errors.push(`${name}.json ${e.instanceLocation || '/'}: ${e.error}`);
      }
    }
  }

  const records = files.jurisdictions.jurisdictions ?? [];
  const codes = records.map((r) => r.code);
  for (const code of EXPECTED_CODES) if (!codes.includes(code)) errors.push(`jurisdictions.json: ${code} is missing`);
  for (const code of codes) if (!EXPECTED_CODES.includes(code)) errors.push(`jurisdictions.json: ${code} is not a known jurisdiction`);
  const dupes = (list) => list.filter((v, i) => list.indexOf(v) !== i);
  for (const code of dupes(codes)) errors.push(`jurisdictions.json: ${code} appears twice`);
  for (const r of records) {
    const expected = r.code.slice(0, 2);
    if (r.country !== expected) errors.push(`jurisdictions.json ${r.code}: country ${r.country} does not match the code`);
    if ((r.kind === 'federal') !== !r.code.includes('-')) errors.push(`jurisdictions.json ${r.code}: kind ${r.kind} does not match the code`);
  }
  for (const id of dupes((files.groups.groups ?? []).map((g) => g.id))) errors.push(`groups.json: id ${id} appears twice`);
  for (const id of dupes((files.faq.faq ?? []).map((f) => f.id))) errors.push(`faq.json: id ${id} appears twice`);

  const untranslated = [];
  for (const name of ['jurisdictions', 'groups', 'faq']) {
    walk(files[name], name, (value, path) => {
      if (typeof value === 'string') {
        if (/^https?:/i.test(value) && /\.(url|website)$/.test(path)) {
          try {
            if (new URL(value).protocol !== 'https:') errors.push(`${path}: ${value} is not https`);
          } catch {
            errors.push(`${path}: ${value} is not a valid URL`);
          }
        }
        if (/\.(date|asOf|checkedThrough|latestChange|effective|since)$/.test(path) && /^\d{4}/.test(value) && !realDate(value)) {
          errors.push(`${path}: ${value} is not a real date`);
        }
      }
      if (isLocalized(value)) {
        for (const l of LOCALES) {
          if (typeof value[l] !== 'string' || value[l].trim() === '') errors.push(`${path}.${l}: missing translation`);
        }
        // Long text identical to English was probably never translated.
        for (const l of ['fr', 'es']) {
          if (value.en.length > 40 && value[l] === value.en) untranslated.push(`${path}.${l}`);
        }
      }
    });
  }

  // Sources, confidence, history and reader text (scripts/source-rules.js).
  for (const r of records) errors.push(...jurisdictionRuleErrors(r));
  for (const g of files.groups.groups ?? []) errors.push(...entrySourceErrors(`group ${g.id}`, g.sources ?? []));
  for (const f of files.faq.faq ?? []) errors.push(...entrySourceErrors(`faq ${f.id}`, f.sources ?? []));
  const allowed = namesKeptInEnglish(files);
  errors.push(...readerTextErrors('jurisdictions', records, allowed));
  // Law names and citations are shown untranslated: names and numbers only.
  for (const r of records) {
    const shown = [['law.name', r.law?.name], ['law.citation', r.law?.citation], ...(r.events ?? []).map((e, i) => [`events[${i}].citation`, e.citation])];
    for (const [field, text] of shown) {
      const words = typeof text === 'string' ? englishWordsIn(text, allowed) : [];
      if (words.length) errors.push(`${r.code} ${field}: "${text}" explains in English (${words.join(', ')}); keep names and numbers only`);
    }
  }
  errors.push(...readerTextErrors('groups', files.groups.groups ?? [], allowed));
  errors.push(...readerTextErrors('faq', files.faq.faq ?? [], allowed));

  // "Data as of" is the oldest "checked through", so it never reads later than a record's own date.
  for (const [name, list] of [['jurisdictions', records], ['groups', files.groups.groups ?? []], ['faq', files.faq.faq ?? []]]) {
    const oldest = list.map((x) => x.checkedThrough).filter(Boolean).sort()[0];
    if (oldest && files[name].asOf !== oldest) errors.push(`${name}.json: asOf is ${files[name].asOf}, but the oldest checkedThrough is ${oldest}`);
  }

  const byStatus = {};
  for (const r of records) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const ageDays = (d) => Math.floor((today.getTime() - new Date(`${d}T00:00:00Z`).getTime()) / 86_400_000);
  const stale = [
    ...records.map((r) => ({ id: r.code, checkedThrough: r.checkedThrough })),
    ...(files.groups.groups ?? []).map((g) => ({ id: `group ${g.id}`, checkedThrough: g.checkedThrough })),
    ...(files.faq.faq ?? []).map((f) => ({ id: `faq ${f.id}`, checkedThrough: f.checkedThrough })),
  ]
    .map((x) => ({ ...x, days: ageDays(x.checkedThrough) }))
    .filter((x) => x.days > 180);
  const lowConfidence = records.filter((r) => r.confidence?.level === 'low').map((r) => r.code);
  const unverifiedGroups = (files.groups.groups ?? []).filter((g) => g.verification?.state !== 'verified').map((g) => `${g.id} (${g.verification?.state})`);

  const allSources = [
    ...records.flatMap((r) => [...(r.sources ?? []), ...(r.localRules ?? []).flatMap((l) => l.sources ?? [])]),
    ...(files.groups.groups ?? []).flatMap((g) => g.sources ?? []),
    ...(files.faq.faq ?? []).flatMap((f) => f.sources ?? []),
  ];
  const count = (list, key) => list.reduce((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});
  const sources = {
    total: allSources.length,
    byKind: count(allSources, (s) => s.kind ?? 'none'),
    homePages: allSources.filter((s) => s.homepage === true).length,
    jurisdictionSources: records.reduce((n, r) => n + (r.sources ?? []).length, 0),
  };
  const byConfidence = count(records, (r) => r.confidence?.level);
  const withPrimary = records.filter((r) => (r.sources ?? []).some((s) => s.kind === 'primary')).length;
  const events = records.flatMap((r) => r.events ?? []);
  const eventsByType = count(events, (e) => e.type);

  return {
    errors,
    report: {
      sources,
      byConfidence,
      withPrimary,
      events: events.length,
      eventsByType,
      pending: records.filter((r) => r.pending).length,
      jurisdictions: records.length,
      groups: (files.groups.groups ?? []).length,
      faq: (files.faq.faq ?? []).length,
      byStatus,
      stale,
      lowConfidence,
      unverifiedGroups,
      untranslated,
    },
  };
}
