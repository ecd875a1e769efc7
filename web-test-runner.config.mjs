import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { datasetCases } from './test/server/dataset-cases.mjs';
import { prerender } from './test/server/prerender.mjs';

// Debian's Chromium (scripts/test.sh installs it when missing); nothing is downloaded.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Prints "N passed, N failed, N skipped" alone on a line at the end, for CI to read. */
function countsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults);
        // A file that fails to load has no failing test of its own: count it.
        if (session.passed === false && failed === before) failed++;
      }
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/**
 * `executeServerCommand('bring-to-front')`: makes the test's page the visible
 * one. Test files run two at a time and the page in the background gets no
 * rendering steps, so no resize observer or animation frame fires there.
 */
function bringToFrontCommand() {
  return {
    name: 'bring-to-front',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      await session.browser.getPage(session.id).bringToFront();
      return true;
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High
 * Contrast emulation, which @web/test-runner-commands' emulateMedia only
 * offers for Playwright.
 */
const cdpSessions = new WeakMap();

function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures does not know forced-colors; CDP does.
      const page = session.browser.getPage(session.id);
      const cdp = cdpSessions.get(page) ?? (await page.createCDPSession());
      cdpSessions.set(page, cdp);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // The CDN test serves dist/cdn/kratom-widgets.js, built before the run.
  rootDir: '.',
  // Good and bad dataset files for test/data-source.test.ts.
  middleware: [datasetCases, prerender],
  plugins: [
    forcedColorsCommand(),
    bringToFrontCommand(),
    esbuildPlugin({
      ts: true,
      json: true,
      // 'auto' leaves JavaScript alone in a current Chromium, so the built
      // CDN file is tested byte for byte as it ships.
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // required when running as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 2,
  // A file's whole run (the FAQ's axe checks take a minute on a busy machine).
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), countsReporter()],
  testFramework: { config: { timeout: 10000 } },
};
