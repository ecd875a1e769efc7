// Every element, rendered and used, on a page that enforces Trusted Types:
// the script-tag file as it ships (dist/cdn, built before the run).
import { expect, waitUntil } from '@open-wc/testing';

interface Recorded {
  violations: string[];
  errors: string[];
  rejections: string[];
  warnings: string[];
}

const BODY = `<kratom-law-map view="map"></kratom-law-map>
  <kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
  <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>
  <kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>
  <advocacy-group-card group="aka"></advocacy-group-card>
  <advocacy-group-list></advocacy-group-list>
  <kratom-faq structured-data searchable topics="basics"></kratom-faq>
  <kratom-disclaimer></kratom-disclaimer>
  <kratom-law-updates limit="3"></kratom-law-updates>`;

function loadPage(policy: string): Promise<HTMLIFrameElement> {
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ${policy}`;
  const frame = document.createElement('iframe');
  frame.title = 'Trusted Types page';
  frame.srcdoc = `<!doctype html>
<html lang="en">
<head><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Strict page</title>
<script src="/test/fixtures/record-violations.js"></script></head>
<body>${BODY}<script type="module" src="/dist/cdn/kratom-widgets.js"></script></body>
</html>`;
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

const root = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument!.querySelector(tag)!.shadowRoot!;
const text = (frame: HTMLIFrameElement, tag: string) => root(frame, tag)?.textContent?.replace(/\s+/g, ' ') ?? '';
const recorded = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { recorded: Recorded }).recorded;

async function useEveryElement(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  await waitUntil(() => text(frame, 'kratom-faq').includes('What is kratom?'), 'FAQ never rendered', { timeout: 8000 });
  await waitUntil(() => text(frame, 'kratom-law-lookup').includes('Texas'), 'lookup never answered', { timeout: 8000 });
  await waitUntil(() => root(frame, 'kratom-law-map')?.querySelector('[data-code="US-TX"]'), 'map never drew', { timeout: 8000 });

  // Map: open a place's details.
  (root(frame, 'kratom-law-map').querySelector('[data-code="US-TX"]') as SVGElement).dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true }),
  );
  await waitUntil(() => text(frame, 'kratom-law-map').includes('Sources'), 'map details never opened', { timeout: 8000 });

  // Lookup: choose another place.
  const select = root(frame, 'kratom-law-lookup').querySelector('select')!;
  select.value = 'CA-QC';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => text(frame, 'kratom-law-lookup').includes('Quebec'), 'lookup never changed');

  // FAQ: open an answer and search.
  (root(frame, 'kratom-faq').querySelector('button.question') as HTMLButtonElement).click();
  const search = root(frame, 'kratom-faq').querySelector('input[type="search"]') as HTMLInputElement;
  search.value = 'kratom';
  search.dispatchEvent(new Event('input', { bubbles: true }));

  // Attribute changes on the rest.
  doc.querySelector('kratom-shipping-notice')!.setAttribute('destination', 'CA-ON');
  doc.querySelector('kratom-status-badge')!.setAttribute('format', 'long');
  doc.querySelector('advocacy-group-list')!.setAttribute('country', 'ca');
  doc.querySelector('kratom-law-updates')!.setAttribute('limit', '5');
  await waitUntil(() => text(frame, 'kratom-shipping-notice').includes('Ontario'), 'shipping notice never changed');
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('a page that enforces Trusted Types', () => {
  before(async () => {
    const response = await fetch('/dist/cdn/kratom-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/kratom-widgets.js is missing: run `npm run build` first (npm test does)');
  });

  it('with the library’s policy allowed: every element works, structured data included, 0 violations', async () => {
    const frame = await loadPage('trusted-types lit-html kratom-widgets');
    await useEveryElement(frame);
    const seen = recorded(frame);
    expect(seen.violations).to.deep.equal([]);
    expect(seen.errors).to.deep.equal([]);
    expect(seen.rejections).to.deep.equal([]);
    const script = frame.contentDocument!.querySelector('script[type="application/ld+json"][data-kratom-faq]');
    expect(JSON.parse(script!.textContent!)['@type']).to.equal('FAQPage');
    frame.remove();
  });

  it('without it: the structured data is left out with one warning and nothing else breaks', async () => {
    const frame = await loadPage('trusted-types lit-html');
    await useEveryElement(frame);
    const seen = recorded(frame);
    // The one refusal is the policy we asked for; no sink was ever given a plain string.
    expect(seen.violations).to.have.length(1);
    expect(seen.violations[0]).to.match(/^trusted-types/);
    expect(seen.errors).to.deep.equal([]);
    expect(seen.rejections).to.deep.equal([]);
    expect(seen.warnings.filter((w) => w.includes('Trusted Types'))).to.have.length(1);
    expect(frame.contentDocument!.querySelector('script[data-kratom-faq]')).to.equal(null);
    // Deep links still open entries.
    frame.contentWindow!.location.hash = '#faq-what-is-kratom';
    await waitUntil(
      () => root(frame, 'kratom-faq').querySelector('button.question[aria-expanded="true"]'),
      'deep link did not open an entry',
    );
    frame.remove();
  });
});
