// npm run bench:lighthouse: Lighthouse (mobile) on the demo page, as a static host would serve it.
// Not a test: it prints the median scores, metrics and the biggest costs, and writes reports/lighthouse.json
// (and the median run's own report as reports/lighthouse.html).
//
// usage: node scripts/bench-lighthouse.mjs [--runs=3] [--page=index.html] [--dir=demo-dist]
//   --runs  Lighthouse runs (default 3); the figures printed are the medians over them
//   --page  the page to audit, relative to --dir (default index.html, the demo page)
//   --dir   the folder to serve (default demo-dist, which `npm run build` writes)
//
// The folder is served from 127.0.0.1 on a free port as a real static host would: brotli or gzip
// (node:zlib, compressed once at start, chosen by the request's Accept-Encoding), a content type per
// extension, ETag and 304 answers, and cache headers (a year, immutable, for hashed file names; no-cache
// for HTML; an hour for the rest). Each run starts a fresh headless Chromium (CHROME_PATH, or
// /usr/bin/chromium) and runs Lighthouse's default settings: the mobile form factor with simulated
// throttling (slow 4G, 4x CPU slowdown). Simulated timings scale with how busy the machine is, so the
// load average and Lighthouse's benchmark index are printed with the figures.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import lighthouse, { generateReport } from 'lighthouse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/bench-lighthouse.mjs [--runs=N] [--page=index.html] [--dir=demo-dist]';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
];

// ---- arguments ----
const options = { runs: '3', page: 'index.html', dir: 'demo-dist' };
for (const arg of process.argv.slice(2)) {
  const match = /^--(runs|page|dir)=(.+)$/.exec(arg);
  if (!match) {
    console.error(`unknown argument ${arg}\n${USAGE}`);
    process.exit(2);
  }
  options[match[1]] = match[2];
}
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs takes a whole number of 1 or more\n${USAGE}`);
  process.exit(2);
}
const SITE = path.resolve(ROOT, options.dir);
const PAGE = options.page.replace(/^\/+/, '');
if (!existsSync(path.join(SITE, PAGE))) {
  console.error(`${path.relative(ROOT, path.join(SITE, PAGE))} is missing: run \`npm run build\` first (it writes demo-dist/).`);
  process.exit(1);
}

// ---- the static host ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|atom\+xml|xml|wasm)|image\/svg\+xml)/;
// Vite's and the library's content-hashed names (name-AbCd1234.js): safe to cache for ever.
const HASHED = /-[\w-]{8}\.\w+$/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function listFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** Reads every file once and compresses it as a host with precompressed files would (brotli 11, gzip 9). */
async function loadSite(dir) {
  const files = new Map();
  const paths = await listFiles(dir);
  // A few at a time: zlib runs in libuv's thread pool, and the machine may be shared.
  const queue = [...paths];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const body = await readFile(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const entry = {
        type,
        body,
        etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
        modified: (await stat(file)).mtime.toUTCString(),
        cache: type.startsWith('text/html') ? 'no-cache' : HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        encoded: {},
      };
      if (COMPRESSIBLE.test(type) && body.length > 256) {
        entry.encoded.br = await brotli(body, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        entry.encoded.gzip = await gzip(body, { level: 9 });
      }
      files.set(path.relative(dir, file).split(path.sep).join('/'), entry);
    }
  };
  await Promise.all([worker(), worker()]);
  return files;
}

/** The best coding the client accepts: br, then gzip, else none; honours q=0. */
function pickEncoding(header, available) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (name) => accepted.get(name) ?? accepted.get('*') ?? 0;
  return ['br', 'gzip'].filter((name) => available[name] && weight(name) > 0).sort((a, b) => weight(b) - weight(a))[0] ?? null;
}

