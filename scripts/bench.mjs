// npm run bench: sizes, cold loads, interactions, memory and layout shift, side by side, in one run.
// Not a test: it prints tables (the headline ratios first) and writes reports/bench.json.
//
// usage: node scripts/bench.mjs [--reps=N] [--cpu=1,4] [--only=<name>[,<name>…]] [--cls-pages=…] [--cls-reps=N] [--keep]
//   --reps   cold loads per case and CPU rate (default 15), interleaved: each rep loads every case once at
//            every rate, round robin, the order rotated from rep to rep
//   --cpu    CPU throttling rates (CDP Emulation.setCPUThrottlingRate), default 1,4
//   --only   parts:  sizes (scripts/size-report.mjs), cls (scripts/bench-cls.mjs), requests (scripts/bench-requests.mjs)
//            cases:  map-script, map-loader, map-app, d3, floor, all-script, all-static
//            Naming cases runs only those cases (and any part named); default: everything.
//   --cls-pages  pages for bench-cls (default sanity,map,all; "every" for all eleven, which adds ~3 minutes)
//   --cls-reps   repetitions for bench-cls (default 3)
//   --keep   keep the temporary directory (the dist/ snapshot, the built pages)
//
// What it measures, on a private copy of dist/ (scripts/bench/snapshot.mjs) served from loopback:
//   map-script  <kratom-law-map region="us"> with dist/cdn/kratom-widgets.js
//   map-loader  the same tag with dist/cdn/kratom-widgets-loader.js
//   map-app     an app page importing kratom-widgets/kratom-law-map, bundled by Vite (scripts/bench/builds.mjs)
//   d3          a plain d3-geo + topojson-client + us-atlas choropleth of the same statuses, bundled by Vite
//   floor       the map's own SVG as rendered (serialised once from map-script, with its styles) as static HTML
//   all-script  the nine elements on one page, with kratom-widgets.js
//   all-static  the same markup prerendered by kratom-widgets/render (declarative shadow DOM), no script
// "paint" (scripts/bench/probes.mjs): when the first frame in which the map's SVG has all its region paths
// and a visible box reached the screen (an Element Timing marker added in that frame gives its presentation
// time, the clock FCP uses); "drawn": the same once every element on the page has drawn (not loading).
// Interactions end the same way, at the first frame showing the result. Each load is a fresh browser
// context (empty cache), 1200 x 900 viewport.
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { snapshot } from './bench/snapshot.mjs';
import { buildApp, buildD3, pageShell } from './bench/builds.mjs';
import { calibrate, domCounts, installProbe, pointIn, readProbe, serializeMap } from './bench/probes.mjs';
import { MB, fmtSummary, kB, pairedRatio, summary, table } from './bench/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = path.join(ROOT, 'reports/bench.json');
const VIEWPORT = { width: 1200, height: 900, deviceScaleFactor: 1 };
const LOAD_TIMEOUT_MS = 45_000;
const IDLE_MS = 200; // no request for this long: the load is over
const INTERACTION_TIMEOUT_MS = 15_000;

// ---- arguments ----
const USAGE = 'usage: node scripts/bench.mjs [--reps=N] [--cpu=1,4] [--only=<part|case>,…] [--cls-pages=<page>,…|every] [--cls-reps=N] [--keep]';
const args = {};
for (const a of process.argv.slice(2)) {
  const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
  if (!m || !['reps', 'cpu', 'only', 'cls-pages', 'cls-reps', 'keep'].includes(m[1])) {
    console.error(`unknown argument ${a}\n${USAGE}`);
    process.exit(2);
  }
  args[m[1]] = m[2] ?? 'true';
}
const REPS = Math.max(1, Number(args.reps ?? 15) | 0);
const CPUS = (args.cpu ?? '1,4').split(',').map(Number);
if (CPUS.some((r) => !(r >= 1))) {
  console.error(`--cpu takes rates of 1 or more, such as --cpu=1,4\n${USAGE}`);
  process.exit(2);
}
const CLS_REPS = Math.max(1, Number(args['cls-reps'] ?? 3) | 0);
const CLS_PAGES = args['cls-pages'] ?? 'sanity,map,all';
const PARTS = ['sizes', 'cls', 'requests'];
const CASE_NAMES = ['map-script', 'map-loader', 'map-app', 'd3', 'floor', 'all-script', 'all-static'];
const only = args.only ? args.only.split(',').filter(Boolean) : null;
for (const name of only ?? []) {
  if (![...PARTS, ...CASE_NAMES].includes(name)) {
    console.error(`unknown --only name "${name}"; parts: ${PARTS.join(', ')}; cases: ${CASE_NAMES.join(', ')}`);
    process.exit(2);
  }
}
const runPart = (p) => !only || only.includes(p);
const namedCases = only?.filter((n) => CASE_NAMES.includes(n)) ?? [];
const cases = !only ? CASE_NAMES : namedCases;

