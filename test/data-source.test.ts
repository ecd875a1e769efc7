// A site-configured dataset (<meta name="kratom-widgets:data"> or
// setDataSource): the good file switches drawn elements to it; every bad one
// is ignored with a visible notice, one kratom-data-error event and the
// bundled data kept. The answers come from test/server/dataset-cases.mjs.
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { dataSourceState, dataVersion, setDataSource, type DataErrorDetail, type DataUpdateDetail } from '../src/data/index.js';
import { pageState } from '../src/shared/page-state.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const BUNDLED = { version: '2.0.0', asOf: '2026-07-15', origin: 'bundled' };

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Lookup, badge and map for Maine, drawn from the bundled data (Maine: legal, unregulated). */
async function drawn() {
  const root = fixtureSync(html`<div>
    <kratom-law-lookup jurisdiction="US-ME"></kratom-law-lookup>
    <kratom-status-badge jurisdiction="US-ME"></kratom-status-badge>
    <kratom-law-map view="table" no-legend></kratom-law-map>
  </div>`);
  const [lookup, badge, map] = [...root.children] as Updatable[];
  for (const el of [lookup, badge, map]) await el.updateComplete;
  return { root, lookup, badge, map };
}

const settled = async (...els: Updatable[]) => {
  for (const el of els) await el.updateComplete;
};

let serial = 0;
/** A fresh address per test, so that the server's counts and the warnings are per test. */
const address = (name: string) => `/test-data/${name}/${++serial}`;
const requests = async (path: string) => Number(await (await fetch(`/test-data/requests?path=${encodeURIComponent(path)}`)).text());

describe('A site-configured dataset', () => {
  // One dataset per page: each test starts from a page without one.
  afterEach(() => {
    pageState().data = undefined;
    document.head.querySelectorAll('meta[name="kratom-widgets:data"]').forEach((m) => m.remove());
  });

  it('is not fetched when the site configured none', async () => {
    await drawn();
    expect(dataSourceState()).to.equal(undefined);
    expect(dataVersion()).to.deep.equal(BUNDLED);
  });

  const FAILURES = [
    { name: 'invalid', reason: 'invalid', says: 'the file does not have the expected contents' },
    { name: 'old', reason: 'old', says: 'it is older than the data built into these widgets' },
    { name: 'major', reason: 'version', says: 'the file is for another version of these widgets' },
    { name: 'huge', reason: 'too-large', says: 'the file is too large' },
    { name: 'slow', reason: 'timeout', says: 'it took too long to arrive', retry: true, options: { timeout: 300 } },
    { name: 'missing', reason: 'http', says: 'the server answered with error 404', retry: true },
    { name: 'broken', reason: 'http', says: 'the server answered with error 500', retry: true },
    { name: 'bad-json', reason: 'bad-json', says: 'the file is damaged' },
    { name: 'html', reason: 'not-json', says: 'the address did not return a data file' },
  ];

  for (const { name, reason, says, retry, options } of FAILURES) {
    it(`a file that fails (${name}) is ignored: notice, one kratom-data-error, bundled data kept`, async () => {
      const { lookup, badge, map } = await drawn();
      const label = $(badge, '.label').textContent;
      const errors: DataErrorDetail[] = [];
      const onError = (e: Event) => errors.push((e as CustomEvent<DataErrorDetail>).detail);
      document.addEventListener('kratom-data-error', onError);
      const warnings = captureWarnings();
      try {
        const url = address(name);
        const result = await setDataSource(url, options);
        await settled(lookup, badge, map);
        expect(result.ok).to.equal(false);
        expect(errors.map((e) => e.reason)).to.deep.equal([reason]);
        expect(errors[0].url).to.equal(new URL(url, document.baseURI).href);
        expect(errors[0].showing).to.deep.equal(BUNDLED);
        expect(warnings.messages.filter((m) => m.includes(url))).to.have.length(1);
        // The bundled data stays, and the reader is told which date and why.
        expect(dataVersion()).to.deep.equal(BUNDLED);
        expect($(badge, '.label').textContent).to.equal(label);
        for (const el of [lookup, map]) {
          expect(visibleText(el)).to.contain(`This site’s latest law data could not be used (${says}). Showing the data as of July 15, 2026.`);
        }
        expect(!!shadow(lookup).querySelector('.data-retry')).to.equal(!!retry);
        await expect(lookup).to.be.accessible();
        await expect(map).to.be.accessible();
      } finally {
        warnings.restore();
        document.removeEventListener('kratom-data-error', onError);
      }
    });
  }

  it('a good file switches drawn elements to it, without losing the reader’s choice or redrawing from blank', async () => {
    const { lookup, badge, map } = await drawn();
    expect($(badge, '.label').textContent).to.equal('Legal, unregulated');
    const select = shadow(lookup).querySelector('select')!;
    select.focus();
    const heading = shadow(lookup).querySelector('h3')!;
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(shadow(lookup), { childList: true, subtree: true });

    const update = oneEvent(document, 'kratom-data-update');
    const result = await setDataSource(address('good'));
    const { detail } = (await update) as CustomEvent<DataUpdateDetail>;
    await settled(lookup, badge, map);
    observer.disconnect();

    expect(result.ok).to.equal(true);
    expect({ version: detail.version, asOf: detail.asOf, origin: detail.origin }).to.deep.equal({ version: '2.1.0', asOf: '2026-11-30', origin: 'configured' });
    expect(dataVersion()).to.deep.equal({ version: '2.1.0', asOf: '2026-11-30', origin: 'configured' });
    expect($(badge, '.label').textContent).to.equal('Sale prohibited');
    expect(visibleText(lookup)).to.contain('Sale prohibited');
    expect(visibleText(lookup)).to.contain('Data as of November 30, 2026');
    expect(visibleText(map)).to.contain('as of November 30, 2026');
    // The same place, the same focus, the same heading element: updated in place.
    expect(select.value).to.equal('US-ME');
    expect(shadow(lookup).activeElement).to.equal(select);
    expect(shadow(lookup).querySelector('h3')).to.equal(heading);
    expect(removed.filter((n) => n === heading || (n instanceof Element && n.contains(heading)))).to.deep.equal([]);
    expect(shadow(lookup).querySelector('.data-notice')).to.equal(null);
    await expect(lookup).to.be.accessible();
  });

  it('takes a later 2.x file with fields this copy does not know', async () => {
    const { badge } = await drawn();
    const result = await setDataSource(address('extra-field'));
    await badge.updateComplete;
    expect(result.ok).to.equal(true);
    expect($(badge, '.label').textContent).to.equal('Sale prohibited');
  });

  it('tells screen readers on the badge, which has no room for the line, that older data is shown', async () => {
    const { badge } = await drawn();
    const spoken = () => $(badge, '.visually-hidden').textContent!;
    expect(spoken()).not.to.contain('could not be used');
    const warnings = captureWarnings();
    try {
      await setDataSource(address('missing'));
    } finally {
      warnings.restore();
    }
    await badge.updateComplete;
    expect(spoken()).to.contain('This site’s latest law data could not be used; this is older data.');
  });

  it('answers a call without a usable address with "address", fetching nothing and throwing nothing', async () => {
    const warnings = captureWarnings();
    try {
      for (const bad of [undefined, '', '   ', 42, 'mailto:x@example.com']) {
        pageState().data = undefined;
        const result = await setDataSource(bad as unknown as string);
        expect(result, String(bad)).to.include({ ok: false, reason: 'address' });
      }
    } finally {
      warnings.restore();
    }
  });

  it('Try again fetches a file that failed once, and then uses it', async () => {
    const { lookup, badge } = await drawn();
    const url = address('flaky');
    const warnings = captureWarnings();
    try {
      await setDataSource(url);
    } finally {
      warnings.restore();
    }
    await settled(lookup);
    const retry = $(lookup, '.data-retry');
    expect(retry.textContent!.trim()).to.equal('Try again');
    const update = oneEvent(document, 'kratom-data-update');
    retry.click();
    await update;
    await settled(lookup, badge);
    expect(shadow(lookup).querySelector('.data-notice')).to.equal(null);
    expect($(badge, '.label').textContent).to.equal('Sale prohibited');
    expect(await requests(new URL(url, document.baseURI).pathname)).to.equal(2);
  });

  it('reads <meta name="kratom-widgets:data"> when an element connects, and asks once', async () => {
    const url = address('good');
    const meta = document.createElement('meta');
    meta.name = 'kratom-widgets:data';
    meta.content = url;
    document.head.append(meta);
    const update = oneEvent(document, 'kratom-data-update');
    const { lookup, badge } = await drawn();
    await update;
    await settled(lookup, badge);
    expect($(badge, '.label').textContent).to.equal('Sale prohibited');
    // A second call for the same file shares the request.
    expect((await setDataSource(url)).ok).to.equal(true);
    expect(await requests(url)).to.equal(1);
  });

  it('keeps the first dataset of a page, warns about a second, and never fetches a non-web address', async () => {
    const warnings = captureWarnings();
    try {
      const first = await setDataSource('javascript:alert(1)');
      expect(first).to.include({ ok: false, reason: 'address' });
      const second = await setDataSource(address('good'));
      expect(second).to.include({ ok: false, reason: 'address' });
      expect(warnings.messages.some((m) => m.includes('one dataset per page'))).to.equal(true);
      expect(dataVersion()).to.deep.equal(BUNDLED);
    } finally {
      warnings.restore();
    }
  });
});

