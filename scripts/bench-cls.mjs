// Measures Cumulative Layout Shift when the script-tag build (dist/cdn/kratom-widgets.js) arrives LATE.
// Why: site owners paste the script tag anywhere (often at the end of the body, or via a tag manager), so
// the elements first paint as empty unknown tags and only grow when the script runs; anything below them
// jumps. This puts a number on that jump for every element, with and without the "reserve" stylesheet
// (dist/cdn/kratom-widgets.css, when it exists).
// How: a tiny loopback static server serves the repository plus generated test pages (text above, the
// element, a long paragraph below; no script). Headless Chromium loads a page, waits for paint + 1000 ms,
// then adds <script type="module" src="/dist/cdn/kratom-widgets.js">, waits for the elements to finish
// rendering, and reads the layout-shift entries collected by a PerformanceObserver installed before load.
// usage: node scripts/bench-cls.mjs [--only=<page>[,<page>…]] [--reps=N] [--jobs=N] [--css=<path from repo root>]
//   pages: sanity (a 300 px div inserted late; checks the measurement), map, lookup, badge, shipping,
//   group-card, group-list, faq, disclaimer, updates, all. --css defaults to dist/cdn/kratom-widgets.css
//   (the "+ css" columns are skipped when it is missing). Output: a table on stdout, dist/bench-cls.json.
import http from 'node:http';
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_URL = '/dist/cdn/kratom-widgets.js';
const OUT_FILE = path.join(ROOT, 'dist/bench-cls.json');
const VIEWPORTS = [
  { label: '390 px', width: 390, height: 844 },
  { label: '1200 px', width: 1200, height: 900 },
];
const PAINT_WAIT_MS = 1000; // script arrives this long after the page has painted
const IDLE_MS = 800; // quiet time (no network, no layout shift) before reading the result
const CASE_TIMEOUT_MS = 20000;

const ELEMENTS = {
  map: '<kratom-law-map></kratom-law-map>',
  lookup: '<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>',
  badge: '<kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>',
  shipping: '<kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>',
  'group-card': '<advocacy-group-card group="aka"></advocacy-group-card>',
  'group-list': '<advocacy-group-list></advocacy-group-list>',
  faq: '<kratom-faq></kratom-faq>',
  disclaimer: '<kratom-disclaimer></kratom-disclaimer>',
  updates: '<kratom-law-updates></kratom-law-updates>',
};

// ---- arguments ----
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      console.error(`unknown argument ${a}\nusage: node scripts/bench-cls.mjs [--only=<page>] [--reps=N] [--jobs=N] [--css=<path>]`);
      process.exit(2);
    }
    return [m[1], m[2] ?? 'true'];
  }),
);
const CSS_URL = '/' + (args.css ?? 'dist/cdn/kratom-widgets.css').replace(/^\/+/, '');
const CSS_FILE = path.join(ROOT, CSS_URL);
const REPS = Math.max(1, Number(args.reps ?? 3) | 0);
const JOBS = Math.max(1, Number(args.jobs ?? 2) | 0); // pages measured at once (same numbers as 1, in ~60% of the time)
const ALL_PAGES = ['sanity', ...Object.keys(ELEMENTS), 'all'];
const pages = args.only ? args.only.split(',') : ALL_PAGES;
for (const p of pages) {
  if (!ALL_PAGES.includes(p)) {
    console.error(`unknown page "${p}"; one of: ${ALL_PAGES.join(', ')}`);
    process.exit(2);
  }
}