const started = Date.now();
const log = (...a) => console.error(...a);
const secs = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---- the snapshot ----
log('copying dist/ (under the build lock)…');
const snap = snapshot(ROOT, log);
const SNAP = snap.dir;
// The copy goes when the run ends, also when it fails (unless --keep).
process.on('exit', () => {
  if (!args.keep) rmSync(SNAP, { recursive: true, force: true });
});
if (snap.waitedMs > 2000) log(`  waited ${(snap.waitedMs / 1000).toFixed(0)} s for a build to finish`);
const notes = [];
const report = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() },
  options: { reps: REPS, cpu: CPUS, only, clsPages: CLS_PAGES, clsReps: CLS_REPS },
  definitions: {
    paint: 'ms from navigation start to the presentation of the first frame in which the map SVG holds all its region paths with a visible box: that requestAnimationFrame callback adds a one-character Element Timing marker, whose renderTime is the frame presentation time (the clock of FCP)',
    drawn: 'the same, for the first frame in which every element on the page has a shadow root with content, has rendered and is not in :state(loading)',
    interaction: 'ms from the input event timeStamp (pointerdown or keydown, window capture) to the presentation of the first frame that shows the result (same marker)',
    heap: 'JSHeapUsedSize (CDP Performance.getMetrics) after HeapProfiler.collectGarbage, once the load is over',
    nodes: 'all nodes (elements, text, comments, shadow roots) in the document and every open shadow root',
  },
  notes,
};

// ---- pages ----
const ALL_MARKUP = `<kratom-law-map region="us"></kratom-law-map>
<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
<p><kratom-status-badge jurisdiction="US-AL"></kratom-status-badge></p>
<kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>
<advocacy-group-card group="aka"></advocacy-group-card>
<advocacy-group-list></advocacy-group-list>
<kratom-faq searchable></kratom-faq>
<kratom-law-updates limit="3"></kratom-law-updates>
<kratom-disclaimer></kratom-disclaimer>`;
const ALL_TAGS = [...new Set([...ALL_MARKUP.matchAll(/<([a-z]+-[a-z-]+)/g)].map((m) => m[1]))];
const MAP_TAG = '<kratom-law-map region="us"></kratom-law-map>';
const script = (src) => `<script type="module" src="${src}"></script>`;
const pages = new Map([
  ['/pages/map-script.html', pageShell('bench: map, script-tag file', script('/dist/cdn/kratom-widgets.js'), MAP_TAG)],
  ['/pages/map-loader.html', pageShell('bench: map, autoloader', script('/dist/cdn/kratom-widgets-loader.js'), MAP_TAG)],
  ['/pages/all-script.html', pageShell('bench: every element, script-tag file', script('/dist/cdn/kratom-widgets.js'), ALL_MARKUP)],
]);
const wanted = new Set(cases);
const need = (...names) => names.some((n) => wanted.has(n));

