// The embed builder (demo/builder.html), driven as a site owner would: pick
// an element, set it up, read the code, and paste that code into a fresh
// plain page. The page's own markup is loaded into this document, then its
// script; the previews and the pasted page load dist/cdn/ as `npm run build`
// made it (the test server's root is the repository).
//
// The builder's language is set in the address (?ui=en), never left to the
// browser's. Its fetch goes through a stand-in that records every address
// asked for, answers .json files as JSON (the test server turns them into
// modules), plays one other site (cdn.example.net) and refuses any other.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { briefs } from '../src/data/index.js';
import { PUBLIC_ELEMENTS } from '../demo/builder/elements.js';
import { normalizeBase } from '../demo/builder/snippet.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const DEFAULT_BASE = /https:\/\/cdn\.jsdelivr\.net\/npm\/kratom-widgets@[^/]+\/dist\/cdn/g;
const IS_DEFAULT_BASE = /^https:\/\/cdn\.jsdelivr\.net\/npm\/kratom-widgets@[^/]+\/dist\/cdn\//;

/** The other site the stand-in plays: a folder whose loader is not this build's. */
const OTHER_SITE = 'https://cdn.example.net/kw';
const OTHER_LOADER = 'export {}; // a copy that is not this build\n';

type Fetch = typeof fetch;

/**
 * A fetch for `win` that records what is asked for; answers this server's
 * .json files as JSON (or 404 for the paths in `missing`), OTHER_SITE's
 * loader, and nothing from any other origin.
 */
function standInFetch(win: Window & typeof globalThis, requested: string[], missing: string[] = []): Fetch {
  const real = win.fetch.bind(win);
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), win.location.href);
    requested.push(url.href);
    if (url.origin === location.origin && url.pathname.endsWith('.json')) {
      if (missing.includes(url.pathname)) return new Response('not found', { status: 404 });
      const json = ((await import(/* @vite-ignore */ url.pathname)) as { default: unknown }).default;
      return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
    }
    if (url.origin === location.origin) return real(input, init);
    if (url.href === `${OTHER_SITE}/kratom-widgets-loader.js`) return new Response(OTHER_LOADER, { headers: { 'Content-Type': 'text/javascript' } });
    throw new TypeError(`Failed to fetch: the test serves no ${url.origin}`);
  };
}

/** sha384 of some text, as SRI writes it. */
async function sriOfText(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};
const snippet = () => $<HTMLTextAreaElement>('#snippet').value;
const codeReady = () => $('.b-code').dataset.state === 'ready';
const previewReady = () => $('#frame-box').dataset.state === 'ready';

/**
 * Waits until the code and the preview have caught up with the last change.
 * A change marks the code busy at once (the preview box as soon as the code
 * is written), so there is nothing to wait for before looking.
 */
async function settled(message: string) {
  await waitUntil(() => codeReady() && previewReady(), message, { timeout: 8000 });
}

