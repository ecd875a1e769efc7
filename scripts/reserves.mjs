// Measures how tall every element is once fully drawn, at every container width, and writes the "reserve"
// stylesheet src/cdn/kratom-widgets.css: rules that hold that height before the script runs (`:not(:defined)`)
// and while an upgraded element waits for its first data (`:state(loading)`).
// Why: the script tag often arrives late (end of body, tag manager). Until it runs the elements are empty
// unknown tags of height 0, and everything below them jumps when they draw (layout shift, CLS). A reserve
// that needs no script has to be plain CSS, so each element's height is fitted as a function of its own
// width w that CSS can compute on a pseudo-element: `padding-top: calc(A% + Bem)` is A/100 * w + B * 1em,
// because percentage padding resolves against the width. The pseudo-element is a zero-width float in a
// flow-root box, so it acts as a minimum height: content drawn meanwhile does not add to it. Two pieces join with min()/max(), and a breakpoint
// (the map's tile grid under 480 px, say) is a selector term `calc((480px - 100%) * 10000)`, huge on one
// side of it and negative on the other. Constants are in em, so the reserve follows the page's font size.
// How: a loopback static server serves the repository; headless Chromium draws each case inside a block
// container (body{margin:0}, a typical site font: 16px/1.5 system-ui) whose width goes from 300 to 1400 px in 20 px
// steps (plus 390), waits until the element is fully drawn (whenDefined, updateComplete of every nested
// element, network idle, two frames), and reads getBoundingClientRect().height. Cases whose height depends
// on the place or group are drawn for every one of them and the median is fitted (the shipping notice's
// destinations are also split into 4 height classes, each fitted and listed in its own rule, with the median
// rule as the fallback for any other value). Then it checks the
// stylesheet: with it in the page and no script, the undefined element's height at 390 and 1200 px is
// compared with the drawn one; and, with the chunks and data served slowly, it records every height the
// element takes between the script's arrival and its final drawing (a pending state that differs from the
// final one is a shift the stylesheet cannot prevent).
// usage: node scripts/reserves.mjs [--only=<case>[,<case>…]] [--refit] [--no-verify] [--font=<family or shorthand>]
//   --only measures again only those cases and keeps the others' last measurements from dist/reserves.json;
//   --refit measures nothing (fits the last measurements again; the check still runs); --no-verify skips the check.
//   --font sets the page's font-family, or its font shorthand when it has a size ("16px/1.5 system-ui, sans-serif",
//   as bench-cls.mjs uses). Default: "16px/1.5 system-ui, sans-serif", a typical site's text.
// Output: src/cdn/kratom-widgets.css, dist/reserves.json, and the tables on stdout.
import http from 'node:http';
import { readFile, stat, writeFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_URL = '/dist/cdn/kratom-widgets.js';
const CSS_OUT = path.join(ROOT, 'src/cdn/kratom-widgets.css');
const JSON_OUT = path.join(ROOT, 'dist/reserves.json');
const EM = 16; // the page font size the fits assume (the browser default)
const WIDTHS = [...Array.from({ length: 56 }, (_, i) => 300 + 20 * i), 390].sort((a, b) => a - b);
const CHECK_WIDTHS = [390, 1200]; // where the error must stay under LIMIT
const LIMIT = 0.02;
const OVER_WEIGHT = 1.5; // an over-reserve counts this much more than an under-reserve of the same size
const SLOW_MS = 400; // verify: extra delay on every chunk and data file, so pending states show
const TIMEOUT_MS = 30000;

// ---- what to measure ----
const read = async (p) => readFile(path.join(ROOT, p), 'utf8');
const briefsSource = await read('src/generated/jurisdiction-briefs.ts');
const BRIEF_ROWS = JSON.parse(/const TABLE = (".*?");/s.exec(briefsSource)[1])
  .split('\n')
  .map((row) => row.split('|'));
const CODES = BRIEF_ROWS.map((row) => row[0]);
const STATUS = Object.fromEntries(BRIEF_ROWS.map((row) => [row[0], row[2]]));
const GROUPS = JSON.parse(await read('src/data/groups.json')).groups.map((g) => g.id);

// id: case name; tag: the element (the @container breakpoints in src/elements/<tag>/ are tried as the
// breakpoint of a two-piece formula); selector: the CSS selector (before :not(:defined)); variants: one
// attribute string per element drawn (with several, their median height is fitted); classes (optional): the
// variants are also split into that many height classes, each with its own rule after the median one, whose
// selector lists the class's values of attr (see heightClasses).
const one = (attrs = '') => [attrs];
const CASES = [
  { id: 'map', tag: 'kratom-law-map', selector: 'kratom-law-map', variants: one(), note: 'view auto, region us' },
  { id: 'map-ca', tag: 'kratom-law-map', selector: 'kratom-law-map[region="ca"]', variants: one('region="ca"') },
  { id: 'map-na', tag: 'kratom-law-map', selector: 'kratom-law-map[region="na"]', variants: one('region="na"') },
  { id: 'map-table', tag: 'kratom-law-map', selector: 'kratom-law-map[view="table"]', variants: one('view="table"'), note: 'region us' },
  { id: 'map-no-legend', tag: 'kratom-law-map', selector: 'kratom-law-map[no-legend]', variants: one('no-legend'), note: 'view auto, region us' },
  { id: 'badge', tag: 'kratom-status-badge', selector: 'kratom-status-badge', inline: true, variants: CODES.map((c) => `jurisdiction="${c}"`), note: 'format short' },
  { id: 'disclaimer', tag: 'kratom-disclaimer', selector: 'kratom-disclaimer', variants: one(), note: 'variant full' },
  { id: 'disclaimer-short', tag: 'kratom-disclaimer', selector: 'kratom-disclaimer[variant="short"]', variants: one('variant="short"'), note: 'closed' },
  { id: 'lookup-empty', tag: 'kratom-law-lookup', selector: 'kratom-law-lookup', variants: one(), note: 'no jurisdiction: the prompt card' },
  {
    id: 'lookup',
    tag: 'kratom-law-lookup',
    selector: 'kratom-law-lookup[jurisdiction]:not([jurisdiction=""])',
    variants: CODES.map((c) => `jurisdiction="${c}"`),
    note: `median of ${CODES.length} places`,
  },
  {
    id: 'shipping',
    tag: 'kratom-shipping-notice',
    selector: 'kratom-shipping-notice[destination]:not([destination=""])',
    variants: CODES.map((c) => `destination="${c}"`),
    note: `median of ${CODES.length} places; without a destination it draws nothing`,
    classes: { count: 4, attr: 'destination' },
  },
  { id: 'group-card', tag: 'advocacy-group-card', selector: 'advocacy-group-card[group]', variants: GROUPS.map((g) => `group="${g}"`), note: `median of ${GROUPS.length} groups` },
  { id: 'group-list', tag: 'advocacy-group-list', selector: 'advocacy-group-list', variants: one() },
  { id: 'faq', tag: 'kratom-faq', selector: 'kratom-faq', variants: one(), note: 'all entries collapsed' },
  { id: 'updates', tag: 'kratom-law-updates', selector: 'kratom-law-updates', variants: one() },
];
const CASE_IDS = CASES.map((c) => c.id);

// ---- arguments ----
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m || !['only', 'no-verify', 'font', 'refit'].includes(m[1])) {
      console.error(`unknown argument ${a}\nusage: node scripts/reserves.mjs [--only=<case>[,<case>…]] [--refit] [--no-verify] [--font=<family or font shorthand>]\ncases: ${CASE_IDS.join(', ')}`);
      process.exit(2);
    }
    return [m[1], m[2] ?? 'true'];
  }),
);
const only = args.only ? args.only.split(',') : null;
for (const id of only ?? []) {
  if (!CASE_IDS.includes(id)) {
    console.error(`unknown case "${id}"; one of: ${CASE_IDS.join(', ')}`);
    process.exit(2);
  }
}
// A typical site's text: the reserve is for real pages, not the browser's bare default.
const FONT = args.font && args.font !== 'true' ? args.font : '16px/1.5 system-ui, sans-serif';
// Until the script defines the element, and while a defined one waits for its first data
// (the elements set the custom state "loading"): a zero-width float of the reserved height
// in a flow-root box acts as a minimum height, so content drawn meanwhile does not add to it.
// :is() forgives browsers that do not know :state() yet; they keep the first half.
// :not([hidden]): a hidden element (an inactive tab's map, say) stays hidden.
// :not([prerendered]): prerendered HTML (src/ssr/render.ts) has its height already.
const WAITING = ':is(:not(:defined), :state(loading)):not([hidden]):not([prerendered])';