let d3Paths = 0;
if (need('map-app')) {
  log(`building the app page (Vite)… [${secs()}]`);
  await buildApp(SNAP);
}
if (need('d3')) {
  log(`building the d3 choropleth (Vite)… [${secs()}]`);
  d3Paths = (await buildD3(SNAP)).paths;
}
if (need('all-static')) {
  log(`prerendering every element (kratom-widgets/render)… [${secs()}]`);
  const render = pathToFileURL(path.join(SNAP, 'dist/esm/ssr/render.js')).href;
  const code = `import { renderToString } from ${JSON.stringify(render)};
process.stdout.write(await renderToString(${JSON.stringify(ALL_MARKUP)}, { lang: 'en' }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: SNAP, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`renderToString failed: ${r.stderr}`);
  pages.set('/pages/all-static.html', pageShell('bench: every element, static HTML', '', r.stdout));
}

// ---- static server (loopback), from memory ----
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
const fileCache = new Map();
function fileFor(pathname) {
  if (pages.has(pathname)) return Buffer.from(pages.get(pathname));
  let file = null;
  if (pathname.startsWith('/dist/')) file = path.join(SNAP, pathname);
  else if (pathname.startsWith('/app/')) file = path.join(SNAP, 'out', pathname.replace(/\/$/, '/index.html'));
  else if (pathname.startsWith('/d3/')) file = path.join(SNAP, 'out', pathname.replace(/\/$/, '/index.html'));
  if (!file || !file.startsWith(SNAP + path.sep) || !existsSync(file)) return null;
  if (!fileCache.has(file)) fileCache.set(file, readFileSync(file));
  return fileCache.get(file);
}
const sizeCache = new Map();
function sizesOf(pathname) {
  if (!sizeCache.has(pathname)) {
    const bytes = fileFor(pathname) ?? Buffer.alloc(0);
    sizeCache.set(pathname, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(pathname);
}
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  let body;
  try {
    body = fileFor(decodeURIComponent(pathname));
  } catch {
    body = null;
  }
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(pathname)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
});

// ---- the cases ----
const mapProbe = (count, tags = ['kratom-law-map']) => ({ host: 'kratom-law-map', svg: 'svg.map', path: 'path.region', count, tags });
function caseTable(mapPaths) {
  return {
    'map-script': { label: 'map, script-tag file', url: '/pages/map-script.html', probe: mapProbe(mapPaths), interactions: 'map' },
    // Its map is the app bundle's code (auto/ holds the same lazy parts), so no interactions: they would add a minute.
    'map-loader': { label: 'map, autoloader', url: '/pages/map-loader.html', probe: mapProbe(mapPaths) },
    'map-app': { label: 'map, app bundle (Vite)', url: '/app/index.html', probe: mapProbe(mapPaths), interactions: 'map' },
    d3: { label: 'd3 choropleth (peer)', url: '/d3/index.html', probe: { host: null, svg: 'svg#d3map', path: 'path.state', count: d3Paths, tags: [] } },
    floor: { label: 'floor: map SVG, static', url: '/pages/floor.html', probe: { host: '#floor', svg: 'svg.map', path: 'path.region', count: mapPaths, tags: [] } },
    'all-script': { label: 'all 9 elements, script', url: '/pages/all-script.html', probe: mapProbe(mapPaths, ALL_TAGS), interactions: 'faq' },
    'all-static': { label: 'all 9 elements, static', url: '/pages/all-static.html', probe: mapProbe(mapPaths, ALL_TAGS) },
  };
}

const withTimeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no result in ${ms / 1000} s`)), ms))]);
const frames = (page, n = 2) => page.evaluate((k) => new Promise((r) => {
  const step = () => (k-- <= 0 ? r() : requestAnimationFrame(step));
  step();
}), n);

/** Interactions whose result frame had no presentation time (the main-thread end was used). */
const fallbacks = [];

/**
 * One interaction: arm the probe, act, wait for the frame that shows the result. Gives `name` (ms to
 * that frame on screen) and `nameMain` (ms to the end of its main-thread work: the rest is raster,
 * compositing and presentation).
 */
async function interaction(page, name, startType, kind, arg, act) {
  await page.evaluate((s, k, a, t) => window.__bench.arm(s, k, a, t), startType, kind, arg, INTERACTION_TIMEOUT_MS);
  await act();
  const r = await withTimeout(page.evaluate(() => window.__bench.pending), INTERACTION_TIMEOUT_MS + 5000, kind);
  if (r.fallback) fallbacks.push(kind);
  if (r.timeout) return { [name]: null, [`${name}Main`]: null };
  return { [name]: r.ms, [`${name}Main`]: r.main === null ? null : r.main - r.start };
}

