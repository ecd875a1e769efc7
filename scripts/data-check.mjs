// npm run data:check — validates the dataset and prints what a reviewer needs:
// counts by status, confidence and source kind, events, rows due for review (older than 180 days), low-confidence
// rows, groups that are not verified, and text that looks untranslated.
// Exits non-zero on any schema or consistency error.
import { readFileSync } from 'node:fs';
import { checkDataset } from './dataset-rules.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../src/data/${path}`, import.meta.url), 'utf8'));
const files = { jurisdictions: read('jurisdictions.json'), groups: read('groups.json'), faq: read('faq.json') };
const schemas = {
  common: read('schema/common.schema.json'),
  jurisdictions: read('schema/jurisdictions.schema.json'),
  groups: read('schema/groups.schema.json'),
  faq: read('schema/faq.schema.json'),
};
const today = process.env.DATA_CHECK_TODAY ? new Date(process.env.DATA_CHECK_TODAY) : new Date();
const { errors, report } = checkDataset(files, schemas, today);

console.log(`Dataset ${files.jurisdictions.version}, as of ${files.jurisdictions.asOf}; checked ${today.toISOString().slice(0, 10)}`);
console.log(`${report.jurisdictions} jurisdictions, ${report.groups} groups, ${report.faq} FAQ entries`);
console.log('\nJurisdictions by status:');
for (const [status, n] of Object.entries(report.byStatus).sort((a, b) => b[1] - a[1])) console.log(`  ${status.padEnd(18)} ${n}`);
console.log('\nJurisdictions by confidence:');
for (const level of ['high', 'medium', 'low']) console.log(`  ${level.padEnd(18)} ${report.byConfidence[level] ?? 0}`);
console.log(`  with a primary source: ${report.withPrimary} of ${report.jurisdictions}`);
console.log(`\nSources: ${report.sources.total} (${report.sources.jurisdictionSources} on jurisdiction records; ${report.sources.homePages} cited home pages, each marked homepage: true)`);
for (const [kind, n] of Object.entries(report.sources.byKind).sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(18)} ${n}`);
console.log(`\nEvents: ${report.events} (${Object.entries(report.eventsByType).map(([t, n]) => `${t} ${n}`).join(', ')}); rows with a pending change: ${report.pending}`);
console.log(`\nReview older than 180 days: ${report.stale.length}`);
for (const s of report.stale) console.log(`  ${s.id} (last reviewed ${s.checkedThrough}, ${s.days} days)`);
console.log(`\nLow confidence (${report.lowConfidence.length}): ${report.lowConfidence.join(', ') || 'none'}`);
console.log(`Groups not verified (${report.unverifiedGroups.length}): ${report.unverifiedGroups.join(', ') || 'none'}`);
console.log(`Missing or untranslated text: ${report.untranslated.length}`);
for (const u of report.untranslated) console.log(`  ${u}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('\nSchema and consistency checks: no errors.');