// ---- test pages ----
const ABOVE = `<h1>Kratom laws where you live</h1>
<p id="above">Our shop ships to most of the United States and Canada. Before you order, check the rules where you
live: some states and cities ban kratom outright, others set an age limit or require labels.</p>`;
const BELOW = `<p id="below">Laws change often, and a county or city can be stricter than its state. We review the rules
every month and stop shipping to places where kratom becomes illegal, but we cannot follow every local council
meeting. If you are unsure, call your city clerk or a local advocacy group before you order. Orders sent to a place
where kratom is banned are refunded, less shipping. Nothing on this page is legal or medical advice: it is general
information, gathered from public sources, and it may be out of date by the time you read it. Kratom is not
approved by the FDA for any use. Keep it out of reach of children and pets, and talk to a doctor before using it,
especially if you take other medicines, are pregnant or breastfeeding. Thank you for shopping with us, and for
supporting the people who keep access to kratom legal in your state.</p>
<p>Questions? Write to us at the address at the foot of the page.</p>`;

function pageHtml(name, withCss) {
  let body;
  if (name === 'sanity') body = `${ABOVE}\n<div id="slot"></div>\n${BELOW}`;
  else if (name === 'all') {
    body = `${ABOVE}\n${Object.entries(ELEMENTS)
      .map(([n, tag]) => `<h2>${n}</h2>\n${tag}`)
      .join('\n')}\n${BELOW}`;
  } else body = `${ABOVE}\n${ELEMENTS[name]}\n${BELOW}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS bench: ${name}</title><link rel="icon" href="data:,">
<style>body{max-width:960px;margin:0 auto;padding:16px;font:16px/1.5 system-ui,sans-serif}</style>
${withCss ? `<link rel="stylesheet" href="${CSS_URL}">` : ''}
</head><body>
${body}
</body></html>`;
}
// The sanity "script": inserts a 300 px block above the text, like a widget with no reserved space would.
const SANITY_JS = `const d = document.createElement('div'); d.style.height = '300px'; d.style.background = '#ccc';
document.getElementById('slot').append(d);`;

