// Writes src/generated/recent-changes.json: what <kratom-law-updates> shows
// with its default filters, so that it need not load the whole history (90 kB
// brotli, every record) to list ten changes. For each country choice (both,
// us, ca): the newest RECENT changes of the kinds it lists by default, as
// history.events() returns them, and how many there are in all; the pending
// changes; the names of the places they name; the dataset's version. It runs
// src/data/history.ts itself (bundled by esbuild), so the answers are the
// history's own; test/recent-changes.test.ts compares them again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundle = await build({
  entryPoints: [new URL('../src/data/history.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const history = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
// Three pages of the element's default ten (src/data/event-kinds.ts).
const RECENT = history.RECENT_CHANGES;

// Each event and pending change is written once and listed by its place in the
// pool: the US list is most of the list for both countries.
const countries = { both: undefined, us: 'us', ca: 'ca' };
const events = [];
const pending = [];
// The history hands out the same frozen event objects; a pending change is one per place.
const at = (pool, item) => {
  const i = pool.findIndex((x) => x === item || (x.pending && x.code === item.code));
  return i >= 0 ? i : pool.push(item) - 1;
};
const digest = { version: history.dataVersion(), recent: RECENT, countries: {}, events, pending };
for (const [choice, country] of Object.entries(countries)) {
  const all = history.events({ country, kinds: history.CHANGE_KINDS });
  digest.countries[choice] = {
    total: all.length,
    events: all.slice(0, RECENT).map((e) => at(events, e)),
    pending: history.pendingChanges({ country }).map((p) => at(pending, p)),
  };
}
const codes = new Set([...events, ...pending].map((item) => item.code));
digest.names = Object.fromEntries([...codes].sort().map((code) => [code, history.jurisdictionName(code)]));

const out = new URL('../src/generated/recent-changes.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, JSON.stringify(digest));
console.log(`recent changes: ${events.length} changes (at most ${RECENT} per country choice of ${Object.values(digest.countries).map((c) => c.total).join(' / ')}), ${pending.length} pending, ${codes.size} places`);