// ---- breakpoints each element's styles declare (@container (min|max)-width: N em|px) ----
async function breakpointsOf(tag) {
  const dir = path.join(ROOT, 'src/elements', tag);
  const out = [];
  for (const f of await readdir(dir)) {
    if (!f.endsWith('.ts')) continue;
    const text = await readFile(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/@container\s*\(\s*(min|max)-width:\s*([\d.]+)(em|px)\s*\)/g)) {
      const n = Number(m[2]);
      // The width from which the wide side applies: min-width N at N, max-width N just above N.
      const px = m[3] === 'em' ? n * EM : n;
      const from = m[1] === 'min' ? px : Math.round((px + 0.02) * 100) / 100;
      out.push({ px: from, unit: m[3], source: `${f}: ${m[0]}` });
    }
  }
  return out;
}

// ---- static server (optionally slow for chunks and data) ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.atom': 'application/atom+xml; charset=utf-8',
};
function pageHtml(withCss) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reserves</title><link rel="icon" href="data:,">
<style>body{margin:0${FONT ? `;${/\d/.test(FONT) ? 'font' : 'font-family'}:${FONT}` : ''}} .box{display:flow-root} .line{margin:0}</style>
${withCss ? '<link rel="stylesheet" href="/src/cdn/kratom-widgets.css">' : ''}
</head><body><div id="stage"></div></body></html>`;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (url.pathname === '/reserves/page.html') return send(200, TYPES['.html'], pageHtml(url.searchParams.has('css')));
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT + path.sep)) return send(403, 'text/plain', 'forbidden');
    if (!(await stat(file)).isFile()) return send(404, 'text/plain', 'not found');
    const body = await readFile(file);
    if (slowPages.has(req.headers['x-reserves-page']) && /^\/dist\/cdn\/(chunks|data)\//.test(url.pathname)) await sleep(SLOW_MS);
    send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(404, 'text/plain', 'not found');
  }
});
const slowPages = new Set(); // pages (by header value) whose chunks and data are delayed
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---- in-page code (run with page.evaluate) ----
// Builds one container per variant; the badge sits inside a line of text, with a zero-size marker on the baseline.
function buildStage({ tag, variants, inline, width }) {
  const stage = document.getElementById('stage');
  stage.innerHTML = variants
    .map((attrs) => {
      const el = `<${tag} ${attrs}></${tag}>`;
      return inline
        ? `<div class="box" style="width:${width}px"><p class="line">Status: ${el}<span class="base" style="display:inline-block;width:0;height:0"></span> today.</p></div>`
        : `<div class="box" style="width:${width}px">${el}</div>`;
    })
    .join('');
}

// Every element's current box (and, for the badge, its width and where its bottom is below the baseline).
function readBoxes(tag) {
  return [...document.querySelectorAll('#stage > .box')].map((box) => {
    const el = box.querySelector(tag);
    const r = el.getBoundingClientRect();
    const out = { h: r.height, box: box.getBoundingClientRect().height };
    const base = box.querySelector('.base');
    if (base) {
      const b = base.getBoundingClientRect();
      Object.assign(out, { w: r.width, below: r.bottom - b.bottom, line: box.querySelector('.line').getBoundingClientRect().height });
    }
    return out;
  });
}

// Resolves when every custom element (also inside shadow roots) has finished updating; returns what is
// still showing a loading or failed state.
async function settle(tag) {
  await customElements.whenDefined(tag);
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  for (let i = 0; i < 20; i++) {
    const els = all(document).filter((el) => el.updateComplete);
    const done = await Promise.all(els.map((el) => el.updateComplete));
    if (done.every(Boolean)) break;
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const unfinished = [];
  for (const el of all(document)) {
    const root = el.shadowRoot;
    if (!root) continue;
    const bad = root.querySelector('.load-failed, .placeholder, [aria-busy="true"], .timeline-space');
    if (bad && bad.getClientRects().length) unfinished.push(`${el.localName}: ${bad.className || bad.localName}`);
    if (!el.hasUpdated && el.updateComplete) unfinished.push(`${el.localName}: never rendered`);
  }
  return unfinished;
}

async function sweepWidths(tag, widths) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const boxes = [...document.querySelectorAll('#stage > .box')];
  const out = {};
  for (const w of widths) {
    for (const b of boxes) b.style.width = w + 'px';
    await frames();
    out[w] = window.readBoxes(tag);
  }
  return out;
}

// Watches each element's border-box height, frame by frame, from before the script until the end.
function watchHeights(tag) {
  window.__heights = [];
  const els = [...document.querySelectorAll(`#stage ${tag}`)];
  const ro = new ResizeObserver((entries) => {
    const t = performance.now();
    for (const e of entries) {
      const i = els.indexOf(e.target);
      (window.__heights[i] ??= []).push({ t, h: e.borderBoxSize[0].blockSize });
    }
  });
  for (const el of els) ro.observe(el, { box: 'border-box' });
}

