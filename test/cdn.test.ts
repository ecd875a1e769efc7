// The script-tag build in a plain page, as a site owner pastes it: the
// elements are written before the script runs, the page has a strict CSP, and
// the file is dist/cdn/kratom-widgets.js as built by `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';

const STATUS_NAMES = ['banned', 'sale-prohibited', 'restricted-7oh', 'regulated', 'age-limit-only', 'legal-unregulated', 'unknown'];

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'";

function loadPage(lang: string, body: string, script = 'kratom-widgets.js', csp = CSP): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'CDN test page';
  frame.srcdoc = `<!doctype html>
<html lang="${lang}">
<head><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Plain page</title></head>
<body>${body}<script type="module" src="/test/fixtures/record-warnings.js"></script>${script ? `<script type="module" src="/dist/cdn/${script}"></script>` : ''}</body>
</html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

const inner = (frame: HTMLIFrameElement, selector: string) =>
  frame.contentDocument!.querySelector(selector)!.shadowRoot?.querySelector(selector === 'kratom-disclaimer' ? 'h2' : 'button');

describe('CDN file in a plain page', () => {
  before(async () => {
    const response = await fetch('/dist/cdn/kratom-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/kratom-widgets.js is missing: run `npm run build` first (npm test does)');
  });

  it('ships the legal records with their history but without reviewers’ notes', async () => {
    const built = await (await fetch('/dist/esm/data/jurisdictions.json.js')).text();
    expect(built).to.contain('"events"');
    expect(built).to.contain('"kind": "primary"');
    expect(built).not.to.match(/"notes":/);
  });

  it('upgrades elements written before the script and renders them', async () => {
    const frame = await loadPage('en', '<kratom-disclaimer></kratom-disclaimer>');
    await waitUntil(() => inner(frame, 'kratom-disclaimer')?.textContent === 'Important information', 'never upgraded');
    const el = frame.contentDocument!.querySelector('kratom-disclaimer')!;
    expect(el.shadowRoot!.textContent).to.contain('Not legal advice.');
    // Styles apply under the strict CSP (constructable stylesheets, no inline styles).
    const notice = el.shadowRoot!.querySelector('.notice')!;
    expect(frame.contentWindow!.getComputedStyle(notice).borderInlineStartStyle).to.equal('solid');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    frame.remove();
  });

  it('renders every element, loading dataset chunks beside the script under the strict CSP', async () => {
    const frame = await loadPage(
      'en',
      `<kratom-law-map view="map"></kratom-law-map>
       <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>
       <advocacy-group-card group="aka"></advocacy-group-card>
       <advocacy-group-list></advocacy-group-list>
       <kratom-faq topics="basics"></kratom-faq>
       <kratom-law-lookup jurisdiction="CA-QC"></kratom-law-lookup>
       <kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>`,
    );
    const doc = frame.contentDocument!;
    const text = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => text('kratom-law-map').includes('Alabama') || doc.querySelector('kratom-law-map')?.shadowRoot?.querySelector('[aria-label^="Alabama"]'), 'map never rendered');
    await waitUntil(() => text('kratom-status-badge').includes('Banned'), 'badge never rendered');
    await waitUntil(() => text('advocacy-group-card').includes('American Kratom Association'), 'card never loaded its data');
    await waitUntil(() => text('kratom-faq').includes('What is kratom?'), 'FAQ never loaded its data');
    await waitUntil(() => text('kratom-law-lookup').includes('Quebec'), 'lookup never answered');
    await waitUntil(() => text('kratom-shipping-notice').includes('Alabama'), 'shipping notice never answered');
    expect(doc.querySelector('advocacy-group-list')!.shadowRoot!.querySelectorAll('advocacy-group-card').length).to.be.greaterThan(5);
    for (const el of doc.querySelectorAll('*')) {
      if (el.shadowRoot) expect(el.shadowRoot.querySelectorAll('[style]'), el.localName).to.have.length(0);
    }
    frame.remove();
  });

  it('draws the map from the minified templates with every attribute intact', async () => {
    const frame = await loadPage('en', '<kratom-law-map view="map" statuses="banned"></kratom-law-map>');
    const root = () => frame.contentDocument!.querySelector('kratom-law-map')!.shadowRoot;
    await waitUntil(() => (root()?.querySelectorAll('svg.map path.region').length ?? 0) > 50, 'map never drew');
    const map = root()!;
    const diamonds = [...map.querySelectorAll('rect.marker-pending')];
    expect(diamonds.length).to.be.greaterThan(0);
    for (const d of diamonds) expect(d.getAttribute('transform')).to.match(/^rotate\(45 -?[\d.]+ -?[\d.]+\)$/);
    // Classes written as "status-${…} ${…}" keep their space: the filtered-out statuses are dimmed.
    const statuses = STATUS_NAMES;
    for (const path of map.querySelectorAll('svg.map path.region')) {
      for (const name of path.classList) if (name.startsWith('status-')) expect(statuses, name).to.include(name.slice(7));
    }
    expect(map.querySelectorAll('svg.map .dim').length).to.be.greaterThan(10);
    // Its outlines are a file of their own, asked for once.
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace('/dist/cdn/', ''));
    expect(fetched.filter((f) => f.startsWith('chunks/geometry-'))).to.deep.equal(['chunks/geometry-us.js']);
    frame.remove();
  });

  it('fetches one record per place shown: a shipping check and a lookup load their own, never all 71', async () => {
    const frame = await loadPage(
      'en',
      `<kratom-shipping-notice destination="US-TX"></kratom-shipping-notice>
       <kratom-law-lookup jurisdiction="CA-QC"></kratom-law-lookup>`,
    );
    const doc = frame.contentDocument!;
    const text = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => text('kratom-shipping-notice').includes('Texas') && text('kratom-law-lookup').includes('Minimum age'), 'never answered', { timeout: 8000 });
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace('/dist/cdn/', ''));
    expect(fetched.filter((f) => f.startsWith('chunks/record-')).sort()).to.deep.equal(['chunks/record-CA-QC.js', 'chunks/record-US-TX.js']);
    expect(fetched).not.to.include('chunks/jurisdictions.js');
    // No map on the page, no outlines.
    expect(fetched.filter((f) => f.startsWith('chunks/geometry-'))).to.deep.equal([]);
    frame.remove();
  });

  it('lists the newest changes from their own file, not the whole history', async () => {
    const frame = await loadPage('en', '<kratom-law-updates></kratom-law-updates>');
    const doc = frame.contentDocument!;
    await waitUntil(() => (doc.querySelector('kratom-law-updates')?.shadowRoot?.querySelectorAll('.change').length ?? 0) === 10, 'no changes listed', { timeout: 8000 });
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace('/dist/cdn/', ''));
    expect(fetched).to.include('chunks/recent-changes.js');
    expect(fetched).not.to.include('chunks/history.js');
    frame.remove();
  });

  it('loads an element’s drawing beside its data, and only for the elements on the page', async () => {
    const drawings = (frame: HTMLIFrameElement) =>
      frame.contentWindow!.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.replace('/dist/cdn/', ''))
        .filter((f) => f.includes('.view-'))
        .map((f) => f.replace(/^kratom-widgets-(.+)\.view-[\w-]+\.js$/, '$1'))
        .sort();
    // A disclaimer and a badge draw from the file alone.
    const plain = await loadPage('en', '<kratom-disclaimer></kratom-disclaimer><kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>');
    const badge = () => plain.contentDocument!.querySelector('kratom-status-badge')!.shadowRoot?.textContent ?? '';
    await waitUntil(() => badge().includes('Banned'), 'badge never rendered');
    expect(drawings(plain)).to.deep.equal([]);
    plain.remove();
    // A FAQ and a card: their two drawings, nothing for the list, the updates or the notice.
    const frame = await loadPage('en', '<kratom-faq topics="basics"></kratom-faq><advocacy-group-card group="aka"></advocacy-group-card>');
    const text = (tag: string) => frame.contentDocument!.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => text('kratom-faq').includes('What is kratom?') && text('advocacy-group-card').includes('American Kratom Association'), 'never drew', { timeout: 8000 });
    expect(drawings(frame)).to.deep.equal(['advocacy-group-card', 'kratom-faq']);
    frame.remove();
  });

  it('fetches each on-demand file whole: a French FAQ needs its translations and data, and nothing they import', async () => {
    const frame = await loadPage('fr', '<kratom-faq topics="basics"></kratom-faq><advocacy-group-list country="ca"></advocacy-group-list>');
    const text = (tag: string) => frame.contentDocument!.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => text('kratom-faq').includes('Qu’est-ce que le kratom') && (frame.contentDocument!.querySelector('advocacy-group-list')?.shadowRoot?.querySelectorAll('advocacy-group-card').length ?? 0) > 0, 'never drew in French', { timeout: 8000 });
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace('/dist/cdn/', ''));
    expect(fetched.filter((f) => f.startsWith('chunks/')).sort()).to.deep.equal(['chunks/faq.js', 'chunks/groups.js', 'chunks/locale-fr.js']);
    frame.remove();
  });

  it("defines the page's tags first, then the others, not all in one task", async () => {
    const frame = await loadPage('en', '<kratom-disclaimer></kratom-disclaimer><p><kratom-status-badge jurisdiction="US-AL"></kratom-status-badge></p>', '');
    const win = frame.contentWindow!;
    const ALL = ['kratom-law-map', 'kratom-law-lookup', 'kratom-status-badge', 'kratom-shipping-notice', 'advocacy-group-card',
      'advocacy-group-list', 'kratom-faq', 'kratom-faq-item', 'kratom-law-updates', 'kratom-disclaimer'];
    // For each tag, which tags were already defined when its definition was announced.
    const seen = new Map<string, string[]>();
    for (const tag of ALL) void win.customElements.whenDefined(tag).then(() => seen.set(tag, ALL.filter((t) => win.customElements.get(t))));
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/kratom-widgets.js';
    frame.contentDocument!.body.append(script);
    await waitUntil(() => seen.size === ALL.length, 'not every tag was defined');
    const absent = ALL.filter((t) => t !== 'kratom-disclaimer' && t !== 'kratom-status-badge');
    for (const tag of ['kratom-disclaimer', 'kratom-status-badge']) {
      expect(seen.get(tag)!.filter((t) => absent.includes(t)), `others defined before ${tag} was announced`).to.deep.equal([]);
    }
    // The two on the page each in its own task; the elements upgraded and drew.
    expect(seen.get('kratom-disclaimer')!.length + seen.get('kratom-status-badge')!.length).to.equal(3);
    await waitUntil(() => inner(frame, 'kratom-disclaimer')?.textContent === 'Important information', 'the disclaimer never drew');
    const badge = () => frame.contentDocument!.querySelector('kratom-status-badge')!.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim();
    await waitUntil(() => badge(), 'the badge never drew');
    frame.remove();
  });

  for (const width of [390, 1200]) {
    it(`the reserve stylesheet holds each element's drawn height before a late script, at ${width} px`, async () => {
      const frame = document.createElement('iframe');
      frame.title = 'Late script page';
      frame.style.width = `${width}px`;
      frame.style.height = '600px';
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${CSP}">
        <link rel="stylesheet" href="/test/fixtures/page.css">
        <link rel="stylesheet" href="/dist/cdn/kratom-widgets.css"><title>Late</title></head>
        <body>
        <kratom-law-map></kratom-law-map><p>Text <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge> text.</p>
        <kratom-disclaimer></kratom-disclaimer><kratom-faq></kratom-faq><kratom-law-map hidden></kratom-law-map></body></html>`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const tags = ['kratom-law-map', 'kratom-status-badge', 'kratom-disclaimer', 'kratom-faq'];
      const heights = () => tags.map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);
      const before = heights();
      expect(before.every((h) => h > 0), String(before)).to.equal(true);
      // A hidden element (an inactive tab's, say) stays hidden.
      expect(doc.querySelector('kratom-law-map[hidden]')!.getBoundingClientRect().height).to.equal(0);
      // The site's script arrives after the page has drawn.
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/kratom-widgets.js';
      doc.body.append(script);
      await waitUntil(() => tags.every((tag) => frame.contentWindow!.customElements.get(tag)), 'never defined');
      for (const tag of tags) await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const after = heights();
      tags.forEach((tag, i) => expect(Math.abs(after[i] - before[i]) / after[i], `${tag}: ${before[i]} → ${after[i]}`).to.be.below(0.05));
      frame.remove();
    });
  }

  it('has a file per element for pages that need only one', async () => {
    const frame = await loadPage('es-MX', '<kratom-faq topics="law"></kratom-faq><kratom-disclaimer></kratom-disclaimer>', 'kratom-faq.js');
    const doc = frame.contentDocument!;
    const faqText = () => doc.querySelector('kratom-faq')?.shadowRoot?.textContent ?? '';
    await waitUntil(() => faqText().includes('Canadá'), 'FAQ never loaded its data in Spanish');
    // Only the FAQ is defined by this file.
    expect(frame.contentWindow!.customElements.get('kratom-disclaimer')).to.equal(undefined);
    frame.remove();
  });

  it('draws in English, with one warning, when the translations cannot be loaded', async () => {
    // The policy allows the two scripts and nothing else, as if chunks/ had not been copied.
    const origin = window.location.origin;
    const csp = `default-src 'self'; script-src ${origin}/test/fixtures/record-warnings.js ${origin}/dist/cdn/kratom-disclaimer.js; style-src 'self'`;
    const frame = await loadPage('fr-CA', '<kratom-disclaimer></kratom-disclaimer>', 'kratom-disclaimer.js', csp);
    await waitUntil(() => inner(frame, 'kratom-disclaimer')?.textContent === 'Important information', 'never drawn');
    const warnings = (frame.contentWindow as Window & { recordedWarnings: string[] }).recordedWarnings;
    expect(warnings.filter((w) => w.includes('"fr" translations could not be loaded'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('copy the chunks/ folder');
    frame.remove();
  });

  it('switches elements of another copy of the library too: one language per page', async () => {
    // The map comes from its own file (a copy with its own Lit); setLocale is the single file's.
    const frame = await loadPage(
      'en',
      '<kratom-law-map view="map"></kratom-law-map><script type="module" src="/dist/cdn/kratom-law-map.js"></script>',
    );
    const map = () => frame.contentDocument!.querySelector('kratom-law-map')!.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => map().includes('As of'), 'map never drew in English');
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/test/fixtures/set-locale-es.js';
    frame.contentDocument!.body.append(script);
    await waitUntil(() => map().includes('jurisdicciones'), 'the other copy never switched to Spanish', { timeout: 6000 });
    expect(map()).not.to.contain('As of');
    expect(map()).not.to.contain('jurisdictions');
    frame.remove();
  });

  it('starts in the page language and switches elements that were already there', async () => {
    const frame = await loadPage('fr-CA', '<kratom-disclaimer></kratom-disclaimer>');
    await waitUntil(() => inner(frame, 'kratom-disclaimer')?.textContent === 'Renseignements importants', 'not French');

    // The page's own module script calls the exported setLocale, as a site would.
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/test/fixtures/set-locale-es.js';
    frame.contentDocument!.body.append(script);
    await waitUntil(() => inner(frame, 'kratom-disclaimer')?.textContent === 'Información importante', 'not Spanish');
    frame.remove();
  });
});
