// The autoloader, dist/cdn/kratom-widgets-loader.js as `npm run build` makes
// it, in plain pages with a strict CSP: what it fetches, and that elements in
// the page, added later or inside a shadow root it is told about, upgrade.
import { expect, waitUntil } from '@open-wc/testing';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'";

function loadPage(body: string, lang = 'en', csp = CSP): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Autoloader test page';
  frame.srcdoc = `<!doctype html>
<html lang="${lang}">
<head><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Loader page</title>
<script type="module" src="/test/fixtures/record-warnings.js"></script>
<script type="module" src="/dist/cdn/kratom-widgets-loader.js"></script></head>
<body>${body}</body>
</html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

/** The library's files the page fetched, relative to dist/cdn/. */
const fetched = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));

const text = (frame: HTMLIFrameElement, selector: string) =>
  frame.contentDocument!.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('autoloader', () => {
  before(async () => {
    const response = await fetch('/dist/cdn/kratom-widgets-loader.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/kratom-widgets-loader.js is missing: run `npm run build` first (npm test does)');
  });

  it('loads only what a disclaimer needs on a page with only a disclaimer', async () => {
    const frame = await loadPage('<kratom-disclaimer></kratom-disclaimer>');
    await waitUntil(() => text(frame, 'kratom-disclaimer').includes('Not legal advice.'), 'the disclaimer never drew');
    const files = fetched(frame);
    expect(files).to.include('kratom-widgets-loader.js');
    expect(files.some((f) => f.startsWith('auto/core-')), files.join()).to.equal(true);
    // Neither the other elements' shared code nor the single file.
    expect(files.filter((f) => f.startsWith('auto/common-') || f === 'kratom-widgets.js'), files.join()).to.deep.equal([]);
    // No other element is defined.
    expect(frame.contentWindow!.customElements.get('kratom-law-map')).to.equal(undefined);
    frame.remove();
  });

  it('upgrades an element added after the page loaded, fetching its code then', async () => {
    const frame = await loadPage('<kratom-disclaimer></kratom-disclaimer>');
    await waitUntil(() => text(frame, 'kratom-disclaimer').includes('Not legal advice.'), 'the disclaimer never drew');
    expect(frame.contentWindow!.customElements.get('kratom-status-badge')).to.equal(undefined);
    // As a theme's script or a framework would add it.
    const wrapper = frame.contentDocument!.createElement('p');
    wrapper.innerHTML = 'Alabama: <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>';
    frame.contentDocument!.body.append(wrapper);
    await waitUntil(() => text(frame, 'kratom-status-badge').includes('Banned'), 'the added badge never drew');
    expect(fetched(frame).some((f) => f.startsWith('auto/common-'))).to.equal(true);
    frame.remove();
  });

  it('upgrades elements inside a shadow root once told about it with observe()', async () => {
    // The page's own script makes a shadow root and hands it to the loader (fixture).
    const frame = await loadPage('<div id="host"></div><script type="module" src="/test/fixtures/observe-shadow-root.js"></script>');
    const root = () => frame.contentDocument!.getElementById('host')!.shadowRoot;
    await waitUntil(() => root()?.querySelector('kratom-disclaimer')?.shadowRoot?.textContent?.includes('Not legal advice.'), 'the disclaimer in the shadow root never drew');
    // Added to the shadow root later: seen too.
    root()!.append(frame.contentDocument!.createElement('kratom-status-badge'));
    root()!.querySelector('kratom-status-badge')!.setAttribute('jurisdiction', 'US-AL');
    await waitUntil(() => root()!.querySelector('kratom-status-badge')?.shadowRoot?.textContent?.includes('Banned'), 'the badge added later never drew');
    frame.remove();
  });

  it('warns once when an element\'s code cannot be loaded, however many such elements arrive', async () => {
    // The policy allows the loader and nothing of auto/, as if that folder had not been copied.
    const origin = window.location.origin;
    const csp = `default-src 'self'; script-src ${origin}/test/fixtures/record-warnings.js ${origin}/dist/cdn/kratom-widgets-loader.js; style-src 'self'`;
    const frame = await loadPage('<kratom-disclaimer></kratom-disclaimer>', 'en', csp);
    const win = frame.contentWindow as Window & { recordedWarnings: string[] };
    const missing = () => win.recordedWarnings.filter((w) => w.includes('the code for <kratom-disclaimer> could not be loaded'));
    await waitUntil(() => missing().length === 1, 'no warning for the missing code');
    frame.contentDocument!.body.append(frame.contentDocument!.createElement('kratom-disclaimer'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(missing()).to.have.length(1);
    expect(win.customElements.get('kratom-disclaimer')).to.equal(undefined);
    frame.remove();
  });

  it('fetches the single file instead of the chunks when a page uses every element', async () => {
    const frame = await loadPage(
      `<kratom-law-map view="map"></kratom-law-map>
       <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>
       <advocacy-group-card group="aka"></advocacy-group-card>
       <advocacy-group-list></advocacy-group-list>
       <kratom-faq topics="basics"></kratom-faq>
       <kratom-law-lookup jurisdiction="CA-QC"></kratom-law-lookup>
       <kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>
       <kratom-law-updates limit="2"></kratom-law-updates>
       <kratom-disclaimer></kratom-disclaimer>`,
      'fr-CA',
    );
    await waitUntil(() => text(frame, 'kratom-law-lookup').includes('Québec'), 'the lookup never answered in French');
    await waitUntil(() => text(frame, 'kratom-status-badge').includes('Interdit'), 'the badge never drew in French');
    await waitUntil(() => text(frame, 'kratom-faq').length > 100, 'the FAQ never drew');
    const files = fetched(frame);
    expect(files).to.include('kratom-widgets.js');
    expect(files.filter((f) => f.startsWith('auto/')), files.join()).to.deep.equal([]);
    frame.remove();
  });
});
