// Screenshots a page in headless Chromium, for looking at what readers see.
// usage: node scripts/screenshot.mjs URL OUT.png [WIDTH=1000] [light|dark] [HEIGHT]
// With HEIGHT, only the top HEIGHT pixels; without, the whole page.
// SCREENSHOT_WAIT=ms waits that long after the page settles.
// SCREENSHOT_NO_JS=1 loads the page with JavaScript off (prerendered HTML).
import puppeteer from 'puppeteer-core';

const [url, out, width = '1000', scheme = 'light', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [light|dark]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'warn' || m.type() === 'error' ? console.error(`console.${m.type()}:`, m.text()) : undefined);
  if (process.env.SCREENSHOT_NO_JS) await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: Number(width), height: Number(height ?? 800) });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  // SCREENSHOT_WAIT=ms gives a page's own scripts (opening details, say) time to run.
  const wait = Number(process.env.SCREENSHOT_WAIT ?? 0);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await page.screenshot({ path: out, fullPage: !height });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
