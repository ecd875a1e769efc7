// A private copy of dist/ for scripts/bench.mjs, so that a build started by
// someone else during the run (which empties dist/ first) cannot change or
// remove files under the measurement. The copy is taken while holding the
// build lock that builds share (flock on /tmp/kratom-build.lock, or
// $KRATOM_BUILD_LOCK); without flock it is a plain copy. A build that does not
// take the lock (npm test's) can still be half way through: the copy is then
// checked (every relative import of every .js file resolves inside it) and
// taken again, up to three times, 20 s apart.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files the bench needs from a build; a missing one means dist/ is not (fully) built. */
export const NEEDED = [
  'dist/cdn/kratom-widgets.js',
  'dist/cdn/kratom-widgets-loader.js',
  'dist/esm/elements/kratom-law-map/define.js',
  'dist/esm/ssr/render.js',
];

/** Relative imports in the .js files under `dir` that point at no file. */
export function brokenImports(dir) {
  const broken = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.js')) {
        const code = readFileSync(full, 'utf8');
        for (const m of code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`$]+?\.js)["'`]/g)) {
          if (!existsSync(path.join(path.dirname(full), m[1]))) broken.push(`${path.relative(dir, full)} -> ${m[1]}`);
        }
      }
    }
  };
  for (const sub of ['cdn', 'esm']) if (existsSync(path.join(dir, sub))) walk(path.join(dir, sub));
  return broken;
}

function copyDist(root, dir) {
  const lock = process.env.KRATOM_BUILD_LOCK || '/tmp/kratom-build.lock';
  const haveFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  if (haveFlock) {
    // cp runs inside the lock; -w: give up after 10 minutes rather than hang for ever.
    const r = spawnSync('flock', ['-w', '600', lock, 'cp', '-a', path.join(root, 'dist'), path.join(dir, 'dist')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`could not copy dist/ under ${lock} (exit ${r.status})`);
  } else {
    cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
  }
  return haveFlock;
}

/**
 * Makes `<tmp>/` with dist/, src/data/*.json, package.json and a node_modules
 * link to the repository's, and returns its path.
 */
export function snapshot(root, log = () => {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kratom-bench-'));
  const t0 = Date.now();
  let haveFlock;
  for (let attempt = 1; ; attempt++) {
    haveFlock = copyDist(root, dir);
    const missing = NEEDED.filter((f) => !existsSync(path.join(dir, f)));
    const broken = missing.length ? [] : brokenImports(path.join(dir, 'dist'));
    if (missing.length === 0 && broken.length === 0) break;
    const why = missing.length ? `missing ${missing.join(', ')}` : `${broken.length} import(s) point at no file, e.g. ${broken[0]}`;
    if (attempt === 3) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`dist/ is incomplete (${why}): run npm run build first, or wait for the build under way`);
    }
    log(`  the copy of dist/ is incomplete (${why}), a build is probably under way: again in 20 s`);
    spawnSync('sleep', ['20']);
  }
  const waited = Date.now() - t0;
  mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  for (const file of ['jurisdictions', 'groups', 'faq']) {
    cpSync(path.join(root, `src/data/${file}.json`), path.join(dir, `src/data/${file}.json`));
  }
  writeFileSync(path.join(dir, 'package.json'), readFileSync(path.join(root, 'package.json')));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, waitedMs: waited, locked: haveFlock };
}
