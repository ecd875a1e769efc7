// Imports every npm entry of package.json's exports in Node (no DOM), as a
// server-side renderer or a build tool would: none may throw. The script-tag
// files under dist/cdn/ are for browsers only and are left out.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failed = 0;
let checked = 0;
for (const [entry, value] of Object.entries(pkg.exports)) {
  const target = typeof value === 'string' ? value : value.default;
  if (!target.endsWith('.js') || target.includes('/cdn/')) continue;
  checked++;
  try {
    await import(pathToFileURL(new URL(`../${target}`, import.meta.url).pathname).href);
  } catch (error) {
    failed++;
    console.error(`kratom-widgets${entry.slice(1)}: ${String(error).slice(0, 200)}`);
  }
}
console.log(`${checked - failed} of ${checked} npm entries import in Node without a DOM`);
process.exit(failed ? 1 : 0);
