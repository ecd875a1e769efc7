// Builds dist/cdn/chunks/: the parts the script-tag files load on demand.
// Each is one whole file, the small helpers it uses copied in, so that once
// it arrives nothing more is fetched before it runs (a shared helper file
// would cost a French page, say, one more round trip before its first paint).
// One Vite build per part (a single-file build takes one entry), and one for
// the 71 records, which import nothing.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { NAMED_CHUNKS } from './lazy-chunks.mjs';

rmSync('dist/cdn/chunks', { recursive: true, force: true });
for (const name of ['records', ...Object.keys(NAMED_CHUNKS)]) {
  process.env.KRATOM_CDN_CHUNK = name;
  await build({ mode: 'cdn-chunks', logLevel: 'warn' });
}
delete process.env.KRATOM_CDN_CHUNK;
const files = readdirSync('dist/cdn/chunks');
const shared = files.filter((f) => !f.endsWith('.js') || f.startsWith('shared-'));
if (shared.length > 0) throw new Error(`dist/cdn/chunks/ holds ${shared.join(', ')}: every part should be one whole file`);
console.log(`${files.length} on-demand files written to dist/cdn/chunks/, each whole`);
