// node scripts/check-records.mjs FILE.json — checks an array of jurisdiction
// records (v2) against the schema and every rule `npm test` enforces, so a
// research draft can be fixed before it is merged into src/data.
import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import { jurisdictionRuleErrors, readerTextErrors } from './source-rules.js';
import { namesKeptInEnglish } from './dataset-rules.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const common = read('../src/data/schema/common.schema.json');
const schema = read('../src/data/schema/jurisdictions.schema.json');
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/check-records.mjs FILE.json');
  process.exit(2);
}
const records = JSON.parse(readFileSync(file, 'utf8'));
const itemSchema = { ...schema, $ref: '#/$defs/jurisdiction', required: undefined, properties: undefined, type: undefined, additionalProperties: undefined };
delete itemSchema.required; delete itemSchema.properties; delete itemSchema.type; delete itemSchema.additionalProperties;
const validator = new Validator(itemSchema, '2020-12', false);
validator.addSchema(common);
// Place and organisation names may stay English, as in npm test; a draft's "TBD" date reads as the dataset's.
const allowed = namesKeptInEnglish({ jurisdictions: { jurisdictions: records }, groups: read('../src/data/groups.json'), faq: { faq: [] } });
const { asOf } = read('../src/data/jurisdictions.json');
let count = 0;
for (const r of records) {
  // The lead sets checkedThrough when merging; a draft may leave it "TBD".
  const record = r.checkedThrough === 'TBD' ? { ...r, checkedThrough: asOf } : r;
  const result = validator.validate(record);
  const errors = [];
  if (!result.valid) {
    for (const e of result.errors.filter((x) => !result.errors.some((y) => y !== x && y.instanceLocation.startsWith(`${x.instanceLocation}/`)))) {
      errors.push(`schema ${e.instanceLocation || '/'}: ${e.error}`);
    }
  }
  errors.push(...jurisdictionRuleErrors(record), ...readerTextErrors(r.code, record, allowed));
  for (const e of errors) console.log(`${r.code}: ${e}`);
  count += errors.length;
}
console.log(count === 0 ? `${records.length} records, no errors.` : `${count} error(s) in ${records.length} records.`);
process.exit(count === 0 ? 0 : 1);