function startServer(files) {
  const served = [];
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad address');
      return;
    }
    let key = path.posix.normalize(pathname).replace(/^\/+/, '');
    if (key === '' || key.endsWith('/')) key += 'index.html';
    const entry = files.get(key) ?? files.get(`${key}/index.html`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!entry || key.split('/').includes('..')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('not found');
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding'], entry.encoded);
    const body = encoding ? entry.encoded[encoding] : entry.body;
    const headers = {
      'Content-Type': entry.type,
      'Cache-Control': entry.cache,
      ETag: encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag,
      'Last-Modified': entry.modified,
      'X-Content-Type-Options': 'nosniff',
    };
    if (Object.keys(entry.encoded).length) headers.Vary = 'Accept-Encoding';
    if (encoding) headers['Content-Encoding'] = encoding;
    if (req.headers['if-none-match'] === headers.ETag) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    served.push({ path: key, encoding: encoding ?? 'identity', bytes: body.length });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, served })));
}

// ---- Lighthouse ----
async function runLighthouse(url) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', '--disable-background-networking'],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    // Lighthouse's defaults (mobile, simulated throttling); only the four categories asked for.
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return { lhr: result.lhr, chromium: await browser.version() };
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${Math.round(value)} ms`;
const shortUrl = (url, origin) => (url?.startsWith(origin) ? url.slice(origin.length) || '/' : url ?? '');

/** What one run measured, small enough to keep for every run. */
function summarise(lhr, origin) {
  const audit = (id) => lhr.audits[id];
  const items = (id) => audit(id)?.details?.items ?? [];
  const failing = (category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && audit(ref.id)?.score < 1)
      .map((ref) => ({ id: ref.id, title: audit(ref.id).title, score: audit(ref.id).score }));
  const requests = items('network-requests');
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])),
    metrics: Object.fromEntries(METRICS.map(([id, short]) => [short, audit(id)?.numericValue ?? null])),
    metricScores: Object.fromEntries(METRICS.map(([id, short]) => [short, audit(id)?.score ?? null])),
    transferBytes: audit('total-byte-weight')?.numericValue ?? null,
    requests: requests.length,
    mainThreadMs: audit('mainthread-work-breakdown')?.numericValue ?? null,
    bootupMs: audit('bootup-time')?.numericValue ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lcpElement: items('largest-contentful-paint-element')[0]?.items?.[0]?.node?.snippet ?? null,
    offenders: {
      // Script cost by file: evaluation, parse and compile, at the simulated 4x CPU slowdown.
      scripts: items('bootup-time')
        .slice(0, 6)
        .map((i) => ({ url: shortUrl(i.url, origin), totalMs: i.total, scriptingMs: i.scripting, parseCompileMs: i.scriptParseCompile })),
      // Main-thread time by kind of work.
      mainThread: items('mainthread-work-breakdown')
        .slice(0, 6)
        .map((i) => ({ group: i.groupLabel ?? i.group, ms: i.duration })),
      longTasks: items('long-tasks')
        .slice(0, 6)
        .map((i) => ({ url: shortUrl(i.url, origin), startMs: i.startTime, durationMs: i.duration })),
      bytes: items('total-byte-weight')
        .slice(0, 8)
        .map((i) => ({ url: shortUrl(i.url, origin), transferBytes: i.totalBytes })),
    },
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)]).filter(([, list]) => list.length)),
    warnings: lhr.runWarnings ?? [],
  };
}

// ---- main ----
const t0 = Date.now();
const files = await loadSite(SITE);
const { server, served } = await startServer(files);
const origin = `http://127.0.0.1:${server.address().port}`;
const url = `${origin}/${PAGE === 'index.html' ? '' : PAGE}`;
console.log(`serving ${path.relative(ROOT, SITE)}/ (${files.size} files, compressed in ${((Date.now() - t0) / 1000).toFixed(1)} s) at ${origin}`);
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling, ${RUNS} run(s) of ${url}`);

const runs = [];
let chromium = '';
try {
  for (let i = 0; i < RUNS; i++) {
    served.length = 0;
    const load = os.loadavg()[0];
    const { lhr, chromium: version } = await runLighthouse(url);
    chromium = version;
    const run = { ...summarise(lhr, origin), loadAverage: load, served: served.length };
    runs.push({ run, lhr });
    const s = run.scores;
    console.log(
      `  run ${i + 1}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}` +
        ` | FCP ${ms(run.metrics.FCP)}, LCP ${ms(run.metrics.LCP)}, TBT ${ms(run.metrics.TBT)}, CLS ${run.metrics.CLS.toFixed(3)}` +
        ` | ${kib(run.transferBytes)} | load average ${load.toFixed(1)}, benchmark index ${Math.round(run.benchmarkIndex)}`,
    );
  }
} finally {
  server.close();
}

// The run whose performance score is the median (ties: the one nearest the median TBT) gives the offenders.
const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.run.scores[c]))]));
const medianMetrics = Object.fromEntries(METRICS.map(([, short]) => [short, median(runs.map((r) => r.run.metrics[short]))]));
const medianTransfer = median(runs.map((r) => r.run.transferBytes));
const byPerformance = [...runs].sort(
  (a, b) =>
    Math.abs(a.run.scores.performance - medianScores.performance) - Math.abs(b.run.scores.performance - medianScores.performance) ||
    Math.abs(a.run.metrics.TBT - medianMetrics.TBT) - Math.abs(b.run.metrics.TBT - medianMetrics.TBT),
);
const middle = byPerformance[0];

console.log(`\nmedian of ${RUNS}:`);
console.log(
  `  performance ${medianScores.performance}   accessibility ${medianScores.accessibility}   best practices ${medianScores['best-practices']}   SEO ${medianScores.seo}`,
);
console.log(
  `  FCP ${ms(medianMetrics.FCP)}   LCP ${ms(medianMetrics.LCP)}   TBT ${ms(medianMetrics.TBT)}   CLS ${medianMetrics.CLS.toFixed(3)}   SI ${ms(medianMetrics.SI)}`,
);
console.log(`  transfer ${kib(medianTransfer)} in ${middle.run.requests} requests; LCP element: ${middle.run.lcpElement ?? '(none)'}`);

const o = middle.run.offenders;
console.log(`\nbiggest costs (the median run; script time at Lighthouse's 4x CPU slowdown):`);
console.log(`  main thread, ${ms(middle.run.mainThreadMs)} in all: ${o.mainThread.map((m) => `${m.group} ${ms(m.ms)}`).join(', ')}`);
console.log('  script time by file:');
for (const s of o.scripts) console.log(`    ${ms(s.totalMs).padStart(8)}  ${s.url}  (scripting ${ms(s.scriptingMs)}, parse and compile ${ms(s.parseCompileMs)})`);
if (o.longTasks.length) {
  console.log('  long tasks:');
  for (const t of o.longTasks) console.log(`    ${ms(t.durationMs).padStart(8)}  at ${ms(t.startMs)}  ${t.url}`);
}
console.log('  bytes by file:');
for (const b of o.bytes) console.log(`    ${kib(b.transferBytes).padStart(10)}  ${b.url}`);
for (const [category, list] of Object.entries(middle.run.failing)) {
  console.log(`  ${category} below 100 by: ${list.map((a) => `${a.id} (${a.score})`).join(', ')}`);
}
for (const warning of middle.run.warnings) console.log(`  Lighthouse warns: ${warning}`);

await mkdir(path.join(ROOT, 'reports'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  page: `${path.relative(ROOT, SITE)}/${PAGE}`,
  lighthouse: middle.lhr.lighthouseVersion,
  chromium,
  settings: { formFactor: middle.lhr.configSettings.formFactor, throttlingMethod: middle.lhr.configSettings.throttlingMethod, throttling: middle.lhr.configSettings.throttling },
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg() },
  median: { scores: medianScores, metrics: medianMetrics, transferBytes: medianTransfer, medianRun: runs.indexOf(middle) + 1 },
  runs: runs.map((r) => r.run),
};
await writeFile(path.join(ROOT, 'reports/lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(ROOT, 'reports/lighthouse.html'), generateReport(middle.lhr, 'html'));
console.log('\nwrote reports/lighthouse.json (every run) and reports/lighthouse.html (the median run)');
