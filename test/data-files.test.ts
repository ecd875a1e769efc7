// The release's data files (scripts/build-data.mjs, run by `npm run build`):
// the whole dataset as one versioned JSON file, and the Atom feeds of events.
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { readFile } from '@web/test-runner-commands';
import common from '../src/data/schema/common.schema.json';
import jurisdictionsSchema from '../src/data/schema/jurisdictions.schema.json';
import groupsSchema from '../src/data/schema/groups.schema.json';
import faqSchema from '../src/data/schema/faq.schema.json';
import datasetSchema from '../src/data/schema/dataset.schema.json';
import { dataVersion, events, jurisdictions } from '../src/data/index.js';

const ATOM = 'http://www.w3.org/2005/Atom';

async function get(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}; run \`npm run build\` first (npm test does)`);
  return response.text();
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('dist/cdn/data/kratom-data.json', () => {
  let file: Record<string, unknown>;
  before(async () => {
    // Read from disk: the test server would serve a .json file as a module.
    const text = await readFile({ path: '../dist/cdn/data/kratom-data.json' });
    if (!text) throw new Error('dist/cdn/data/kratom-data.json is missing; run `npm run build` first (npm test does)');
    file = JSON.parse(text);
  });

  it('is valid against the dataset schema, with the bundled version and date', () => {
    const validator = new Validator(datasetSchema as unknown as Schema, '2020-12', false);
    for (const schema of [common, jurisdictionsSchema, groupsSchema, faqSchema]) validator.addSchema(schema as unknown as Schema);
    const result = validator.validate(file);
    expect(result.errors.slice(0, 3)).to.deep.equal([]);
    expect({ version: file.version, asOf: file.asOf, origin: 'bundled' }).to.deep.equal(dataVersion());
    expect((file.jurisdictions as unknown[]).length).to.equal(jurisdictions().length);
  });

  it('carries a hash of its content that a reader can check, and no reviewers’ notes', async () => {
    const { version, asOf, jurisdictions: j, groups, faq } = file;
    expect(file.hash).to.equal(await sha256(JSON.stringify({ version, asOf, jurisdictions: j, groups, faq })));
    expect(JSON.stringify(file)).not.to.contain('"notes":');
  });
});

describe('the Atom feeds of legal events', () => {
  for (const [path, lang] of [
    ['/dist/cdn/data/kratom-law-updates.atom', 'en-US'],
    ['/dist/cdn/data/kratom-law-updates.fr.atom', 'fr-CA'],
    ['/dist/cdn/data/kratom-law-updates.es.atom', 'es-US'],
  ] as const) {
    it(`${path.split('/').pop()} parses as Atom 1.0 and lists every event (${lang})`, async () => {
      const doc = new DOMParser().parseFromString(await get(path), 'application/xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const feed = doc.documentElement;
      expect([feed.namespaceURI, feed.localName]).to.deep.equal([ATOM, 'feed']);
      expect(feed.getAttribute('xml:lang')).to.equal(lang);
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      // Required by RFC 4287: the feed's id, title, updated and author; each entry's id, title, updated and a link or content.
      for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).to.have.length(1);
      const entries = child(feed, 'entry');
      const all = events()!;
      expect(entries).to.have.length(all.length);
      const ids = new Set<string>();
      for (const entry of entries) {
        const id = child(entry, 'id')[0]?.textContent ?? '';
        expect(id).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        ids.add(id);
        expect(child(entry, 'title')[0].textContent!.length).to.be.greaterThan(5);
        expect(child(entry, 'updated')[0].textContent).to.match(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        const alternate = child(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate');
        expect(alternate?.getAttribute('href')).to.match(/^https:\/\//);
      }
      expect(ids.size, 'entry ids are unique').to.equal(entries.length);
      // Newest first, like events().
      const first = child(entries[0], 'updated')[0].textContent!;
      expect(first.slice(0, 4)).to.equal(all[0].date.slice(0, 4));
    });
  }

  it('keeps an entry’s id from one build to the next, and the same across languages', async () => {
    const ids = async (path: string) => {
      const doc = new DOMParser().parseFromString(await get(path), 'application/xml');
      return [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0].textContent);
    };
    expect(await ids('/dist/cdn/data/kratom-law-updates.fr.atom')).to.deep.equal(await ids('/dist/cdn/data/kratom-law-updates.atom'));
  });
});
