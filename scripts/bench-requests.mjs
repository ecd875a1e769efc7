// What a page really downloads (npm run bench): each page loads in headless
// Chromium from a loopback server, every request the library makes is
// counted (script files, chunks, data, translations), and the files fetched
// are measured as they would travel compressed (gzip level 9, brotli 11).
// Pages: a disclaimer alone and every element at once, through the
// autoloader, the single file and (for the disclaimer) its own file.
// Writes dist/bench-requests.json; not a test, nothing here can fail a build.
import http from 'node:http';
import path from 'node:path';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVERY = `<kratom-law-map></kratom-law-map>
  <kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
  <p><kratom-status-badge jurisdiction="US-AL"></kratom-status-badge></p>
  <kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>
  <advocacy-group-card group="aka"></advocacy-group-card>
  <advocacy-group-list></advocacy-group-list>
  <kratom-faq></kratom-faq>
  <kratom-law-updates limit="3"></kratom-law-updates>
  <kratom-disclaimer></kratom-disclaimer>`;
const PAGES = {
  'disclaimer, loader': ['kratom-widgets-loader.js', '<kratom-disclaimer></kratom-disclaimer>'],
  'disclaimer, its own file': ['kratom-disclaimer.js', '<kratom-disclaimer></kratom-disclaimer>'],
  'disclaimer, single file': ['kratom-widgets.js', '<kratom-disclaimer></kratom-disclaimer>'],
  'every element, loader': ['kratom-widgets-loader.js', EVERY],
  'every element, single file': ['kratom-widgets.js', EVERY],
};

const page = (script, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/${script}"></script></head><body>${body}</body></html>`;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const name = decodeURIComponent(url.pathname.slice(1));
  if (url.pathname.startsWith('/bench/')) {
    const entry = PAGES[decodeURIComponent(url.pathname.slice('/bench/'.length))];
    res.writeHead(entry ? 200 : 404, { 'content-type': 'text/html' });
    return res.end(entry ? page(...entry) : '');
  }
  const file = path.join(ROOT, name);
  try {
    if (!file.startsWith(path.join(ROOT, 'dist') + path.sep) || !(await stat(file)).isFile()) throw new Error('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const results = [];
try {
  for (const label of Object.keys(PAGES)) {
    const tab = await browser.newPage();
    const files = new Set();
    tab.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname.startsWith('/dist/')) files.add(url.pathname.slice(1));
    });
    await tab.goto(`${origin}/bench/${encodeURIComponent(label)}`, { waitUntil: 'networkidle0' });
    const sizes = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const bytes = await readFile(path.join(ROOT, file));
      sizes.raw += bytes.length;
      sizes.gzip += gzipSync(bytes, { level: 9 }).length;
      sizes.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    results.push({ page: label, requests: files.size, ...sizes, files: [...files].sort() });
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n) => `${(n / 1000).toFixed(2)} kB`.padStart(9);
console.log('\nWhat each page downloads, every request counted (1 kB = 1000 B)');
console.log(`${'page'.padEnd(28)} ${'requests'.padStart(8)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const r of results) console.log(`${r.page.padEnd(28)} ${String(r.requests).padStart(8)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
await writeFile(path.join(ROOT, 'dist/bench-requests.json'), JSON.stringify(results, null, 2));