/** What a change of a form control does, as the browser would fire it. */
function choose(selector: string, value: string) {
  const control = $<HTMLSelectElement | HTMLInputElement>(selector);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
function click(selector: string) {
  $(selector).click();
}

/** sha384 of the file at `url` as the server sends it, as SRI writes it. */
async function sriOf(url: string): Promise<string> {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The snippet as a document fragment, to read its tags the way a browser does. */
function parse(code: string) {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}

/** Text of an element's shadow root, white space folded. */
const shadowText = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

function previewElement(tag: string) {
  const frame = document.querySelector<HTMLIFrameElement>('#preview-frame');
  return frame?.contentDocument?.querySelector(tag);
}

/** A fresh plain page holding `body`, with a strict CSP, as a site owner's page would be. */
function pastePage(lang: string, body: string, csp = CSP, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Page with the pasted code';
  frame.style.width = '1024px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>My kratom page</title>${head}</head>
<body>
<p>Before the code.</p>
${body}
</body>
</html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

describe('embed builder', function () {
  this.timeout(30000);
  /** Every address the builder's fetch was asked for. */
  const requested: string[] = [];
  const realFetch = window.fetch;
  const otherOrigins = () => requested.filter((url) => !url.startsWith(`${location.origin}/`));

  before(async () => {
    const response = await fetch('/dist/cdn/kratom-widgets-loader.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/ is missing: run `npm run build` first (npm test does)');
    // English whatever the browser's language, as a visitor would ask for it.
    const address = new URL(location.href);
    address.searchParams.set('ui', 'en');
    history.replaceState(history.state, '', address);
    window.fetch = standInFetch(window, requested);
    // The builder page's markup, here, then its script (which finds its files through the meta tags).
    const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
    for (const meta of page.head.querySelectorAll('meta[name^="kratom-builder"]')) document.head.append(meta);
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/demo/builder/builder.css';
    document.head.append(css);
    const box = document.createElement('div');
    box.id = 'builder-page';
    box.append(...page.body.childNodes);
    document.body.append(box);
    const { ready } = (await import('../demo/builder/main.js')) as { ready: Promise<void> };
    await ready;
    await settled('the builder never wrote its first code');
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('checks the folder address as the tag will use it', () => {
    expect(normalizeBase('HTTPS://CDN.Example.com/kw/')).to.equal('https://cdn.example.com/kw');
    expect(normalizeBase(' https://cdn.example.com ')).to.equal('https://cdn.example.com');
    expect(normalizeBase('Http://localhost:8080/cdn')).to.equal('http://localhost:8080/cdn');
    expect(normalizeBase('https://cdn.example.com/a/../kw')).to.equal('https://cdn.example.com/kw');
    expect(normalizeBase('/assets/kw/')).to.equal('/assets/kw');
    expect(normalizeBase('../kw')).to.equal('../kw');
    for (const refused of [
      'https://cdn.example.com/kw?v=1',
      'https://cdn.example.com/kw?',
      'https://cdn.example.com/kw#top',
      'https://user:secret@cdn.example.com/kw',
      'https://user@cdn.example.com/kw',
      '/assets/kw?v=1',
      '/assets/kw#top',
      'http://cdn.example.com/kw',
      'HTTP://cdn.example.com/kw',
      'ftp://cdn.example.com/kw',
      '//cdn.example.com/kw',
      'javascript:alert(1)//',
      'cdn.example.com/kw',
    ]) {
      expect(normalizeBase(refused), refused).to.equal(undefined);
    }
  });

  it('offers every public element, with fields generated from custom-elements.json', async () => {
    const tags = [...$<HTMLSelectElement>('#element').options].map((o) => o.value);
    expect(tags).to.deep.equal([...PUBLIC_ELEMENTS]);
    // Every element custom-elements.json declares is offered, but the FAQ's entries, which live inside <kratom-faq>.
    const manifest = ((await import('/custom-elements.json' as string)) as { default: { modules: { declarations?: { tagName?: string }[] }[] } }).default;
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(declared.filter((tag) => !tags.includes(tag))).to.deep.equal(['kratom-faq-item']);
    choose('#element', 'kratom-law-map');
    await settled('the map never came up');
    // An alias in the source (MapRegion) is a select of its literal values; booleans are checkboxes.
    const region = $<HTMLSelectElement>('#attr-region');
    expect([...region.options].map((o) => o.value)).to.deep.equal(['us', 'ca', 'na']);
    expect($<HTMLInputElement>('#attr-no-legend').type).to.equal('checkbox');
    // The description is the help text; `selected` offers the jurisdiction codes.
    expect($(`#attr-region-help`).textContent).to.contain('What the map covers');
    const selected = [...$<HTMLSelectElement>('#attr-selected').options].map((o) => o.value);
    expect(selected).to.include.members(['US-TX', 'CA-QC', 'US']);
    expect(selected.filter(Boolean)).to.have.length(briefs().length);
    // theme is the builder's own control, not a field.
    expect(document.querySelector('#attr-theme')).to.equal(null);
  });

  it('writes a lookup snippet for Texas in French and dark, whose integrity is the sha384 of the served file', async () => {
    choose('#element', 'kratom-law-lookup');
    await settled('the lookup never came up');
    choose('#attr-jurisdiction', 'US-TX');
    click('#lang-fr');
    click('#theme-dark');
    await settled('the code never caught up');

    const code = parse(snippet());
    const link = code.querySelector('link')!;
    expect(link.rel).to.equal('stylesheet');
    expect(link.getAttribute('href')).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/kratom-widgets@\d+\.\d+\.\d+[^/]*\/dist\/cdn\/kratom-widgets\.css$/);
    const script = code.querySelector('script')!;
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.match(/\/dist\/cdn\/kratom-widgets-loader\.js$/);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.getAttribute('integrity')).to.equal(await sriOf('/dist/cdn/kratom-widgets-loader.js'));
    const lookup = code.querySelector('kratom-law-lookup')!;
    expect(lookup.getAttribute('jurisdiction')).to.equal('US-TX');
    expect(lookup.getAttribute('theme')).to.equal('dark');
    // The language is the page's: the code says so.
    expect(snippet()).to.contain('<html lang="fr">');
    // The UI says plainly what the loader's hash does not cover, and where the default hash comes from.
    expect($('#script-loader-note').textContent).to.match(/loader file only/);
    expect($('#script-loader-note').textContent).to.contain('kratom-widgets.js itself');
    expect($('#script-single-note').textContent).to.match(/not all of the code/);
    expect($('#hash-note').textContent).to.contain('published to npm');
    expect($('#hash-note').textContent).to.contain('byte for byte');

    // The single file: its own hash.
    click('#script-single');
    await settled('the single-file code never came');
    const single = parse(snippet()).querySelector('script')!;
    expect(single.getAttribute('src')).to.match(/\/dist\/cdn\/kratom-widgets\.js$/);
    expect(single.getAttribute('integrity')).to.equal(await sriOf('/dist/cdn/kratom-widgets.js'));
    click('#script-loader');
    await settled('back to the loader');
  });

  it('pasted into a plain page, the code draws what the preview shows', async () => {
    choose('#element', 'kratom-law-lookup');
    choose('#attr-jurisdiction', 'US-TX');
    click('#lang-fr');
    click('#theme-dark');
    await settled('the code never caught up');
    // The preview: a plain page with the code, in French, Texas's full record drawn.
    const full = (text: string) => text.includes('Texas') && text.includes('Réglementé') && text.includes('Âge minimum');
    await waitUntil(() => full(shadowText(previewElement('kratom-law-lookup'))), 'the preview never drew Texas in French', { timeout: 10000 });
    const previewFrame = $<HTMLIFrameElement>('#preview-frame');
    expect(previewFrame.contentDocument!.documentElement.lang).to.equal('fr');
    const shown = shadowText(previewElement('kratom-law-lookup'));

    // The same code, pointed at this server's dist/cdn, in a page of its own under a strict CSP.
    const code = snippet();
    const pasted = await pastePage('fr', code.replace(DEFAULT_BASE, '/dist/cdn'));
    const el = pasted.contentDocument!.querySelector('kratom-law-lookup')!;
    await waitUntil(() => full(shadowText(el)), 'the pasted code never drew Texas in French', { timeout: 10000 });
    expect(shadowText(el)).to.equal(shown);
    expect(el.getAttribute('theme')).to.equal('dark');
    // The script really ran with its integrity checked (a wrong hash would have blocked it).
    expect(pasted.contentDocument!.querySelector('script')!.integrity).to.match(/^sha384-/);
    pasted.remove();
  });

  it('shows a visible message for a wrong value and leaves it out of the code, which stays whole', async () => {
    choose('#element', 'kratom-law-lookup');
    await settled('the lookup never came up');
    const field = $<HTMLInputElement>('#attr-heading-level');
    field.focus();
    field.select();
    await sendKeys({ type: '9' });
    await settled('the code never caught up');
    const error = $('#attr-heading-level-error');
    expect(error.hidden).to.equal(false);
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(error.textContent).to.contain('1 to 6');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('attr-heading-level-error');
    expect($('#snippet-problems').hidden).to.equal(false);
    expect($('#snippet-problems').textContent).to.contain('heading-level');
    // The code has no trace of the wrong value and still holds every tag, the hash included.
    const code = parse(snippet());
    expect(code.querySelector('kratom-law-lookup')!.hasAttribute('heading-level')).to.equal(false);
    expect(code.querySelector('script')!.getAttribute('integrity')).to.match(/^sha384-/);
    expect([...code.querySelector('kratom-law-lookup')!.attributes].map((a) => a.value)).not.to.include('9');

    // Corrected, it goes in.
    field.select();
    await sendKeys({ type: '4' });
    await settled('the code never caught up');
    expect(error.hidden).to.equal(true);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(parse(snippet()).querySelector('kratom-law-lookup')!.getAttribute('heading-level')).to.equal('4');
    choose('#attr-heading-level', '');
    await settled('cleared');
  });

  it('escapes attribute values, so any text stays one attribute', async () => {
    choose('#element', 'advocacy-group-list');
    click('#theme-auto');
    await settled('the list never came up');
    const heading = 'Groups "near" you & \'more\'';
    choose('#attr-heading', heading);
    await settled('the code never caught up');
    expect(snippet()).to.contain('heading="Groups &quot;near&quot; you &amp; &#39;more&#39;"');
    const list = parse(snippet()).querySelector('advocacy-group-list')!;
    expect(list.getAttribute('heading')).to.equal(heading);
    expect(list.attributes).to.have.length(1);
    choose('#attr-heading', '');
    await settled('cleared');
  });

  it('writes the folder a site owner types into both tags, hashing the file there, and refuses one that is not an address', async () => {
    choose('#element', 'kratom-disclaimer');
    await settled('the disclaimer never came up');
    requested.length = 0;
    choose('#base', `${OTHER_SITE}/`);
    await settled('the code never caught up');
    const code = parse(snippet());
    expect(code.querySelector('link')!.getAttribute('href')).to.equal(`${OTHER_SITE}/kratom-widgets.css`);
    const script = code.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(`${OTHER_SITE}/kratom-widgets-loader.js`);
    // The hash of the file that site serves, read from there (once), not this build's.
    expect(otherOrigins()).to.deep.equal([`${OTHER_SITE}/kratom-widgets-loader.js`]);
    expect(script.getAttribute('integrity')).to.equal(await sriOfText(OTHER_LOADER));
    expect(script.getAttribute('integrity')).not.to.equal(await sriOf('/dist/cdn/kratom-widgets-loader.js'));
    expect($('#hash-note').textContent).to.contain(`${OTHER_SITE}/kratom-widgets-loader.js is not the one this build made`);
    // The preview runs this build's copy, with this build's hash.
    const preview = $<HTMLIFrameElement>('#preview-frame').srcdoc;
    expect(preview).to.contain(await sriOf('/dist/cdn/kratom-widgets-loader.js'));
    expect(preview).not.to.contain(OTHER_SITE);

    choose('#base', 'javascript:alert(1)//');
    await settled('the code never caught up');
    expect($('#base-error').hidden).to.equal(false);
    expect($('#base').getAttribute('aria-invalid')).to.equal('true');
    expect($('#base-error').textContent).to.contain('https://');
    expect(snippet()).not.to.contain('javascript:');
    expect(parse(snippet()).querySelector('script')!.getAttribute('src')).to.match(IS_DEFAULT_BASE);

    choose('#base', `${OTHER_SITE}/?v=2`);
    await settled('the code never caught up');
    expect($('#base-error').hidden).to.equal(false);
    expect(snippet()).not.to.contain('?v=2');

    choose('#base', '');
    await settled('cleared');
    expect($('#base-error').hidden).to.equal(true);
  });

  it('reads nothing from an address still being typed, nor from a host without a dot, and asks for a failing file once', async () => {
    choose('#element', 'kratom-disclaimer');
    await settled('the disclaimer never came up');
    const field = $<HTMLInputElement>('#base');
    field.focus();
    field.select();
    requested.length = 0;
    await sendKeys({ type: 'https://cdn.example.com/kw' });
    // While the typing goes on, the code is marked busy and nothing is asked of the typed host.
    expect(otherOrigins()).to.deep.equal([]);
    expect(codeReady()).to.equal(false);
    await settled('the code never caught up after the pause');
    // After the pause: the finished address, once (the stand-in refuses it, as a site without CORS would).
    expect(otherOrigins()).to.deep.equal(['https://cdn.example.com/kw/kratom-widgets-loader.js']);
    expect($('#hash-note').textContent).to.contain('could not be read from this page');
    expect(parse(snippet()).querySelector('script')!.getAttribute('integrity')).to.equal(await sriOf('/dist/cdn/kratom-widgets-loader.js'));
    // Leaving the field, or typing the same address again, asks nothing more: the failure is remembered.
    field.blur();
    await settled('the code never caught up after the blur');
    field.focus();
    field.select();
    await sendKeys({ type: 'https://cdn.example.com/kw' });
    field.blur();
    await settled('the code never caught up');
    expect(otherOrigins()).to.have.length(1);

    // A host without a dot is never read, however long the field sits still.
    requested.length = 0;
    field.focus();
    field.select();
    await sendKeys({ type: 'https://cdn' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    field.blur();
    await settled('the code never caught up');
    expect(otherOrigins()).to.deep.equal([]);
    expect($('#hash-note').textContent).to.contain('full host name');
    expect(parse(snippet()).querySelector('script')!.getAttribute('src')).to.equal('https://cdn/kratom-widgets-loader.js');

    choose('#base', '');
    await settled('cleared');
  });

  it('can be used with the keyboard alone: every control in order, no trap, Copy announces', async () => {
    choose('#element', 'kratom-status-badge');
    await settled('the badge never came up');
    $('#element').focus();
    const visited: string[] = [];
    for (let i = 0; i < 40 && visited.at(-1) !== 'copy'; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement as HTMLElement;
      visited.push(active.id || active.localName);
    }
    // Radio groups are one stop each; every field of the element is reachable.
    expect(visited).to.include.members(['attr-jurisdiction', 'attr-country', 'attr-format', 'base', 'prerender', 'snippet', 'copy']);
    expect(visited.filter((id) => id.startsWith('lang-'))).to.have.length(1);
    expect(visited.filter((id) => id.startsWith('theme-'))).to.have.length(1);
    expect(visited.indexOf('attr-format')).to.be.lessThan(visited.indexOf('base'));
    expect(visited.indexOf('snippet')).to.be.lessThan(visited.indexOf('copy'));
    // Tab leaves the readonly code box (no trap) and the focus ring shows.
    expect(getComputedStyle($('#copy')).outlineStyle).to.equal('solid');

    // Arrow keys in the language group choose a language, and the code follows.
    click('#lang-en');
    await settled('the code never caught up');
    expect(snippet()).to.contain('<html lang="en">');
    $<HTMLInputElement>('#lang-en').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled('the code never caught up');
    expect($<HTMLInputElement>('#lang-fr').checked).to.equal(true);
    expect(snippet()).to.contain('<html lang="fr">');

    // Copy by keyboard: the clipboard gets the code, the live region says so.
    const copiedText: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copiedText.push(text);
    };
    try {
      $('#copy').focus();
      await sendKeys({ press: 'Enter' });
      const status = $('#copy-status');
      await waitUntil(() => status.textContent === 'Copied', 'Copied was never announced');
      expect(status.getAttribute('role')).to.equal('status');
      expect(copiedText).to.deep.equal([snippet()]);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('without clipboard access, selects the code so it can be copied by hand', async () => {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      const status = $('#copy-status');
      status.textContent = '';
      click('#copy');
      await waitUntil(() => status.textContent !== '', 'nothing was announced');
      const area = $<HTMLTextAreaElement>('#snippet');
      expect(area.readOnly).to.equal(true);
      expect(document.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(status.textContent).to.match(/^(Copied|The code is selected)/);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('speaks French and Spanish', async () => {
    choose('#ui-language', 'fr');
    await settled('never switched to French');
    expect(document.documentElement.lang).to.equal('fr');
    expect($('h1').textContent).to.equal('Générateur de code à intégrer');
    expect($('#copy').textContent).to.equal('Copier le code');
    choose('#ui-language', 'es');
    await settled('never switched to Spanish');
    expect($('#copy').textContent).to.equal('Copiar el código');
    choose('#ui-language', 'en');
    await settled('never switched back');
    expect($('#copy').textContent).to.equal('Copy the code');
  });

  it('has an accessible form', async () => {
    choose('#element', 'kratom-law-updates');
    await settled('the updates never came up');
    choose('#attr-since', '2025-13');
    await settled('the code never caught up');
    const builderForm = $('#builder-form');
    await expect(builderForm).to.be.accessible();
    await expect($('.b-output')).to.be.accessible();
    choose('#attr-since', '');
    await settled('cleared');
  });
});

// The static site `npm run build:demo` writes (part of `npm run build`): its
// copy of dist/cdn/, the hashes recorded at build time, and the prerendered
// fallback, whose renderer runs in a worker bundled by Vite.

type WorkerStandIn = 'real' | 'silent' | 'broken';

/**
 * The built builder in a frame of its own, at its own address with `?ui=`,
 * its fetch the stand-in (so the test server's JSON modules reach it as
 * JSON) installed before its script runs. `worker` replaces the prerender
 * worker with one that never answers, or one that cannot start.
 */
async function openBuilt({ ui, missing = [], worker = 'real' }: { ui: string; missing?: string[]; worker?: WorkerStandIn }) {
  const address = `/demo-dist/builder.html?ui=${ui}`;
  const html = await (await fetch(address)).text();
  const frame = document.createElement('iframe');
  frame.title = 'Built embed builder';
  frame.style.width = '1280px';
  frame.style.height = '900px';
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // document.open() keeps the frame's window, so what is set on it now is there when the page's script runs.
  doc.open();
  win.history.replaceState(null, '', address);
  const requested: string[] = [];
  win.fetch = standInFetch(win, requested, missing);
  if (worker !== 'real') {
    win.Worker = class extends win.EventTarget {
      constructor() {
        super();
        if (worker === 'broken') throw new Error('no workers here');
      }
      postMessage() {}
      terminate() {}
    } as unknown as typeof Worker;
  }
  doc.write(html);
  doc.close();
  return { frame, requested, $: <T extends HTMLElement = HTMLElement>(selector: string) => doc.querySelector<T>(selector)! };
}

describe('embed builder, static build (demo-dist/)', function () {
  this.timeout(40000);
  let frame: HTMLIFrameElement;
  let inFrame: <T extends HTMLElement = HTMLElement>(selector: string) => T;

  before(async () => {
    const response = await fetch('/demo-dist/builder.html', { method: 'HEAD' });
    if (!response.ok) throw new Error('demo-dist/ is missing: run `npm run build` first (npm test does)');
    ({ frame, $: inFrame } = await openBuilt({ ui: 'en' }));
    await waitUntil(() => inFrame('.b-code')?.dataset.state === 'ready' && inFrame<HTMLTextAreaElement>('#snippet').value.includes('integrity'), 'the built builder never wrote its code', { timeout: 10000 });
  });
  after(() => frame.remove());

  it('records at build time the sha384 of the files `npm run build` made, and the page uses it', async () => {
    // The test server hands JSON files over as modules.
    const recorded = ((await import('/demo-dist/dist/cdn/sri.json' as string)) as { default: Record<string, string> }).default;
    for (const file of ['kratom-widgets-loader.js', 'kratom-widgets.js', 'kratom-widgets.css']) {
      expect(recorded[file], file).to.equal(await sriOf(`/dist/cdn/${file}`));
      // The site's copy is byte for byte the build's.
      expect(await sriOf(`/demo-dist/dist/cdn/${file}`), file).to.equal(recorded[file]);
    }
    const script = parse(inFrame<HTMLTextAreaElement>('#snippet').value).querySelector('script')!;
    expect(script.getAttribute('integrity')).to.equal(recorded['kratom-widgets-loader.js']);
    // The page compared its files with the record, and they match.
    expect(inFrame('#hash-note').textContent).not.to.contain('differs from the hash recorded');
  });

  it('says in the page’s language when custom-elements.json cannot be loaded', async () => {
    const built = await openBuilt({ ui: 'fr', missing: ['/demo-dist/custom-elements.json'] });
    try {
      const message = built.$('#load-error');
      await waitUntil(() => !message.hidden, 'no message about the missing manifest', { timeout: 10000 });
      expect(message.textContent).to.contain('custom-elements.json');
      expect(message.textContent).to.contain('Le générateur n’a pas pu charger');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(built.$('#builder-form').hidden).to.equal(true);
      expect(built.frame.contentDocument!.documentElement.lang).to.equal('fr');
    } finally {
      built.frame.remove();
    }
  });

  it('writes the code at once while the fallback is drawn, and says in the page’s language when it cannot be', async () => {
    const silent = await openBuilt({ ui: 'es', worker: 'silent' });
    try {
      const $$ = silent.$;
      await waitUntil(() => $$('.b-code')?.dataset.state === 'ready', 'the built builder never wrote its code', { timeout: 10000 });
      $$('#prerender').click();
      const select = $$<HTMLSelectElement>('#attr-jurisdiction');
      select.value = 'US-TX';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // The worker never answers: the code is there anyway, without the fallback.
      await waitUntil(() => $$<HTMLTextAreaElement>('#snippet').value.includes('jurisdiction="US-TX"'), 'the code waited for the fallback');
      expect($$<HTMLTextAreaElement>('#snippet').value).not.to.contain('shadowrootmode');
      expect($$('#prerender-status').textContent).to.equal('Renderizando la versión de respaldo…');
    } finally {
      silent.frame.remove();
    }

    const broken = await openBuilt({ ui: 'es', worker: 'broken' });
    try {
      const $$ = broken.$;
      await waitUntil(() => $$('.b-code')?.dataset.state === 'ready', 'the built builder never wrote its code', { timeout: 10000 });
      $$('#prerender').click();
      await waitUntil(() => $$('#prerender-status').textContent !== 'Renderizando la versión de respaldo…' && $$('.b-code').dataset.state === 'ready', 'the failure was never reported');
      expect($$('#prerender-status').textContent).to.equal('No se pudo crear la versión de respaldo: el renderizador no arrancó. Vuelva a cargar la página para intentarlo de nuevo.');
      expect($$<HTMLTextAreaElement>('#snippet').value).to.contain('<kratom-law-lookup></kratom-law-lookup>');
    } finally {
      broken.frame.remove();
    }
  });

  it('adds a prerendered fallback that reads without JavaScript', async () => {
    const select = inFrame<HTMLSelectElement>('#attr-jurisdiction');
    select.value = 'US-TX';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    inFrame('#lang-fr').click();
    inFrame('#prerender').click();
    const area = inFrame<HTMLTextAreaElement>('#snippet');
    await waitUntil(() => area.value.includes('shadowrootmode="open"') && inFrame('.b-code').dataset.state === 'ready', 'never prerendered', { timeout: 20000 });
    const code = area.value;
    expect(code).to.contain('Prerendered HTML');
    // Still the same script tag and the same element with its attributes.
    const parsed = parse(code);
    expect(parsed.querySelector('script')!.getAttribute('integrity')).to.match(/^sha384-/);
    expect(parsed.querySelector('kratom-law-lookup')!.getAttribute('jurisdiction')).to.equal('US-TX');
    // The preview page's own title follows the element's language.
    await waitUntil(() => inFrame('#frame-box').dataset.state === 'ready', 'the preview never caught up');
    expect(/<title>[^<]*<\/title>/.exec(inFrame<HTMLIFrameElement>('#preview-frame').srcdoc)?.[0]).to.equal('<title>Aperçu de &lt;kratom-law-lookup&gt;</title>');

    // A page that runs no script at all still shows Texas and its status, in French.
    const page = await pastePage('fr', code.replace(DEFAULT_BASE, '/dist/cdn'), "script-src 'none'");
    const doc = page.contentDocument!;
    const lookup = doc.querySelector('kratom-law-lookup')!;
    expect(page.contentWindow!.customElements.get('kratom-law-lookup')).to.equal(undefined);
    expect(lookup.shadowRoot, 'no declarative shadow root').to.not.equal(null);
    const text = shadowText(lookup);
    expect(text).to.contain('Texas');
    expect(text).to.contain('Réglementé');
    // Drawn as a server draws it: the full record, not a loading line.
    expect(text).to.contain('Âge minimum');
    expect(lookup.hasAttribute('prerendered')).to.equal(true);
    // Without the script the place list cannot work, so it is disabled.
    expect(lookup.shadowRoot!.querySelector<HTMLSelectElement>('[part~="select"]')!.disabled).to.equal(true);
    page.remove();

    // With the script, the element takes the prerendered HTML over instead of drawing it again.
    const live = await pastePage('fr', code.replace(DEFAULT_BASE, '/dist/cdn'), CSP, '<script type="module" src="/test/fixtures/record-warnings.js"></script>');
    const win = live.contentWindow as Window & { recordedWarnings: string[] };
    await waitUntil(() => win.customElements.get('kratom-law-lookup'), 'the script never ran');
    const taken = live.contentDocument!.querySelector('kratom-law-lookup') as HTMLElement & { updateComplete: Promise<unknown> };
    // The sign of the takeover: the place list works (the prerendered one is disabled).
    const liveSelect = () => taken.shadowRoot?.querySelector<HTMLSelectElement>('[part~="select"]');
    await waitUntil(() => liveSelect() && !liveSelect()!.disabled, 'the script never took the prerendered lookup over', { timeout: 10000 });
    await taken.updateComplete;
    expect(win.recordedWarnings.filter((w) => w.includes('prerendered')), win.recordedWarnings.join('\n')).to.deep.equal([]);
    expect(shadowText(taken)).to.contain('Âge minimum');
    live.remove();
    inFrame('#prerender').click();
  });
});