describe('A site-configured dataset with two copies of the library', () => {
  it('makes one request for eight elements and both copies, which all show the new data', async () => {
    const url = address('good');
    const frame = document.createElement('iframe');
    frame.title = 'Two copies';
    // The per-element badge file is a second copy of the library, with its own Lit and data modules.
    frame.srcdoc = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
<title>Two copies</title></head><body>
<meta name="kratom-widgets:data" content="${url}">
<kratom-status-badge jurisdiction="US-ME"></kratom-status-badge>
<kratom-law-lookup jurisdiction="US-ME"></kratom-law-lookup>
<kratom-law-map view="table"></kratom-law-map>
<kratom-shipping-notice destination="US-ME"></kratom-shipping-notice>
<kratom-law-updates limit="3"></kratom-law-updates>
<kratom-faq></kratom-faq>
<advocacy-group-list></advocacy-group-list>
<kratom-disclaimer></kratom-disclaimer>
<script type="module" src="/dist/cdn/kratom-status-badge.js"></script>
<script type="module" src="/dist/cdn/kratom-widgets.js"></script>
</body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const text = (selector: string) => doc.querySelector(selector)?.shadowRoot?.textContent ?? '';
      await waitUntil(() => text('kratom-status-badge').includes('Sale prohibited'), 'the badge (first copy) never switched', { timeout: 8000 });
      await waitUntil(() => text('kratom-law-lookup').includes('Sale prohibited'), 'the lookup (second copy) never switched', { timeout: 8000 });
      await waitUntil(() => text('kratom-shipping-notice').includes('November 30, 2026'), 'the shipping notice never switched', { timeout: 8000 });
      expect(doc.querySelectorAll('*:defined').length).to.be.greaterThan(8);
      expect(await requests(url)).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