async function mapInteractions(page) {
  const clickOn = async (label, code, name) => {
    const at = await page.evaluate(pointIn, code);
    if (!at) throw new Error(`no point inside ${code} hits it`);
    await page.mouse.move(at.x, at.y);
    await frames(page, 2); // the tooltip from the move is drawn before the click
    return interaction(page, label, 'pointerdown', 'panel', name, async () => {
      await page.mouse.down();
      await page.mouse.up();
    });
  };
  const first = await clickOn('firstClick', 'US-TX', 'Texas');
  const later = await clickOn('laterClick', 'US-CA', 'California');
  // Arrow key: focus Texas on the map, then ArrowRight.
  await page.evaluate(() => document.querySelector('kratom-law-map').shadowRoot.querySelector('.target[data-code="US-TX"]').focus());
  await frames(page, 2);
  const arrow = await interaction(page, 'arrow', 'keydown', 'focus', 'US-TX', () => page.keyboard.press('ArrowRight'));
  return { ...first, ...later, ...arrow };
}

async function faqInteraction(page) {
  const before = await page.evaluate(() => {
    const root = document.querySelector('kratom-faq').shadowRoot;
    root.querySelector('#search').focus();
    return root.querySelectorAll('.list .item').length;
  });
  await frames(page, 2);
  // "7" (as in 7-OH) leaves 13 of the 20 built-in questions.
  return interaction(page, 'faqKey', 'keydown', 'faq', before, () => page.keyboard.press('7'));
}

// A fresh browser context and tab for each load. Opening a tab starts a renderer process (~0.4 s here),
// so the next load's tab is opened, and set up for its case and CPU rate, while this one waits for its
// network to go quiet and is measured (memory, DOM): nothing timed runs meanwhile, and it is ready
// before this load's interactions start.
let nextSlot = null;
async function openSlot(browser, kase, cpu) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateCPUThrottling(cpu > 1 ? cpu : null);
  await page.evaluateOnNewDocument(installProbe, kase.probe);
  return { context, page, kase, cpu };
}
async function takeSlot(browser, kase, cpu) {
  const slot = nextSlot ? await nextSlot.catch(() => null) : null;
  nextSlot = null;
  if (slot && slot.kase === kase && slot.cpu === cpu) return slot;
  await slot?.context.close();
  return openSlot(browser, kase, cpu);
}
const prepareSlot = (browser, next) => (next ? (nextSlot ??= openSlot(browser, next.kase, next.cpu)) : Promise.resolve());
async function dropSlot() {
  const slot = nextSlot ? await nextSlot.catch(() => null) : null;
  nextSlot = null;
  await slot?.context.close();
}

