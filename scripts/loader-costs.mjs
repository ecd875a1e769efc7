// Writes into dist/cdn/kratom-widgets-loader.js what each tag costs to fetch
// (see LoadCosts in src/cdn/loader.ts): the brotli size of each chunk in
// dist/cdn/auto/, the chunks each tag needs (its own and what they import),
// and the size of kratom-widgets.js. Run after both script-tag builds.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

const root = 'dist/cdn';
const loaderFile = join(root, 'kratom-widgets-loader.js');
const brotli = (file) => brotliCompressSync(readFileSync(file)).length;

/** Files a chunk imports statically, as paths under dist/cdn. */
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g)) {
    const target = normalize(join(dirname(file), match[1]));
    if (target.startsWith(join(root, 'auto'))) found.push(target);
  }
  return found;
}

function closure(start) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    imports(file).forEach(walk);
  };
  walk(start);
  return seen;
}

/**
 * The cost table for the built loader: `files` are the chunk paths in the
 * order `table.sizes` lists them.
 */
export function computeLoadCosts() {
  const loader = readFileSync(loaderFile, 'utf8');
  const files = [];
  const index = (file) => {
    let at = files.indexOf(file);
    if (at < 0) at = files.push(file) - 1;
    return at;
  };
  const tags = {};
  for (const match of loader.matchAll(/["']?([a-z]+(?:-[a-z]+)+)["']?:\(\)=>import\(["'`](\.\/auto\/[^"'`]+)["'`]\)/g)) {
    tags[match[1]] = [...closure(normalize(join(root, match[2])))].map(index);
  }
  if (Object.keys(tags).length < 9) throw new Error(`${loaderFile}: found ${Object.keys(tags).length} tags, expected every element`);
  return { files, table: { sizes: files.map(brotli), tags, single: brotli(join(root, 'kratom-widgets.js')) } };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loader = readFileSync(loaderFile, 'utf8');
  const placeholder = /(["'`])KRATOM_LOAD_COSTS\1/;
  if (!placeholder.test(loader)) throw new Error(`${loaderFile}: no KRATOM_LOAD_COSTS placeholder (already filled in, or renamed?)`);
  const { files, table } = computeLoadCosts();
  writeFileSync(loaderFile, loader.replace(placeholder, JSON.stringify(JSON.stringify(table))));
  console.log(`load costs written into ${loaderFile} (${files.length} chunks, ${Object.keys(table.tags).length} tags)`);
}
