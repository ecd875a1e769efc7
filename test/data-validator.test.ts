// The dataset checks a page runs on a site's newer file
// (src/generated/validate-dataset.ts, compiled from the schemas by
// scripts/validator.mjs) agree with a full JSON Schema implementation.
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { readFile } from '@web/test-runner-commands';
import common from '../src/data/schema/common.schema.json';
import jurisdictionsSchema from '../src/data/schema/jurisdictions.schema.json';
import groupsSchema from '../src/data/schema/groups.schema.json';
import faqSchema from '../src/data/schema/faq.schema.json';
import datasetSchema from '../src/data/schema/dataset.schema.json';
import { datasetProblem } from '../src/generated/validate-dataset.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fullValidator() {
  const validator = new Validator(datasetSchema as unknown as Schema, '2020-12', false);
  for (const schema of [common, jurisdictionsSchema, groupsSchema, faqSchema]) validator.addSchema(schema as unknown as Schema);
  return validator;
}

/** Ways a file can break the schema, one keyword each. */
const BREAKS: [string, (d: Data) => void][] = [
  ['a missing required field', (d) => delete d.jurisdictions[3].status],
  ['a status outside the list', (d) => (d.jurisdictions[3].status = 'maybe')],
  ['a wrong type', (d) => (d.jurisdictions[3].minimumAge = '21')],
  ['an age under the minimum', (d) => (d.jurisdictions.find((j: Data) => j.minimumAge).minimumAge = 12)],
  ['an http source', (d) => (d.jurisdictions[0].sources[0].url = 'http://example.com/')],
  ['a javascript: source', (d) => (d.groups[0].sources[0].url = 'javascript:alert(1)')],
  ['an empty text', (d) => (d.faq[0].question.fr = '')],
  ['a date that is not a date', (d) => (d.jurisdictions[0].checkedThrough = '2026-13-01')],
  ['too few jurisdictions', (d) => d.jurisdictions.pop()],
  ['a wrong format name', (d) => (d.format = 'something-else')],
  ['a stance on a non-advocacy source', (d) => Object.assign(d.jurisdictions[0].sources[0], { kind: 'news', stance: 'pro-kratom' })],
  ['a repeated source reference', (d) => {
    const event = d.jurisdictions.find((j: Data) => j.events.length > 0).events[0];
    event.sources.push(event.sources[0]);
  }],
  ['a bad hash', (d) => (d.hash = 'sha256-short')],
  ['an array where an object belongs', (d) => (d.jurisdictions[2].name = ['Alaska'])],
  ['an empty object', (d) => Object.keys(d).forEach((k) => delete d[k])],
];

describe('The compiled dataset validator', () => {
  let file: Data;
  before(async () => {
    const text = await readFile({ path: '../dist/cdn/data/kratom-data.json' });
    if (!text) throw new Error('dist/cdn/data/kratom-data.json is missing; run `npm run build` first (npm test does)');
    file = JSON.parse(text);
  });

  it('accepts the release file, as the full validator does', () => {
    expect(fullValidator().validate(file).valid).to.equal(true);
    expect(datasetProblem(file)).to.equal('');
  });

  for (const [what, change] of BREAKS) {
    it(`rejects ${what}, as the full validator does, and says where`, () => {
      const copy = structuredClone(file);
      change(copy);
      expect(fullValidator().validate(copy).valid, 'the full validator').to.equal(false);
      const problem = datasetProblem(copy);
      expect(problem).to.match(/^(\/[^:]*)?: /);
    });
  }

  it('accepts fields it does not know, which a later 2.x release may add (the strict schema, for our own files, does not)', () => {
    const copy = structuredClone(file);
    copy.jurisdictions[0].newField = { en: 'x' };
    copy.generator = 'a later release';
    expect(fullValidator().validate(copy).valid).to.equal(false);
    expect(datasetProblem(copy)).to.equal('');
  });

  it('rejects what is not an object', () => {
    for (const value of [null, 42, 'text', [], true]) expect(datasetProblem(value)).to.equal(': expected object');
  });
});