// ---- browser work ----
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-extensions', '--hide-scrollbars'],
});
const chromium = await browser.version();
let pageCount = 0;

async function withPage(fn, { slow = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const id = `p${++pageCount}`;
  if (slow) slowPages.add(id);
  await page.setExtraHTTPHeaders({ 'x-reserves-page': id });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
  try {
    await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(`window.readBoxes = ${readBoxes}`); // for sweepWidths
    return await fn(page, errors);
  } finally {
    slowPages.delete(id);
    await context.close();
  }
}

async function drawAndSettle(page, c) {
  const idle = page.waitForNetworkIdle({ idleTime: 500, timeout: TIMEOUT_MS });
  await page.addScriptTag({ url: SCRIPT_URL, type: 'module' });
  await page.evaluate(settle, c.tag);
  await idle;
  await sleep(300);
  return page.evaluate(settle, c.tag);
}

// Phase 1: draw every variant, then read the heights at every width.
async function measureCase(c) {
  return withPage(async (page, errors) => {
    await page.goto(`${ORIGIN}/reserves/page.html`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.evaluate(buildStage, { tag: c.tag, variants: c.variants, inline: !!c.inline, width: 390 });
    const unfinished = await drawAndSettle(page, c);
    const sweep = await page.evaluate(sweepWidths, c.tag, WIDTHS);
    // Late chunks would show as a difference on a second pass.
    const again = await page.evaluate(sweepWidths, c.tag, CHECK_WIDTHS);
    const unstable = CHECK_WIDTHS.filter((w) => again[w].some((b, i) => Math.abs(b.h - sweep[w][i].h) > 0.5));
    return { sweep, unfinished: [...new Set(unfinished)], unstable, errors };
  });
}

// Phase 2: with the stylesheet and no script, the reserved height; then the heights while the script and its
// (slowed) chunks arrive, and the final one.
async function verifyCase(c, width) {
  return withPage(
    async (page, errors) => {
      await page.goto(`${ORIGIN}/reserves/page.html?css`, { waitUntil: 'load', timeout: TIMEOUT_MS });
      await page.evaluate(buildStage, { tag: c.tag, variants: c.variants, inline: !!c.inline, width });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const reserved = await page.evaluate(readBoxes, c.tag);
      await page.evaluate(watchHeights, c.tag);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const t0 = await page.evaluate(() => performance.now());
      await drawAndSettle(page, c);
      const drawn = await page.evaluate(readBoxes, c.tag);
      const seen = await page.evaluate(() => window.__heights);
      return { reserved, drawn, seen: seen.map((list) => (list ?? []).filter((s) => s.t >= t0).map((s) => s.h)), errors };
    },
    { slow: true },
  );
}

async function pool(jobs, n) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      for (let attempt = 1; ; attempt++) {
        try {
          results[i] = await jobs[i]();
          break;
        } catch (e) {
          if (attempt >= 2) throw e;
          console.error(`  retrying: ${e.message}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

// ---- fitting ----
// A formula is a tree: line (h = a * w + b, px), min / max of two, or a selector term around a breakpoint.
const BIG = 10000;
function evaluate(f, w) {
  switch (f.t) {
    case 'line':
      return f.a * w + f.b;
    case 'min':
      return Math.min(...f.of.map((g) => evaluate(g, w)));
    case 'max':
      return Math.max(...f.of.map((g) => evaluate(g, w)));
    case 'below': // huge below the breakpoint (10000 px 1 px below it), 0 or negative from it on
      return (f.bp.px - w) * BIG;
    case 'above': // huge from the breakpoint on (10000 px at it), negative 1 px below it
      return (w - (f.bp.px - 1)) * BIG;
  }
}
const reserveOf = (f, w) => Math.max(0, evaluate(f, w)); // padding is clamped at 0
const num = (x, d) => String(Number(x.toFixed(d)));
function css(f) {
  switch (f.t) {
    case 'line': {
      const a = num(f.a * 100, 3);
      const b = num(f.b / EM, 3);
      if (a === '0') return `${b}em`;
      if (b === '0') return `${a}%`;
      return `calc(${a}% ${f.b < 0 ? '-' : '+'} ${b.replace('-', '')}em)`;
    }
    case 'min':
    case 'max':
      return `${f.t}(${f.of.map((g) => css(g)).join(', ')})`;
    case 'below':
      return `calc((${bpCss(f.bp)} - 100%) * ${BIG})`;
    case 'above':
      return `calc((100% - ${bpCss(f.bp)} + 1px) * ${BIG})`;
  }
}
const bpCss = (bp) => (bp.unit === 'em' ? `${num(bp.px / EM, 3)}em` : `${num(bp.px, 2)}px`);
// Coefficients as the stylesheet writes them, so the errors reported are those of the CSS.
function rounded(f) {
  if (f.t === 'line') return { t: 'line', a: Number((f.a * 100).toFixed(3)) / 100, b: (Number((f.b / EM).toFixed(3)) * EM) };
  if (f.of) return { ...f, of: f.of.map(rounded) };
  return f;
}

// clamp: as the browser does (padding is never negative); the line fits use the raw value (convex).
function errors(f, ws, hs, clamp = true) {
  return ws.map((w, i) => ((clamp ? reserveOf(f, w) : evaluate(f, w)) - hs[i]) / hs[i]);
}
const lossOf = (e) => (e > 0 ? e * OVER_WEIGHT : -e);
// What a fit minimises: the worst weighted error, plus the errors at the check widths (steeply beyond LIMIT).
function score(f, ws, hs, clamp = true) {
  const es = errors(f, ws, hs, clamp);
  let worst = 0;
  let penalty = 0;
  es.forEach((e, i) => {
    worst = Math.max(worst, lossOf(e));
    // At the check widths: a little weight on the error itself, and a wall just under LIMIT.
    if (CHECK_WIDTHS.includes(ws[i])) penalty += Math.abs(e) * 0.25 + Math.max(0, Math.abs(e) - LIMIT * 0.9) * 50;
  });
  return worst + penalty;
}
// Golden-section search for the minimum of a convex function on [lo, hi].
function golden(fn, lo, hi, iters = 70) {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = fn(c);
  let fd = fn(d);
  for (let i = 0; i < iters; i++) {
    if (fc <= fd) {
      [b, d, fd] = [d, c, fc];
      c = b - g * (b - a);
      fc = fn(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + g * (b - a);
      fd = fn(d);
    }
  }
  const x = (a + b) / 2;
  return { x, v: fn(x) };
}
// Best line for the points (convex objective: nested golden-section search on slope, then intercept).
function fitLine(ws, hs, flat = false) {
  const hMax = Math.max(...hs);
  const bestB = (a) => golden((b) => score({ t: 'line', a, b }, ws, hs, false), -30 * 1400 - hMax, 30 * 1400 + 2 * hMax, 90);
  if (flat) return { t: 'line', a: 0, b: bestB(0).x };
  const { x: a } = golden((a) => bestB(a).v, -30, 30, 70);
  return { t: 'line', a, b: bestB(a).x };
}

function describe(f, ws, hs) {
  const r = rounded(f);
  const es = errors(r, ws, hs);
  const at = (w) => es[ws.indexOf(w)];
  const maxAbs = Math.max(...es.map(Math.abs));
  return { formula: r, css: css(r), score: score(r, ws, hs), maxAbs, maxOver: Math.max(0, ...es), maxUnder: Math.min(0, ...es), at390: at(390), at1200: at(1200), errors: es };
}

// Candidates from simplest to most complex; the simplest that is good enough wins.
function fitCase(ws, hs, breakpoints) {
  const cands = [];
  const add = (kind, rank, f) => cands.push({ kind, rank, ...describe(f, ws, hs) });
  add('a constant', 0, fitLine(ws, hs, true));
  add('one line', 1, fitLine(ws, hs));
  const splits = [...new Set([...ws.slice(3, -2), ...breakpoints.map((b) => b.px)])];
  for (const s of splits) {
    const left = ws.map((w, i) => i).filter((i) => ws[i] < s);
    const right = ws.map((w, i) => i).filter((i) => ws[i] >= s);
    if (left.length < 2 || right.length < 2) continue;
    const L1 = fitLine(left.map((i) => ws[i]), left.map((i) => hs[i]));
    const L2 = fitLine(right.map((i) => ws[i]), right.map((i) => hs[i]));
    add('the larger of two lines', 2, { t: 'max', of: [L1, L2] });
    add('the smaller of two lines', 2, { t: 'min', of: [L1, L2] });
    const known = breakpoints.find((b) => Math.abs(b.px - s) < 0.5);
    const bp = known ?? { px: s, unit: 'em' };
    const step = `two lines, switching at ${bpCss(bp)} (${known ? `its ${known.source.replace(/^.*?: /, '')}` : 'where the layout steps'})`;
    // L1 below the breakpoint and L2 from it on: one form where L1 is the taller side, one where L2 is.
    add(step, 3, {
      t: 'max',
      of: [L2, { t: 'min', of: [L1, { t: 'below', bp }] }],
    });
    add(step, 3, {
      t: 'max',
      of: [L1, { t: 'min', of: [L2, { t: 'above', bp }] }],
    });
  }
  const best = cands.reduce((a, b) => (b.score < a.score ? b : a));
  const okAtChecks = (c) => Math.abs(c.at390) < LIMIT && Math.abs(c.at1200) < LIMIT;
  const goodEnough = (c) => okAtChecks(c) && c.maxAbs <= Math.max(0.03, best.maxAbs * 1.25 + 0.005);
  const pick = cands
    .filter(goodEnough)
    .sort((a, b) => a.rank - b.rank || a.score - b.score)[0] ?? best;
  return { chosen: pick, best: { kind: best.kind, css: best.css, maxAbs: best.maxAbs } };
}

// Height classes: the variants sorted by their drawn heights at the check widths (sum of the logs), then the
// contiguous split into `count` classes that minimises the summed relative error, at the check widths, of
// each class's median against its members (exact, by dynamic programming; 71 variants take milliseconds).
function heightClasses(r, count) {
  const n = r.variants.length;
  const at = CHECK_WIDTHS.map((w) => r.heights[r.widths.indexOf(w)]);
  const key = (k) => at.reduce((s, hs) => s + Math.log(hs[k]), 0);
  const order = [...Array(n).keys()].sort((a, b) => key(a) - key(b) || a - b);
  const cost = (ks) => at.reduce((s, hs) => {
    const m = median(ks.map((k) => hs[k]));
    return s + ks.reduce((t, k) => t + Math.abs(m / hs[k] - 1), 0);
  }, 0);
  const K = Math.min(count, n);
  const best = Array.from({ length: n + 1 }, () => Array(K + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => Array(K + 1).fill(-1));
  best[0][0] = 0;
  for (let e = 1; e <= n; e++) {
    for (let g = 1; g <= K; g++) {
      for (let s = g - 1; s < e; s++) {
        const v = best[s][g - 1] + cost(order.slice(s, e));
        if (v < best[e][g]) [best[e][g], from[e][g]] = [v, s];
      }
    }
  }
  const classes = [];
  for (let e = n, g = K; g > 0; g--) {
    const s = from[e][g];
    classes.unshift(order.slice(s, e).sort((a, b) => a - b));
    e = s;
  }
  return classes;
}
const valueOf = (attrs, attr) => new RegExp(`${attr}="([^"]*)"`).exec(attrs)[1];

// ---- main ----
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (e) => {
  const t = (e * 100).toFixed(1);
  return t === '-0.0' || t === '0.0' ? '0.0%' : `${e > 0 ? '+' : ''}${t}%`;
};
const started = Date.now();

if (!existsSync(path.join(ROOT, SCRIPT_URL))) {
  console.error(`${SCRIPT_URL} is missing: run npm run build first`);
  process.exit(1);
}
let previous = {};
if ((only || args.refit) && existsSync(JSON_OUT)) {
  try {
    previous = JSON.parse(await readFile(JSON_OUT, 'utf8')).cases ?? {};
  } catch {
    previous = {};
  }
}
const missing = only || args.refit ? CASE_IDS.filter((id) => !(only ?? []).includes(id) && !previous[id]?.median) : [];
if (missing.length) console.error(`no earlier measurements for ${missing.join(', ')}: measuring them too`);
const toMeasure = CASES.filter((c) => (only ? only.includes(c.id) : !args.refit) || missing.includes(c.id));

// The lead may rebuild dist while this runs: compare the build's files before and after.
async function buildStamp() {
  const files = [SCRIPT_URL, ...(await readdir(path.join(ROOT, 'dist/cdn/chunks'))).map((f) => `/dist/cdn/chunks/${f}`)];
  const stamps = await Promise.all(files.map(async (f) => `${f}:${(await stat(path.join(ROOT, f)).catch(() => null))?.mtimeMs ?? 'gone'}`));
  return stamps.sort().join('\n');
}
const stampBefore = await buildStamp();
const results = { ...previous };
const notes = [];
try {
  // ---- phase 1: measure and fit ----
  const measured = await pool(
    toMeasure.map((c) => async () => {
      const t = Date.now();
      const m = await measureCase(c);
      console.error(`measured ${c.id.padEnd(16)} ${c.variants.length} × ${WIDTHS.length} widths in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      return m;
    }),
    2,
  );
  for (const [k, c] of toMeasure.entries()) {
    const m = measured[k];
    const hs = WIDTHS.map((w) => median(m.sweep[w].map((b) => b.h)));
    const spread = Object.fromEntries(CHECK_WIDTHS.map((w) => [w, { min: Math.min(...m.sweep[w].map((b) => b.h)), max: Math.max(...m.sweep[w].map((b) => b.h)) }]));
    const marginsOutside = WIDTHS.filter((w) => m.sweep[w].some((b) => Math.abs(b.box - b.h) > 0.5 && !c.inline));
    const r = {
      selector: c.selector,
      note: c.note ?? '',
      variants: c.variants,
      widths: WIDTHS,
      heights: WIDTHS.map((w) => m.sweep[w].map((b) => b.h)),
      median: hs,
      spread,
      unfinished: m.unfinished,
      unstable: m.unstable,
      pageErrors: [...new Set(m.errors)],
      marginsOutside,
    };
    if (c.inline) {
      // Inline pill: one size at every width; the width is the median over places.
      const all = WIDTHS.flatMap((w) => m.sweep[w]);
      const ws = m.sweep[1200].map((b) => b.w);
      r.inline = {
        width: median(ws),
        widthMin: Math.min(...ws),
        widthMax: Math.max(...ws),
        height: median(all.map((b) => b.h)),
        below: median(all.map((b) => b.below)),
        line: median(all.map((b) => b.line)),
        heightsSeen: [...new Set(all.map((b) => b.h))],
      };
    }
    results[c.id] = r;
  }
  // Fits, from the measurements (new or kept).
  for (const c of CASES) {
    const r = results[c.id];
    if (!r || c.inline) continue;
    const bps = await breakpointsOf(c.tag);
    r.fit = fitCase(r.widths, r.median, bps);
    r.breakpoints = bps.map((b) => b.source);
    if (c.classes) {
      r.classes = heightClasses(r, c.classes.count).map((ks) => {
        const hs = r.widths.map((w, i) => median(ks.map((k) => r.heights[i][k])));
        const fit = fitCase(r.widths, hs, bps);
        // Each member's error at the check widths against the class formula (as the stylesheet writes it).
        const range = Object.fromEntries(
          CHECK_WIDTHS.map((w) => {
            const i = r.widths.indexOf(w);
            const es = ks.map((k) => reserveOf(fit.chosen.formula, w) / r.heights[i][k] - 1);
            const hk = ks.map((k) => r.heights[i][k]);
            return [w, { min: Math.min(...es), max: Math.max(...es), meanAbs: es.reduce((s, e) => s + Math.abs(e), 0) / es.length, hMin: Math.min(...hk), hMax: Math.max(...hk) }];
          }),
        );
        return { values: ks.map((k) => valueOf(r.variants[k], c.classes.attr)), variants: ks.map((k) => r.variants[k]), median: hs, fit, range };
      });
    }
  }

  // ---- the stylesheet ----
  const lines = [
    '/*',
    ' * kratom-widgets reserve stylesheet: load it in the <head>, before the script tag (which may come late).',
    ' * Until the script defines an element, the element takes the height it will have once fully drawn, so',
    ' * nothing below it moves when it draws; an element waiting for its data keeps it (:state(loading)).',
    ' * Generated by scripts/reserves.mjs from measurements in headless',
    ' * Chromium at container widths 300-1400 px; heights follow the element\'s own width (percentage padding',
    ' * is of the width) and scale with the font size (em). Error = reserved / drawn - 1: the range over all',
    ' * widths, then at 390 and 1200 px. Regenerate with `node scripts/reserves.mjs`.',
    ` * Page font when measured: ${FONT ?? 'the browser default (16 px)'}.`,
    ' */',
  ];
  const tagsDone = new Set();
  for (const c of CASES) {
    const r = results[c.id];
    if (!r) continue;
    const label = `${c.selector}${c.note ? ` (${c.note})` : ''}`;
    if (c.inline) {
      const i = r.inline;
      lines.push(
        '',
        `/* ${label}`,
        ` * an inline pill: ${num(i.height, 1)} px tall, ${num(i.below, 1)} px of it below the text's baseline; its width varies`,
        ` * with the status label (${num(i.widthMin, 0)}-${num(i.widthMax, 0)} px): the median, ${num(i.width, 1)} px, is reserved */`,
        `${c.selector}:not(:defined):not([hidden]):not([prerendered]) {`,
        '  display: inline-block;',
        `  inline-size: ${num(i.width / EM, 3)}em;`,
        '  max-inline-size: 100%; /* as the drawn pill: never wider than a narrow cell */',
        `  block-size: ${num(i.height / EM, 3)}em;`,
        `  vertical-align: ${num(-i.below / EM, 3)}em;`,
        '}',
      );
      continue;
    }
    const f = r.fit.chosen;
    const spread = CHECK_WIDTHS.map((w) => `${num(r.spread[w].min, 0)}-${num(r.spread[w].max, 0)} px at ${w} px`).join(', ');
    lines.push(
      '',
      `/* ${label}`,
      ` * ${f.kind}; error ${f.maxAbs < 0.0005 ? 'under 0.1%' : `${pct(f.maxUnder)} to ${pct(f.maxOver)}, at 390 px ${pct(f.at390)}, at 1200 px ${pct(f.at1200)}`}` +
        (c.variants.length > 1 ? `;\n * drawn heights vary: ${spread}` : '') +
        ' */',
    );
    const first = !tagsDone.has(c.selector) && c.selector === c.tag;
    if (first || !tagsDone.has(c.tag)) {
      lines.push(`${c.selector}${WAITING} {`, '  display: flow-root;', '}', `${c.selector}${WAITING}::before {`, '  content: "";', '  float: inline-start;', `  padding-top: ${f.css};`, '}');
    } else {
      lines.push(`${c.selector}${WAITING}::before {`, `  padding-top: ${f.css};`, '}');
    }
    tagsDone.add(c.tag);
    tagsDone.add(c.selector);
    // Height classes: later and as specific as the rule above ([attr] + :is(list) + the waiting part), so they win
    // for the listed values; the i flag matches any case (us-al); any other value keeps the median above.
    for (const [k, cl] of (r.classes ?? []).entries()) {
      const g = cl.fit.chosen;
      const statuses = [...new Set(cl.values.map((v) => STATUS[v] ?? '?'))].sort().join(', ');
      const ranges = CHECK_WIDTHS.map((w) => `${num(cl.range[w].hMin, 0)}-${num(cl.range[w].hMax, 0)} px at ${w} px`).join(', ');
      const errs = CHECK_WIDTHS.map((w) => `at ${w} px ${pct(cl.range[w].min)} to ${pct(cl.range[w].max)} (mean ${pct(cl.range[w].meanAbs).replace('+', '')})`).join(', ');
      lines.push(
        '',
        `/* class ${k + 1} of ${r.classes.length}, ${cl.values.length} places (${statuses}): drawn ${ranges};`,
        ` * ${g.kind} (their median); each place's error ${errs} */`,
        `${c.tag}[${c.classes.attr}]:is(${cl.values.map((v) => `[${c.classes.attr}="${v}" i]`).join(', ')})${WAITING}::before {`,
        `  padding-top: ${g.css};`,
        '}',
      );
    }
  }
  await mkdir(path.dirname(CSS_OUT), { recursive: true });
  await writeFile(CSS_OUT, lines.join('\n') + '\n');

  // ---- phase 2: verify ----
  const verify = {};
  if (!args['no-verify']) {
    // With --only, just those cases (the others' last check stays in the JSON).
    const jobs = (only ? toMeasure : CASES).flatMap((c) => CHECK_WIDTHS.map((w) => ({ c, w })));
    const out = await pool(jobs.map(({ c, w }) => () => verifyCase(c, w)), 2);
    jobs.forEach(({ c, w }, k) => {
      const v = out[k];
      const reserved = median(v.reserved.map((b) => b.h));
      const drawn = median(v.drawn.map((b) => b.h));
      // Pending states: heights the element takes after the script arrived, before its final one.
      const states = v.seen.map((list, i) => {
        const final = v.drawn[i].h;
        const seq = list.map((h) => Math.round(h)).filter((h, k, a) => k === 0 || h !== a[k - 1]);
        return { final, mid: seq.slice(0, -1).filter((h) => Math.abs(h - final) > 0.5) };
      });
      const withMid = states.filter((s) => s.mid.length);
      const pending = withMid.length
        ? {
            count: withMid.length,
            of: states.length,
            // One element: its whole sequence; several: the median of each one's first pending height and of its final one.
            heights: states.length === 1 ? withMid[0].mid : [median(withMid.map((s) => s.mid[0]))],
            final: median(withMid.map((s) => s.final)),
          }
        : { count: 0, of: states.length };
      const entry = { reserved, drawn, error: (reserved - drawn) / drawn, pending, errors: [...new Set(v.errors)] };
      if (c.inline) {
        entry.reservedWidth = median(v.reserved.map((b) => b.w));
        entry.drawnWidth = median(v.drawn.map((b) => b.w));
        entry.reservedLine = median(v.reserved.map((b) => b.line));
        entry.drawnLine = median(v.drawn.map((b) => b.line));
      }
      // Per height class: the median reserved and drawn heights of its members, and the worst member's error.
      if (results[c.id]?.classes) {
        entry.classes = results[c.id].classes.map((cl) => {
          const ks = cl.variants.map((a) => c.variants.indexOf(a)).filter((i) => i >= 0);
          const es = ks.map((i) => (v.reserved[i].h - v.drawn[i].h) / v.drawn[i].h);
          return { reserved: median(ks.map((i) => v.reserved[i].h)), drawn: median(ks.map((i) => v.drawn[i].h)), min: Math.min(...es), max: Math.max(...es), meanAbs: es.reduce((s, e) => s + Math.abs(e), 0) / es.length };
        });
        const all = v.reserved.map((b, i) => (b.h - v.drawn[i].h) / v.drawn[i].h);
        entry.meanAbs = all.reduce((s, e) => s + Math.abs(e), 0) / all.length;
      }
      (verify[c.id] ??= {})[w] = entry;
    });
    for (const [id, byW] of Object.entries(verify)) if (results[id]) results[id].verify = byW;
  }

  // ---- report ----
  const report = [];
  report.push('Fits (error = reserved / drawn - 1; max over 300-1400 px):', '', '| case | formula | max error | under / over | 390 px | 1200 px | spread at 390 / 1200 (px) |', '| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const c of CASES) {
    const r = results[c.id];
    if (!r) continue;
    const sp = c.variants.length > 1 ? CHECK_WIDTHS.map((w) => `${num(r.spread[w].min, 0)}-${num(r.spread[w].max, 0)}`).join(' / ') : '';
    if (c.inline) {
      const i = r.inline;
      report.push(`| ${c.id} | inline-block ${num(i.width / EM, 3)}em × ${num(i.height / EM, 3)}em | | | | | width ${num(i.widthMin, 0)}-${num(i.widthMax, 0)} |`);
      continue;
    }
    const f = r.fit.chosen;
    report.push(`| ${c.id} | ${f.kind}: \`${f.css}\` | ${pct(f.maxAbs).replace('+', '±')} | ${pct(f.maxUnder)} / ${pct(f.maxOver)} | ${pct(f.at390)} | ${pct(f.at1200)} | ${sp} |`);
    for (const [k, cl] of (r.classes ?? []).entries()) {
      const g = cl.fit.chosen;
      const each = CHECK_WIDTHS.map((w) => `${pct(cl.range[w].min)} to ${pct(cl.range[w].max)}`);
      const csp = CHECK_WIDTHS.map((w) => `${num(cl.range[w].hMin, 0)}-${num(cl.range[w].hMax, 0)}`).join(' / ');
      report.push(`| ${c.id} class ${k + 1} (${cl.values.length}: ${cl.values.slice(0, 3).join(' ')}…) | ${g.kind}: \`${g.css}\` | ${pct(g.maxAbs).replace('+', '±')} | ${pct(g.maxUnder)} / ${pct(g.maxOver)} | ${each[0]} | ${each[1]} | ${csp} |`);
    }
  }
  if (Object.keys(verify).length) {
    report.push('', `Check with the stylesheet, no script (reserved) against the drawn element (median over variants):`, '', '| case | width | reserved | drawn | error | heights while loading → final (chunks +' + SLOW_MS + ' ms) |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const c of CASES) {
      for (const w of CHECK_WIDTHS) {
        const v = verify[c.id]?.[w];
        if (!v) continue;
        let extra = '';
        if (c.inline) extra = ` width ${num(v.reservedWidth, 1)} → ${num(v.drawnWidth, 1)}, line ${num(v.reservedLine, 1)} → ${num(v.drawnLine, 1)};`;
        const p = !v.pending.count
          ? ' none'
          : ` ${v.pending.of > 1 ? `${v.pending.count} of ${v.pending.of}, median ` : ''}${v.pending.heights.map((h) => num(h, 0)).join(' → ')} → ${num(v.pending.final, 0)} px`;
        report.push(`| ${c.id} | ${w} | ${num(v.reserved, 1)} | ${num(v.drawn, 1)} | ${pct(v.error)}${v.meanAbs !== undefined ? ` (each place: mean ${pct(v.meanAbs).replace('+', '')})` : ''} |${extra}${p} |`);
        for (const [k, cv] of (v.classes ?? []).entries()) {
          report.push(`| ${c.id} class ${k + 1} (${results[c.id].classes[k].values.length}) | ${w} | ${num(cv.reserved, 1)} | ${num(cv.drawn, 1)} | ${pct(cv.min)} to ${pct(cv.max)}, mean ${pct(cv.meanAbs).replace('+', '')} | |`);
        }
      }
    }
  }
  for (const [id, r] of Object.entries(results)) {
    if (!CASE_IDS.includes(id)) continue;
    if (r.unfinished?.length) notes.push(`${id}: still showing after settling: ${[...new Set(r.unfinished)].slice(0, 5).join('; ')}`);
    if (r.unstable?.length) notes.push(`${id}: heights changed on a second pass at ${r.unstable.join(', ')} px (something loaded late): rerun --only=${id}`);
    if (r.pageErrors?.length) notes.push(`${id}: page errors: ${r.pageErrors.slice(0, 3).join('; ')} (a file changed mid-run? rerun --only=${id})`);
    if (r.marginsOutside?.length) notes.push(`${id}: margins stick out of the element at ${r.marginsOutside.length} widths (its box is smaller than the space it takes)`);
    for (const [w, v] of Object.entries(r.verify ?? {})) if (v.errors.length) notes.push(`${id} ${w}: verify page errors: ${v.errors.slice(0, 3).join('; ')}`);
  }
  if ((await buildStamp().catch(() => '')) !== stampBefore) notes.push('dist/cdn changed during this run (a rebuild?): run it again');
  if (notes.length) report.push('', ...notes.map((n) => `note: ${n}`));
  console.log(report.join('\n'));

  await mkdir(path.dirname(JSON_OUT), { recursive: true });
  await writeFile(
    JSON_OUT,
    JSON.stringify({ date: new Date().toISOString(), chromium, font: FONT ?? 'browser default', em: EM, widths: WIDTHS, checkWidths: CHECK_WIDTHS, slowMs: SLOW_MS, notes, cases: results }, null, 1) + '\n',
  );
} finally {
  await browser.close();
  server.close();
}
console.error(`wrote ${path.relative(ROOT, CSS_OUT)} and ${path.relative(ROOT, JSON_OUT)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
