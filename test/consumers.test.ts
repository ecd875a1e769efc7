// The consumer apps of test/consumers/ (React 19, Vue 3, Svelte 5, plain
// TypeScript), as `node scripts/consumers.mjs` built them from the packed
// package: each page in a frame, used as a reader would. The badge shows
// Texas, the app's button moves it to Alabama through the framework's state,
// a click on the map reaches the app's own event handler, and axe passes.
import { expect, waitUntil } from '@open-wc/testing';
import { loadAxe } from './helpers/frame-axe.js';

const APPS = ['react', 'vue', 'svelte', 'ts'] as const;

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function load(app: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `${app} consumer app`;
  // Wide enough for the geographic map (under 480 px the map shows tiles).
  frame.style.width = '1000px';
  frame.style.height = '1200px';
  frame.src = `/test/consumers/${app}/dist/index.html`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}


/** Waits for `met`; on a timeout, says what the page shows then (not when the wait began). */
async function waitFor(met: () => unknown, failure: () => string, timeout = 10_000): Promise<void> {
  try {
    await waitUntil(met, 'timeout', { timeout });
  } catch {
    throw new Error(failure());
  }
}

describe('consumer apps (test/consumers/, built by scripts/consumers.mjs)', function () {
  // A page load, the map's first draw and axe on a whole map: more than the default 10 s on a busy machine.
  this.timeout(30_000);

  for (const app of APPS) {
    it(`${app}: shows the badge, changes it from app state, hears the map's event, passes axe`, async () => {
      const page = `/test/consumers/${app}/dist/index.html`;
      const response = await fetch(page, { method: 'HEAD' });
      if (!response.ok) throw new Error(`${page} is missing: run \`node scripts/consumers.mjs\` (npm test does, after the build)`);

      const frame = await load(app);
      try {
        const doc = frame.contentDocument!;
        const win = frame.contentWindow! as Window & typeof globalThis;
        await waitFor(() => doc.querySelector('#app'), () => `${app}: the app never rendered its root (#app)`);
        const root = doc.querySelector('#app')!;
        const badge = () => text(doc.querySelector('kratom-status-badge')?.shadowRoot?.querySelector('[part="label"]'));
        const chosen = () => text(doc.querySelector('#chosen'));

        // The attribute (or property) the app set from its state.
        const defined = () => (win.customElements.get('kratom-status-badge') ? '' : ' (<kratom-status-badge> is not defined: did the app\'s import register it?)');
        await waitFor(() => badge() === 'Regulated', () => `${app}: the badge never showed Texas as Regulated; it shows "${badge()}"${defined()}`);
        expect(text(root)).to.contain('Kratom in Texas');
        expect(chosen()).to.equal('Nothing chosen yet.');

        // The app's button changes its state, which sets the badge's jurisdiction.
        const button = [...root.querySelectorAll('button')].find((b) => text(b) === 'Show Alabama');
        expect(button, `${app}: a "Show Alabama" button`).to.not.equal(undefined);
        button!.click();
        await waitFor(() => badge() === 'Banned', () => `${app}: the badge never moved to Alabama (Banned); it shows "${badge()}"`, 5000);
        expect(text(root)).to.contain('Kratom in Alabama');

        // A click on California in the map: the app's handler writes what the event carried.
        const map = doc.querySelector('kratom-law-map')!;
        const california = () =>
          [...(map.shadowRoot?.querySelectorAll<Element>('.target[data-code="US-CA"]') ?? [])].find((t) => t.getClientRects().length > 0);
        await waitFor(california, () => `${app}: the map never drew California`);
        california()!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
        await waitFor(() => chosen().includes('US-CA'), () => `${app}: the app never showed the event's code; it shows "${chosen()}"`);
        expect(chosen()).to.match(/^You chose US-CA \([a-z0-9-]+\)\.$/);

        await loadAxe(doc);
        await expect(root).to.be.accessible();
      } finally {
        frame.remove();
      }
    });
  }
});
