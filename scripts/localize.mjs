// Builds the runtime locale modules from xliff/ and fails when a translation
// is missing: lit-localize itself only warns and exits 0.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const output = `${run.stdout}${run.stderr}`;
const missing = output.split('\n').filter((line) => line.includes('is missing'));
if (run.status !== 0 || missing.length > 0) {
  process.stderr.write(output);
  if (missing.length > 0) {
    console.error(`\n${missing.length} translation(s) missing. Run "npx lit-localize extract" and add <target> elements in xliff/.`);
  }
  process.exit(1);
}
console.log('locales: en, fr, es built; no translation missing');