/** One cold load of a case at a CPU rate, in a fresh browser context. */
async function load(browser, origin, kase, cpu, { interact = true, next = null } = {}) {
  const { context, page } = await takeSlot(browser, kase, cpu);
  const errors = [];
  const fetched = [];
  let phase = 'load';
  // Requests in flight and the time of the last one's start or end: the load is over once none has
  // been in flight for IDLE_MS (puppeteer's waitForNetworkIdle would always wait IDLE_MS more).
  let inflight = 0;
  let lastActivity = Date.now();
  const activity = (d) => {
    inflight += d;
    lastActivity = Date.now();
  };
  const counted = (r) => /^https?:/.test(r.url());
  page.on('request', (r) => counted(r) && activity(1));
  page.on('requestfailed', (r) => {
    if (counted(r)) activity(-1);
    errors.push(`failed ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  page.on('requestfinished', (r) => {
    if (counted(r)) activity(-1);
    const u = new URL(r.url());
    if (u.origin === origin) fetched.push({ path: u.pathname, phase });
  });
  const idle = async () => {
    for (const until = Date.now() + LOAD_TIMEOUT_MS; Date.now() < until; ) {
      const quiet = Date.now() - lastActivity;
      if (inflight <= 0 && quiet >= IDLE_MS) return;
      await new Promise((r) => setTimeout(r, Math.max(20, IDLE_MS - quiet)));
    }
    throw new Error(`${kase.label}: requests still in flight after ${LOAD_TIMEOUT_MS / 1000} s`);
  };
  const t0 = Date.now();
  try {
    const cdp = await page.createCDPSession();
    await page.goto(origin + kase.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await withTimeout(page.evaluate(() => window.__bench.ready), LOAD_TIMEOUT_MS, `${kase.label}: paint`);
    const tReady = Date.now();
    const spawning = prepareSlot(browser, next).catch(() => null);
    await idle();
    const probe = await page.evaluate(readProbe);
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await page.metrics();
    const dom = await page.evaluate(domCounts, kase.probe.host === '#floor' ? '#floor' : 'kratom-law-map');
    const calib = (await page.evaluate(calibrate)).ms;
    const loaded = fetched.filter((f) => f.phase === 'load').map((f) => f.path);
    const bytes = loaded.map(sizesOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    await spawning;
    const tMeasured = Date.now();
    phase = 'interactions';
    let interactions = {};
    if (interact && kase.interactions === 'map') interactions = await mapInteractions(page);
    if (interact && kase.interactions === 'faq') interactions = await faqInteraction(page);
    const later = fetched.filter((f) => f.phase === 'interactions').map((f) => f.path);
    const tEnd = Date.now();
    return {
      paint: probe.paths,
      drawn: probe.drawn,
      fcp: probe.fcp,
      lcp: probe.lcp,
      pathsAt: probe.pathsAt,
      pathsMain: probe.pathsMain,
      drawnMain: probe.drawnMain,
      // true when no presentation time came for the marker and the frame's main-thread end was used
      fallback: !!(probe.pathsFallback || probe.drawnFallback),
      heap: metrics.JSHeapUsedSize,
      // Main-thread time from the start of the page to the end of the load (CDP Performance metrics, ms).
      mainThread: {
        task: metrics.TaskDuration * 1000,
        script: metrics.ScriptDuration * 1000,
        layout: metrics.LayoutDuration * 1000,
        style: metrics.RecalcStyleDuration * 1000,
      },
      nodes: dom.page.nodes,
      elements: dom.page.elements,
      shadowRoots: dom.page.shadowRoots,
      hostNodes: dom.host?.nodes ?? null,
      hostElements: dom.host?.elements ?? null,
      calib,
      requests: loaded.length,
      ...bytes,
      files: loaded,
      interactionRequests: later,
      ...interactions,
      errors,
      // How long the harness spent (wall clock, ms): up to paint, waiting for the network, measuring, interacting.
      harness: { ready: tReady - t0, measured: tMeasured - t0, end: tEnd - t0 },
    };
  } finally {
    await context.close();
  }
}

// ---- run ----
const results = {};
let chromium = '';
let CASES = {};
if (cases.length > 0) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 120_000,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run',
      '--disable-extensions', '--disable-component-update', '--disable-default-apps', '--disable-sync', '--mute-audio',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
  try {
    chromium = await browser.version();
    // The floor page: the map's SVG as the script-tag file draws it, serialised once.
    log(`serialising the map's SVG for the floor page… [${secs()}]`);
    {
      const { context, page } = await openSlot(browser, { probe: mapProbe(1) }, 1);
      await page.goto(`${origin}/pages/map-script.html`, { waitUntil: 'load' });
      await withTimeout(page.evaluate(() => window.__bench.ready), LOAD_TIMEOUT_MS, 'the map for the floor page (is dist/ built and working?)');
      const floor = await page.evaluate(serializeMap);
      await context.close();
      pages.set('/pages/floor.html', pageShell('bench: floor, the map SVG as static HTML', '', `<div id="floor"><template shadowrootmode="open"><style>${floor.css}</style>${floor.html}</template></div>`));
      CASES = caseTable(floor.paths);
      report.mapPaths = floor.paths;
      report.d3Paths = d3Paths;
    }
    mkdirSync(path.join(SNAP, 'pages'), { recursive: true });
    for (const [p, html] of pages) if (p.startsWith('/pages/')) writeFileSync(path.join(SNAP, p), html);
    report.pageBytes = Object.fromEntries(['/pages/floor.html', '/pages/all-static.html'].filter((p) => pages.has(p)).map((p) => [p, sizesOf(p)]));

    const plan = [];
    for (let rep = 0; rep < REPS; rep++) {
      for (const cpu of CPUS) {
        const k = rep % cases.length;
        for (const name of [...cases.slice(k), ...cases.slice(0, k)]) plan.push({ rep, cpu, name });
      }
    }
    // One warm-up load per case (discarded): checks each page works and warms the browser.
    log(`warm-up: one load per case… [${secs()}]`);
    for (const name of cases) {
      const t = Date.now();
      const i = cases.indexOf(name);
      const r = await load(browser, origin, CASES[name], 1, { next: { kase: CASES[cases[i + 1] ?? plan[0].name], cpu: i + 1 < cases.length ? 1 : plan[0].cpu } });
      if (r.errors.length) throw new Error(`${name} warm-up: ${r.errors.join('; ')} (was dist/ being rebuilt while it was copied? run again)`);
      log(`  ${name.padEnd(11)} paint ${r.paint.toFixed(0)} ms (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }

    for (const name of cases) results[name] = Object.fromEntries(CPUS.map((c) => [c, []]));
    log(`${plan.length} loads (${cases.length} cases × ${CPUS.length} CPU rates × ${REPS} reps)… [${secs()}]`);
    let done = 0;
    const loopStart = Date.now();
    for (const [index, job] of plan.entries()) {
      let r = null;
      const following = plan[index + 1];
      const next = following && { kase: CASES[following.name], cpu: following.cpu };
      for (let attempt = 1; attempt <= 2 && !r; attempt++) {
        try {
          r = await load(browser, origin, CASES[job.name], job.cpu, { next });
        } catch (e) {
          log(`  ${job.name} ${job.cpu}× rep ${job.rep + 1}, attempt ${attempt}: ${e.message.split('\n')[0]}`);
          if (attempt === 2) notes.push(`${job.name} ${job.cpu}× rep ${job.rep + 1} failed: ${e.message.split('\n')[0]}`);
        }
      }
      results[job.name][job.cpu][job.rep] = r ? { at: Math.round((Date.now() - started) / 1000), ...r } : { failed: true };
      done++;
      if (r?.errors.length) notes.push(`${job.name} ${job.cpu}× rep ${job.rep + 1}: ${r.errors.join('; ')}`);
      const eta = ((Date.now() - loopStart) / done) * (plan.length - done);
      log(`[${done}/${plan.length}] ${job.name.padEnd(11)} ${job.cpu}×  paint ${r ? r.paint.toFixed(0).padStart(5) : ' fail'} ms` +
        (r?.firstClick !== undefined ? `  clicks ${r.firstClick?.toFixed(0)}/${r.laterClick?.toFixed(0)} ms  arrow ${r.arrow?.toFixed(0)} ms` : '') +
        (r?.faqKey !== undefined ? `  faq key ${r.faqKey?.toFixed(0)} ms` : '') +
        `  (eta ${(eta / 1000).toFixed(0)} s)`);
    }
  } finally {
    await dropSlot().catch(() => undefined);
    await browser.close();
    server.close();
  }
}

// ---- sizes, layout shift, requests: the existing scripts, run on the snapshot ----
// None of them times anything, so they run side by side, after the timed loads. size-report.mjs works
// on dist/ in its working directory; bench-cls.mjs and bench-requests.mjs serve the repository they sit
// in, so a copy of each goes into the snapshot (its node_modules is the repository's).
function run(script, extra, { copy }) {
  let file = path.join(ROOT, 'scripts', script);
  if (copy) {
    mkdirSync(path.join(SNAP, 'scripts'), { recursive: true });
    cpSync(file, path.join(SNAP, 'scripts', script));
    file = path.join(SNAP, 'scripts', script);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...extra], { cwd: SNAP, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      if (status !== 0) notes.push(`${script}: exit ${status}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
      resolve(stdout.trim());
    });
  });
}
const readJson = (file) => (existsSync(path.join(SNAP, file)) ? JSON.parse(readFileSync(path.join(SNAP, file), 'utf8')) : null);
const clsArgs = [`--reps=${CLS_REPS}`, ...(CLS_PAGES === 'every' ? [] : [`--only=${CLS_PAGES}`])];
const jobs = [];
if (runPart('sizes')) jobs.push('sizes (size-report.mjs)');
if (runPart('cls')) jobs.push(`layout shift (bench-cls.mjs ${clsArgs.join(' ')})`);
if (runPart('requests')) jobs.push('requests (bench-requests.mjs)');
if (jobs.length) log(`${jobs.join(', ')}, side by side… [${secs()}]`);
const [sizeText, clsText, requestsText] = await Promise.all([
  runPart('sizes') ? run('size-report.mjs', [], { copy: false }) : '',
  runPart('cls') ? run('bench-cls.mjs', clsArgs, { copy: true }) : '',
  runPart('requests') ? run('bench-requests.mjs', [], { copy: true }) : '',
]);
const sizeRows = runPart('sizes') ? readJson('dist/size-report.json') : null;
if (sizeRows) report.sizes = sizeRows;
if (runPart('cls')) report.cls = readJson('dist/bench-cls.json');
if (runPart('requests')) report.requests = readJson('dist/bench-requests.json');

if (fallbacks.length) notes.push(`${fallbacks.length} interaction(s) got no presentation time; the frame's main-thread end was used (${[...new Set(fallbacks)].join(', ')})`);
{
  const fell = Object.entries(results).flatMap(([name, byCpu]) => Object.entries(byCpu).flatMap(([cpu, runs]) => runs.filter((r) => r?.fallback).map(() => `${name} ${cpu}×`)));
  if (fell.length) notes.push(`${fell.length} load(s) got no presentation time for paint or drawn; the frame's main-thread end was used (${[...new Set(fell)].join(', ')})`);
}

// ---- summaries ----
const METRICS = ['paint', 'drawn', 'pathsMain', 'drawnMain', 'fcp', 'lcp', 'heap', 'nodes', 'elements', 'hostNodes', 'calib', 'requests', 'raw', 'gzip', 'brotli', 'firstClick', 'laterClick', 'arrow', 'faqKey', 'firstClickMain', 'laterClickMain', 'arrowMain', 'faqKeyMain'];
const values = (name, cpu, key) => (results[name]?.[cpu] ?? []).map((r) => (r && !r.failed ? (key.includes('.') ? key.split('.').reduce((o, k) => o?.[k], r) : r[key]) : null));
const summaries = {};
for (const name of Object.keys(results)) {
  summaries[name] = {};
  for (const cpu of CPUS) {
    summaries[name][cpu] = Object.fromEntries(METRICS.map((k) => [k, summary(values(name, cpu, k).map((v) => v ?? NaN))]));
    for (const k of ['task', 'script', 'layout', 'style']) summaries[name][cpu][`mainThread.${k}`] = summary(values(name, cpu, `mainThread.${k}`).map((v) => v ?? NaN));
  }
}
const RATIOS = [
  ['map paint ÷ floor', 'map-script', 'paint', 'floor', 'paint'],
  ['map paint ÷ d3 peer', 'map-script', 'paint', 'd3', 'paint'],
  ['d3 peer ÷ floor', 'd3', 'paint', 'floor', 'paint'],
  ['autoloader map ÷ floor', 'map-loader', 'paint', 'floor', 'paint'],
  ['app-bundle map ÷ floor', 'map-app', 'paint', 'floor', 'paint'],
  ['app-bundle map ÷ d3 peer', 'map-app', 'paint', 'd3', 'paint'],
  ['all 9 elements ÷ static HTML (drawn)', 'all-script', 'drawn', 'all-static', 'drawn'],
  ['all 9 elements ÷ static HTML (map paint)', 'all-script', 'paint', 'all-static', 'paint'],
  ['first click ÷ later click (script-tag map)', 'map-script', 'firstClick', 'map-script', 'laterClick'],
];
const ratios = {};
for (const [label, a, ka, b, kb] of RATIOS) {
  if (!results[a] || !results[b]) continue;
  ratios[label] = Object.fromEntries(CPUS.map((cpu) => [cpu, pairedRatio(values(a, cpu, ka), values(b, cpu, kb))]));
}
report.chromium = chromium;
report.snapshot = { lockedCopy: snap.locked, waitedMs: snap.waitedMs };
report.cases = Object.fromEntries(Object.entries(results).map(([name, byCpu]) => [name, { label: CASES[name]?.label, url: CASES[name]?.url, summary: summaries[name], runs: byCpu }]));
report.ratios = ratios;

// ---- print ----
const cpuCols = CPUS.map((c) => `${c}× CPU`);
const out = [];
const S = (name, cpu, key, digits = 0) => fmtSummary(summaries[name]?.[cpu]?.[key], digits);
if (Object.keys(ratios).length) {
  out.push(`Headline: per-rep ratios, median (quartiles) of ${REPS} interleaved reps`, '');
  out.push(table(['ratio', ...cpuCols], Object.entries(ratios).map(([label, byCpu]) => [label, ...CPUS.map((c) => fmtSummary(byCpu[c], 2))])), '');
}
if (Object.keys(results).length) {
  out.push(`Cold load, ms from navigation start to the frame on screen, median (quartiles); paint = the map with all its paths, drawn = every element drawn`, '');
  out.push(table(['case', 'cpu', 'paint', 'drawn', 'FCP', 'LCP', 'requests', 'brotli'], Object.keys(results).flatMap((name) =>
    CPUS.map((cpu) => [CASES[name].label, `${cpu}×`, S(name, cpu, 'paint'), S(name, cpu, 'drawn'), S(name, cpu, 'fcp'), S(name, cpu, 'lcp'),
      String(summaries[name][cpu].requests.median ?? '–'), kB(summaries[name][cpu].brotli.median)]))), '');
  out.push('Memory and DOM once loaded (median); main-thread ms to the end of the load: task (script / layout / style)', '');
  out.push(table(['case', 'cpu', 'JS heap', 'DOM nodes', 'elements', 'map root nodes', 'main thread', 'calib'], Object.keys(results).flatMap((name) =>
    CPUS.map((cpu) => {
      const s = summaries[name][cpu];
      const m = (k) => s[`mainThread.${k}`].median?.toFixed(0) ?? '–';
      return [CASES[name].label, `${cpu}×`, MB(s.heap.median), String(s.nodes.median ?? '–'), String(s.elements.median ?? '–'), String(s.hostNodes.median ?? '–'),
        `${m('task')} (${m('script')} / ${m('layout')} / ${m('style')})`, s.calib.median?.toFixed(1) ?? '–'];
    }))), '');
  const withInteractions = Object.keys(results).filter((n) => CASES[n].interactions);
  if (withInteractions.length) {
    out.push('Interactions, ms from the input event to the frame showing the result on screen, median (quartiles) [median when its main-thread work was done]', '');
    const cell = (name, cpu, k) => {
      const main = summaries[name][cpu][`${k}Main`].median;
      return S(name, cpu, k) + (main === null ? '' : ` [${main.toFixed(0)}]`);
    };
    out.push(table(['case', 'cpu', 'first click → panel', 'later click → panel', 'arrow → focus', 'FAQ key → filtered'], withInteractions.flatMap((name) =>
      CPUS.map((cpu) => [CASES[name].label, `${cpu}×`, ...['firstClick', 'laterClick', 'arrow', 'faqKey'].map((k) => cell(name, cpu, k))]))), '');
  }
}
if (sizeRows) {
  const key = ['dist/cdn/kratom-widgets.js', 'dist/cdn/kratom-widgets-loader.js', 'kratom-law-map + Lit', 'kratom-law-map + Lit, interactive', 'page: every element via loader'];
  out.push('Sizes, key rows (full table at the end, and in reports/bench.json)', '');
  out.push(table(['file', 'raw', 'gzip', 'brotli'], sizeRows.filter((r) => key.includes(r.name)).map((r) => [r.name, kB(r.raw), kB(r.gzip), kB(r.brotli)])), '');
}
if (clsText) out.push(clsText, '');
if (requestsText) out.push(requestsText, '');
if (sizeText) out.push(sizeText, '');
if (notes.length) out.push(...notes.map((n) => `note: ${n}`), '');
const seconds = (Date.now() - started) / 1000;
report.seconds = seconds;
out.push(`${chromium || 'no browser run'}; ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${seconds.toFixed(0)} s in all`);
console.log(out.join('\n'));

mkdirSync(path.dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
log(`wrote ${path.relative(ROOT, OUT_FILE)}`);
if (args.keep) log(`kept ${SNAP}`);
