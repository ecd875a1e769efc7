// Size report (npm run bench; also the last step of npm run build).
// Measures gzip (level 9) and brotli (quality 11) of:
//   - the script-tag file dist/cdn/kratom-widgets.js (Lit included);
//   - each element's npm entry as an app would ship it: minified, with lit and
//     @lit/* left out (the app already pays for those once), and without the
//     fr/es translations, which load only when a page needs them.
// Fails when a file is over its budget.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const BUDGET_GZIP = {
  'dist/cdn/kratom-widgets.js': 20_000,
  'kratom-disclaimer': 5_000,
};

const measure = (code) => {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

async function npmEntryCost(name, entry) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run vite build first`);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//] },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  // Translations are loaded on demand (dynamic import): count what loads up front.
  const upFront = outputs.filter((o) => o.type === 'chunk' && !o.isDynamicEntry);
  return measure(upFront.map((o) => o.code).join(''));
}

const rows = [];
rows.push({ name: 'dist/cdn/kratom-widgets.js', note: 'script tag, Lit included', ...measure(readFileSync('dist/cdn/kratom-widgets.js')) });
for (const chunk of existsSync('dist/cdn/chunks') ? readdirSync('dist/cdn/chunks').sort() : []) {
  rows.push({ name: `  chunks/${chunk.replace(/-[\w-]{8}\.js$/, '.js')}`, note: 'loaded on demand', ...measure(readFileSync(`dist/cdn/chunks/${chunk}`)) });
}
for (const name of readdirSync('dist/esm/elements')) {
  rows.push({ name, note: 'npm entry, minified, without Lit', ...(await npmEntryCost(name, `dist/esm/elements/${name}/define.js`)) });
}
// The dataset has no Lit dependency: this is also what it adds to the CDN file
// once an element there uses it.
rows.push({ name: 'kratom-widgets/data', note: 'data API + all dataset JSON, minified', ...(await npmEntryCost('data', 'dist/esm/data/index.js')) });
for (const file of ['jurisdictions', 'groups', 'faq']) {
  const json = JSON.stringify(JSON.parse(readFileSync(`src/data/${file}.json`, 'utf8')));
  rows.push({ name: `  ${file}.json`, note: 'minified JSON alone', ...measure(json) });
}

const kb = (n) => `${(n / 1000).toFixed(2)} kB`.padStart(9);
console.log('\nSize report (1 kB = 1000 B)');
console.log(`${'file'.padEnd(30)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  budget (gzip)`);
let over = 0;
for (const row of rows) {
  const budget = BUDGET_GZIP[row.name];
  const status = budget === undefined ? '' : row.gzip <= budget ? `ok (${kb(budget).trim()})` : `OVER ${kb(budget).trim()}`;
  if (budget !== undefined && row.gzip > budget) over++;
  console.log(`${row.name.padEnd(30)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}  ${status}   ${row.note}`);
}
writeFileSync('dist/size-report.json', JSON.stringify(rows, null, 2));
if (over > 0) {
  console.error(`\n${over} file(s) over budget.`);
  process.exit(1);
}
