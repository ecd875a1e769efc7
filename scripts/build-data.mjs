// Writes the release's data files beside the script-tag files (after the
// library builds, whose status labels it reuses):
//   dist/cdn/data/kratom-data.json            the whole dataset, versioned, with a content hash
//   dist/cdn/data/kratom-law-updates.atom     every legal event as an Atom 1.0 feed (English)
//   dist/cdn/data/kratom-law-updates.fr.atom  the same in French, .es.atom in Spanish
// Reviewers' notes are left out, as in the bundles.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { STATUS_LABEL } from '../dist/esm/data/status-labels.js';
// The library's own history API, as built: one reading of events for the elements and the feeds.
import { events } from '../dist/esm/data/history.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../src/data/${name}.json`, import.meta.url), 'utf8'));
const withoutNotes = (list) => list.map(({ notes: _notes, ...item }) => item);
const jurisdictionsFile = read('jurisdictions');
const payload = {
  version: jurisdictionsFile.version,
  asOf: jurisdictionsFile.asOf,
  jurisdictions: withoutNotes(jurisdictionsFile.jurisdictions),
  groups: withoutNotes(read('groups').groups),
  faq: withoutNotes(read('faq').faq),
};

/** sha256 of the JSON text of everything but the hash itself, so a reader can check a copy. */
function contentHash(data) {
  return `sha256-${createHash('sha256').update(JSON.stringify(data)).digest('base64')}`;
}

const out = new URL('../dist/cdn/data/', import.meta.url);
mkdirSync(out, { recursive: true });
const dataset = { format: 'kratom-widgets-data', ...payload, hash: contentHash(payload) };
writeFileSync(new URL('kratom-data.json', out), `${JSON.stringify(dataset)}\n`);

// --- Atom ------------------------------------------------------------------

const FEED_TEXT = {
  en: {
    title: 'Kratom law in the US and Canada: what changed',
    subtitle: 'Dated legal events (bills, laws, rules, rulings) from the kratom-widgets dataset, each with its source.',
    status: (label) => `Status after this step: ${label}.`,
    source: 'Source',
  },
  fr: {
    title: 'Lois sur le kratom aux États-Unis et au Canada\u202f: ce qui a changé',
    subtitle: 'Les étapes juridiques datées (projets de loi, lois, règlements, décisions) du jeu de données kratom-widgets, chacune avec sa source.',
    status: (label) => `Statut après cette étape\u202f: ${label}.`,
    source: 'Source',
  },
  es: {
    title: 'Leyes del kratom en EE. UU. y Canadá: qué cambió',
    subtitle: 'Pasos legales fechados (proyectos de ley, leyes, reglamentos, fallos) del conjunto de datos de kratom-widgets, cada uno con su fuente.',
    status: (label) => `Estado tras este paso: ${label}.`,
    source: 'Fuente',
  },
};

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A partial ISO date as an RFC 3339 time: its first day, at midnight UTC. */
const atomTime = (date) => {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
};

/** A name-based UUID (SHA-1, version 5 layout), so an entry keeps its id from release to release. */
const uuidFor = (key) => {
  const h = createHash('sha1').update(`kratom-widgets:${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

// Newest first, as events() gives them; an id counts same-day steps of one kind in dataset order.
const names = new Map(payload.jurisdictions.map((r) => [r.code, r.name]));
const seen = new Map();
const entries = events().map((event) => {
  const base = `${event.code}/${event.date}/${event.type}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return { record: { name: names.get(event.code) }, event, id: uuidFor(`event/${base}/${n}`), sources: event.sources };
});

for (const locale of ['en', 'fr', 'es']) {
  const t = FEED_TEXT[locale];
  const updated = entries.length ? atomTime(entries[0].event.date) : atomTime(payload.asOf);
  const items = entries.map(({ record, event, id, sources }) => {
    const summary = [
      event.citation ? `${event.citation}.` : '',
      event.status ? t.status(STATUS_LABEL[event.status][locale]) : '',
      sources[0] ? `${t.source}${locale === 'fr' ? '\u202f' : ''}: ${sources[0].title}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `  <entry>
    <id>${id}</id>
    <title type="text">${escape(`${record.name[locale]}\u00a0— ${event.title[locale]}`)}</title>
    <updated>${atomTime(event.date)}</updated>
    <published>${atomTime(event.date)}</published>
    <category term="${event.type}"/>
${sources.map((s) => `    <link rel="${s === sources[0] ? 'alternate' : 'related'}" href="${escape(s.url)}" hreflang="${s.lang}" title="${escape(s.title)}"/>`).join('\n')}
    <summary type="text">${escape(summary)}</summary>
  </entry>`;
  });
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale === 'fr' ? 'fr-CA' : locale === 'es' ? 'es-US' : 'en-US'}">
  <id>${uuidFor(`feed/${locale}`)}</id>
  <title type="text">${escape(t.title)}</title>
  <subtitle type="text">${escape(t.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <author><name>kratom-widgets</name></author>
  <generator version="${escape(payload.version)}">kratom-widgets dataset</generator>
${items.join('\n')}
</feed>
`;
  writeFileSync(new URL(locale === 'en' ? 'kratom-law-updates.atom' : `kratom-law-updates.${locale}.atom`, out), feed);
}
console.log(`data: kratom-data.json (${payload.jurisdictions.length} jurisdictions, ${dataset.hash}); ${entries.length} events in 3 Atom feeds`);