// ---- static server ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    let m;
    if ((m = /^\/bench\/([\w-]+)\.html$/.exec(url.pathname)) && ALL_PAGES.includes(m[1])) {
      return send(200, TYPES['.html'], pageHtml(m[1], url.searchParams.has('css')));
    }
    if (url.pathname === '/bench/sanity.js') return send(200, TYPES['.js'], SANITY_JS);
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT + path.sep)) return send(403, 'text/plain', 'forbidden');
    if (!(await stat(file)).isFile()) return send(404, 'text/plain', 'not found');
    send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(404, 'text/plain', 'not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---- in-page code ----
// Installed before any page script: collects layout shifts (not after input) with their sources.
function installObserver() {
  window.__shifts = [];
  const describe = (n) => {
    if (!n) return null;
    const el = n.nodeType === 1 ? n : n.parentElement;
    const root = n.getRootNode();
    const own = el ? el.localName + (el.id ? '#' + el.id : '') : '#text';
    return root instanceof ShadowRoot ? `${root.host.localName} > ${own}` : own;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({
        t: e.startTime,
        value: e.value,
        sources: (e.sources || []).map((s) => ({
          node: describe(s.node),
          before: { y: s.previousRect.y, h: s.previousRect.height },
          after: { y: s.currentRect.y, h: s.currentRect.height },
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

// Positions of the test content (document coordinates).
function measureLayout() {
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), height: Math.round(r.height) };
  };
  const els = {};
  for (const el of document.body.children) {
    if (el.localName.includes('-') || el.id === 'slot') els[el.localName === 'div' ? 'slot' : el.localName] = rect(el);
  }
  return { below: rect(document.getElementById('below')), elements: els };
}

// Resolves once every custom element on the page (also inside shadow roots) has no update pending.
async function settleElements(tags) {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  for (let i = 0; i < 10; i++) {
    const els = all(document).filter((el) => el.updateComplete);
    const done = await Promise.all(els.map((el) => el.updateComplete));
    if (done.every(Boolean)) break;
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

// ---- measurement ----
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// web-vitals session windows: shifts less than 1 s apart, a window at most 5 s long; CLS is the largest.
function sessionWindowMax(shifts) {
  let max = 0, cur = 0, first = -Infinity, last = -Infinity;
  for (const s of shifts) {
    if (s.t - last < 1000 && s.t - first < 5000) cur += s.value;
    else {
      cur = s.value;
      first = s.t;
    }
    last = s.t;
    max = Math.max(max, cur);
  }
  return max;
}

async function runCase(browser, name, vp, withCss) {
  const context = await browser.createBrowserContext(); // fresh cache and storage per run
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  try {
    await page.setViewport({ width: vp.width, height: vp.height, deviceScaleFactor: 1, isMobile: false });
    await page.evaluateOnNewDocument(installObserver);
    await page.goto(`${ORIGIN}/bench/${name}.html${withCss ? '?css' : ''}`, { waitUntil: 'load', timeout: CASE_TIMEOUT_MS });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await sleep(PAINT_WAIT_MS);
    const before = await page.evaluate(measureLayout);
    const t0 = await page.evaluate(() => performance.now());
    const tags = name === 'sanity' ? [] : [...new Set((name === 'all' ? Object.values(ELEMENTS) : [ELEMENTS[name]]).map((h) => /<([\w-]+)/.exec(h)[1]))];
    const idle = page.waitForNetworkIdle({ idleTime: IDLE_MS, timeout: CASE_TIMEOUT_MS });
    await page.addScriptTag({ url: name === 'sanity' ? '/bench/sanity.js' : SCRIPT_URL, type: 'module' });
    await page.evaluate(settleElements, tags);
    await idle;
    await page.evaluate(settleElements, tags);
    // Wait until no layout shift for IDLE_MS (chunks that arrive late can still re-render).
    for (const start = Date.now(); Date.now() - start < CASE_TIMEOUT_MS; ) {
      const quiet = await page.evaluate(() => performance.now() - (window.__shifts.at(-1)?.t ?? 0));
      if (quiet >= IDLE_MS) break;
      await sleep(IDLE_MS - quiet + 20);
    }
    const after = await page.evaluate(measureLayout);
    const shifts = await page.evaluate(() => window.__shifts);
    const late = shifts.filter((s) => s.t >= t0);
    return {
      cls: shifts.reduce((a, s) => a + s.value, 0),
      sessionMax: sessionWindowMax(shifts),
      shiftsBeforeScript: shifts.length - late.length,
      shifts,
      before,
      after,
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- main ----
if (!existsSync(path.join(ROOT, SCRIPT_URL))) {
  console.error(`${SCRIPT_URL} is missing: run npm run build first`);
  process.exit(1);
}
const hasCss = existsSync(CSS_FILE);
const notes = [];
if (!hasCss) notes.push(`${CSS_URL.slice(1)} not found: the "+ css" variant was skipped`);
const variants = [false, ...(hasCss ? [true] : [])];
const columns = variants.flatMap((css) => VIEWPORTS.map((vp) => ({ vp, css, label: vp.label + (css ? ' + css' : '') })));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-extensions'],
});
const started = Date.now();
const results = {};
let chromium = '';
try {
  const queue = [];
  for (const name of pages) {
    results[name] = {};
    for (const col of columns) {
      if (name === 'sanity' && col.css) continue; // the stylesheet cannot matter there
      results[name][col.label] = { runs: [] };
      const reps = name === 'sanity' ? 1 : REPS;
      for (let i = 0; i < reps; i++) queue.push({ name, col });
    }
  }
  let done = 0;
  const worker = async () => {
    for (let job; (job = queue.shift()); ) {
      let r;
      for (let attempt = 1; ; attempt++) {
        try {
          r = await runCase(browser, job.name, job.col.vp, job.col.css);
          break;
        } catch (e) {
          if (attempt >= 2) throw e;
          console.error(`  retrying ${job.name} ${job.col.label}: ${e.message}`);
        }
      }
      results[job.name][job.col.label].runs.push(r);
      done++;
      console.error(
        `[${done}] ${job.name.padEnd(10)} ${job.col.label.padEnd(13)} cls ${r.cls.toFixed(3)}` +
          (r.errors.length ? `  errors: ${r.errors.join('; ')}` : ''),
      );
    }
  };
  await Promise.all(Array.from({ length: JOBS }, worker));
  chromium = await browser.version();
} finally {
  await browser.close();
  server.close();
}

// ---- report ----
const summary = {};
for (const [name, cols] of Object.entries(results)) {
  summary[name] = {};
  for (const [label, { runs }] of Object.entries(cols)) {
    const r0 = runs[0];
    const px = (r) => r.after.below.top - r.before.below.top;
    summary[name][label] = {
      cls: median(runs.map((r) => r.cls)),
      sessionMax: median(runs.map((r) => r.sessionMax)),
      belowShiftPx: median(runs.map(px)),
      elements: Object.fromEntries(
        Object.keys(r0.after.elements).map((k) => [k, { heightBefore: r0.before.elements[k]?.height ?? null, heightAfter: r0.after.elements[k].height }]),
      ),
      runs: runs.map((r) => ({ cls: r.cls, sessionMax: r.sessionMax, shiftsBeforeScript: r.shiftsBeforeScript, belowShiftPx: px(r), errors: r.errors })),
      shifts: r0.shifts, // sources of the first run's shifts
    };
  }
}
if (summary.sanity && Object.values(summary.sanity).some((c) => c.cls === 0)) {
  notes.push('SANITY FAILED: a 300 px div inserted late gave CLS 0, so the measurement is broken');
}
for (const [name, cols] of Object.entries(summary)) {
  for (const [label, c] of Object.entries(cols)) {
    if (c.runs.some((r) => r.shiftsBeforeScript)) notes.push(`${name} ${label}: layout shifts before the script was added`);
    if (c.runs.some((r) => r.errors.length)) notes.push(`${name} ${label}: page errors: ${[...new Set(c.runs.flatMap((r) => r.errors))].join('; ')}`);
  }
}

const cell = (c) => (c ? c.cls.toFixed(3) + (c.runs.some((r) => r.errors.length) ? ' !' : '') : '–');
const lines = [
  `CLS when ${SCRIPT_URL} is added ${PAINT_WAIT_MS} ms after first paint (median of ${REPS}; plain sum of layout-shift values)`,
  '',
  `| page | ${columns.map((c) => c.label).join(' | ')} |`,
  `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  ...Object.entries(summary).map(([name, cols]) => `| ${name} | ${columns.map((c) => cell(cols[c.label])).join(' | ')} |`),
  '',
  'Height of each element before → after the script, and how far the paragraph below moved (first run, px):',
  '',
  `| page | ${columns.map((c) => c.label).join(' | ')} |`,
  `| --- | ${columns.map(() => '---').join(' | ')} |`,
  ...Object.entries(summary).map(([name, cols]) => {
      const cells = columns.map((c) => {
        const s = cols[c.label];
        if (!s) return '–';
        const els = Object.values(s.elements);
        const sum = (k) => els.reduce((a, e) => a + (e[k] ?? 0), 0);
        return `${name === 'all' ? 'Σ ' : ''}${sum('heightBefore')} → ${sum('heightAfter')}, below +${s.belowShiftPx}`;
      });
      return `| ${name} | ${cells.join(' | ')} |`;
    }),
];
if (notes.some((n) => n.includes('page errors'))) notes.push('! = a run had page errors (a file changed or vanished mid-run, say): rerun');
if (notes.length) lines.push('', ...notes.map((n) => `note: ${n}`));
console.log(lines.join('\n'));

await mkdir(path.dirname(OUT_FILE), { recursive: true });
await writeFile(
  OUT_FILE,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      chromium,
      script: SCRIPT_URL,
      css: hasCss ? CSS_URL : null,
      reps: REPS,
      paintWaitMs: PAINT_WAIT_MS,
      idleMs: IDLE_MS,
      viewports: VIEWPORTS,
      notes,
      results: summary,
    },
    null,
    2,
  ) + '\n',
);
console.error(`wrote ${path.relative(ROOT, OUT_FILE)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
