// A private copy of dist/ for scripts/bench.mjs, so that a build started by
// someone else during the run (which empties dist/ first) cannot change or
// remove files under the measurement. The copy is taken while holding the
// build lock that builds share (flock on /tmp/kratom-build.lock, or
// $KRATOM_BUILD_LOCK), so it is never a half-written build; without flock it
// is a plain copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files the bench needs from a build; a missing one means dist/ is not (fully) built. */
export const NEEDED = [
  'dist/cdn/kratom-widgets.js',
  'dist/cdn/kratom-widgets-loader.js',
  'dist/esm/elements/kratom-law-map/define.js',
  'dist/esm/ssr/render.js',
];

/**
 * Makes `<tmp>/` with dist/, src/data/*.json, package.json and a node_modules
 * link to the repository's, and returns its path.
 */
export function snapshot(root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kratom-bench-'));
  const lock = process.env.KRATOM_BUILD_LOCK || '/tmp/kratom-build.lock';
  const haveFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const t0 = Date.now();
  if (haveFlock) {
    // cp runs inside the lock; -w: give up after 10 minutes rather than hang for ever.
    const r = spawnSync('flock', ['-w', '600', lock, 'cp', '-a', path.join(root, 'dist'), path.join(dir, 'dist')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`could not copy dist/ under ${lock} (exit ${r.status})`);
  } else {
    cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
  }
  const waited = Date.now() - t0;
  mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  for (const file of ['jurisdictions', 'groups', 'faq']) {
    cpSync(path.join(root, `src/data/${file}.json`), path.join(dir, `src/data/${file}.json`));
  }
  writeFileSync(path.join(dir, 'package.json'), readFileSync(path.join(root, 'package.json')));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const missing = NEEDED.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length) throw new Error(`dist/ is incomplete (missing ${missing.join(', ')}): run npm run build first`);
  return { dir, waitedMs: waited, locked: haveFlock };
}
