// The two pages scripts/bench.mjs bundles itself, with Vite's JS API, inside
// the dist/ snapshot (see snapshot.mjs):
//   - app: an app's page that imports `kratom-widgets/kratom-law-map`, the way
//     an npm user's bundler sees the package (node_modules/kratom-widgets is
//     the repository's package.json and the snapshot's dist/, so the package's
//     own "exports" pick the file, and lit comes from node_modules);
//   - d3: a plain choropleth from d3-geo, topojson-client and us-atlas, each
//     state filled with its status colour from the same dataset.
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const BODY_STYLE = 'body{max-width:960px;margin:0 auto;padding:16px;font:16px/1.5 system-ui,sans-serif}';

const head = (title) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"><style>${BODY_STYLE}</style>`;

/** The HTML shell every bench page shares: same head, same body style. */
export function pageShell(title, headExtra, body) {
  return `${head(title)}\n${headExtra}\n</head><body>\n${body}\n</body></html>\n`;
}

/** Status → fill colour, read from the map's own palette in the built modules. */
export function statusColours(snap) {
  const code = readFileSync(path.join(snap, 'dist/esm/shared/status.styles.js'), 'utf8');
  const colours = {};
  for (const m of code.matchAll(/"?([a-z0-9-]+)"?\s*:\s*\[\s*"(#[0-9a-fA-F]{3,8})"/g)) colours[m[1]] = m[2];
  if (Object.keys(colours).length < 5) throw new Error('could not read the status colours from dist/esm/shared/status.styles.js');
  return colours;
}

function files(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

async function viteBuild(root, outDir, base) {
  await build({
    root,
    base,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
  });
  return files(outDir);
}

/** Builds the app page into `<snap>/out/app` (served at /app/); returns its files. */
export async function buildApp(snap) {
  const src = path.join(snap, 'app-src');
  const pkg = path.join(src, 'node_modules/kratom-widgets');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), readFileSync(path.join(snap, 'package.json')));
  symlinkSync(path.join(snap, 'dist'), path.join(pkg, 'dist'), 'dir');
  writeFileSync(path.join(src, 'main.js'), `import 'kratom-widgets/kratom-law-map';\n`);
  writeFileSync(
    path.join(src, 'index.html'),
    pageShell('bench: map in an app bundle', '<script type="module" src="./main.js"></script>', '<kratom-law-map region="us"></kratom-law-map>'),
  );
  return viteBuild(src, path.join(snap, 'out/app'), '/app/');
}

/** Builds the d3 choropleth into `<snap>/out/d3` (served at /d3/); returns its files and path count. */
export async function buildD3(snap) {
  const src = path.join(snap, 'd3-src');
  mkdirSync(src, { recursive: true });
  const { jurisdictions } = JSON.parse(readFileSync(path.join(snap, 'src/data/jurisdictions.json'), 'utf8'));
  // us-atlas names its features by state name; the dataset does too (English).
  const byName = Object.fromEntries(jurisdictions.filter((j) => j.country === 'US' && j.kind !== 'federal').map((j) => [j.name.en, { code: j.code, status: j.status }]));
  writeFileSync(path.join(src, 'statuses.json'), JSON.stringify(byName));
  writeFileSync(path.join(src, 'colours.json'), JSON.stringify(statusColours(snap)));
  writeFileSync(
    path.join(src, 'main.js'),
    `import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import us from 'us-atlas/states-albers-10m.json';
import byName from './statuses.json';
import colours from './colours.json';

// The usual d3 choropleth: us-atlas's states, already in Albers USA at 975 x 610.
const NS = 'http://www.w3.org/2000/svg';
const el = (name, attrs) => {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
const path = geoPath();
const svg = el('svg', { id: 'd3map', viewBox: '0 0 975 610', role: 'img', 'aria-label': 'Kratom law by state', style: 'width:100%;height:auto;display:block' });
const states = el('g', {});
for (const f of feature(us, us.objects.states).features) {
  const place = byName[f.properties.name];
  const p = el('path', { class: 'state', d: path(f), fill: colours[place?.status ?? 'unknown'] ?? '#bbb', 'data-code': place?.code ?? '' });
  const title = el('title', {});
  title.textContent = f.properties.name + ': ' + (place?.status ?? 'unknown');
  p.append(title);
  states.append(p);
}
const borders = el('path', { d: path(mesh(us, us.objects.states, (a, b) => a !== b)), fill: 'none', stroke: '#fff', 'stroke-width': '1', 'stroke-linejoin': 'round' });
svg.append(states, borders);
document.getElementById('map').append(svg);
`,
  );
  writeFileSync(path.join(src, 'index.html'), pageShell('bench: d3 choropleth', '<script type="module" src="./main.js"></script>', '<div id="map"></div>'));
  const us = JSON.parse(readFileSync(path.join(snap, 'node_modules/us-atlas/states-albers-10m.json'), 'utf8'));
  const out = await viteBuild(src, path.join(snap, 'out/d3'), '/d3/');
  return { files: out, paths: us.objects.states.geometries.length };
}
