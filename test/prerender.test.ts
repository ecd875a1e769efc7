// Prerendered HTML (src/ssr/render.ts, as `npm run render` prints it): read
// with JavaScript off, then taken over by the script-tag file without a
// layout shift, duplicate content or lost state.
import { expect, waitUntil } from '@open-wc/testing';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'none'";

async function prerendered(markup: string, lang = 'en'): Promise<string> {
  const response = await fetch(`/test-prerender?markup=${encodeURIComponent(markup)}&lang=${lang}`);
  const html = await response.text();
  if (!response.ok) throw new Error(html);
  return html;
}

function page(body: string, { lang = 'en', scripts = true, head = '' } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Prerendered page';
  frame.style.width = '900px';
  frame.style.height = '1400px';
  // Without allow-scripts the frame runs no script at all: JavaScript is off.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Prerendered</title>
    <link rel="stylesheet" href="/test/fixtures/page.css"><link rel="stylesheet" href="/dist/cdn/kratom-widgets.css">${head}</head>
    <body>${body}</body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

const text = (root: ShadowRoot | null | undefined) => root?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('prerendered HTML', function () {
  // Each test renders on the server first (a Node process per page), which a busy machine slows down.
  this.timeout(30_000);

  it('reads without JavaScript: the lookup answer, in French, with its links and a disabled select', async () => {
    const html = await prerendered('<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>', 'fr');
    const frame = await page(html, { lang: 'fr', scripts: false });
    const el = frame.contentDocument!.querySelector('kratom-law-lookup')!;
    const root = el.shadowRoot;
    expect(root, 'the declarative shadow root').to.not.equal(null);
    expect(text(root)).to.contain('Texas');
    expect(text(root)).to.contain('Réglementé');
    const select = root!.querySelector('select')!;
    expect(select.disabled).to.equal(true);
    // The place asked for is the one shown, and only it carries the attribute.
    expect(select.value).to.equal('US-TX');
    expect(root!.querySelectorAll('option[selected]')).to.have.length(1);
    const links = [...root!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.href, link.textContent ?? '').to.match(/^https:\/\//);
    // It takes room on the page (styles applied), and no element is defined.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
    expect(frame.contentWindow!.customElements.get('kratom-law-lookup')).to.equal(undefined);
    frame.remove();
  });

  it('reads without JavaScript: the map as its drawing and its table, every FAQ answer', async () => {
    const html = await prerendered('<kratom-law-map></kratom-law-map><kratom-faq topics="basics"></kratom-faq>');
    const frame = await page(html, { scripts: false });
    const map = frame.contentDocument!.querySelector('kratom-law-map')!.shadowRoot!;
    expect(map.querySelectorAll('svg path').length).to.be.greaterThan(50);
    expect(text(map)).to.contain('Alabama');
    const faq = frame.contentDocument!.querySelector('kratom-faq')!.shadowRoot!;
    const answers = [...faq.querySelectorAll('details')];
    expect(answers.length).to.be.greaterThan(2);
    // A closed answer opens with its summary, as a reader would click it.
    const first = answers[0];
    expect(first.open).to.equal(false);
    first.querySelector('summary')!.click();
    expect(first.open).to.equal(true);
    expect(first.getBoundingClientRect().height).to.be.greaterThan(60);
    frame.remove();
  });

  for (const file of ['kratom-widgets.js', 'kratom-widgets-loader.js']) {
  it(`is taken over by ${file} without moving anything, then works`, async () => {
    const markup = `<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
      <p>Alabama: <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge></p>
      <kratom-faq topics="basics"></kratom-faq><kratom-disclaimer></kratom-disclaimer>`;
    const html = await prerendered(markup);
    const frame = await page(html, {
      head: '<script src="/test/fixtures/record-layout-shift.js"></script><script type="module" src="/test/fixtures/record-warnings.js"></script>',
    });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { layoutShift: number; layoutShifts: string[]; recordedWarnings: string[] };
    const tags = ['kratom-law-lookup', 'kratom-status-badge', 'kratom-faq', 'kratom-disclaimer'];
    const boxes = () => tags.map((tag) => JSON.stringify(doc.querySelector(tag)!.getBoundingClientRect()));
    // A reader opens an answer before the script arrives.
    doc.querySelector('kratom-faq')!.shadowRoot!.querySelector('summary')!.click();
    // A timer, not an animation frame: a background tab (tests run two at a time) gives none.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Shifts from here on are the script's.
    win.layoutShift = 0;
    win.layoutShifts = [];
    const before = boxes();
    const lookupText = text(doc.querySelector('kratom-law-lookup')!.shadowRoot);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = `/dist/cdn/${file}`;
    doc.head.append(script);
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'never defined');
    for (const tag of tags) await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(boxes()).to.deep.equal(before);
    expect(win.layoutShift, win.layoutShifts.join('; ')).to.equal(0);
    // Taken over, not drawn again beside the server's copy.
    const lookup = doc.querySelector('kratom-law-lookup')!;
    expect(text(lookup.shadowRoot)).to.equal(lookupText);
    expect(lookup.shadowRoot!.querySelectorAll('select')).to.have.length(1);
    // Taken over as they are: no element had to draw again.
    expect(win.recordedWarnings.filter((w) => w.includes('prerendered'))).to.deep.equal([]);
    // The answer the reader opened stays open.
    const faq = doc.querySelector('kratom-faq')!.shadowRoot!;
    expect(faq.querySelector('[aria-expanded="true"]'), 'the opened answer').to.not.equal(null);

    // And it works: the select is live and answers another place.
    const select = lookup.shadowRoot!.querySelector('select')!;
    expect(select.disabled).to.equal(false);
    select.value = 'US-AL';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => text(lookup.shadowRoot).includes('Alabama') && text(lookup.shadowRoot).includes('Banned'), 'the lookup never answered the new choice');
    frame.remove();
  });
  }
});
