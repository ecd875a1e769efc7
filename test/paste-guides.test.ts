// docs/paste-guides.md, tested the way a site owner uses it: every ```html
// snippet is taken from the guide with the platform section it belongs to,
// its jsDelivr addresses are pointed at the freshly built dist/cdn/, and it is
// wrapped the way that platform wraps pasted HTML (a WordPress post, wpautop,
// a Shopify section, a Squarespace code block, a Wix frame, a Webflow embed,
// a Ghost card). The page opens in an iframe under a `script-src 'self'`
// policy. The only inline scripts it allows are the test's own stand-ins for
// the platforms and the snippets' scripts whose hashes the guide itself lists
// for a strict policy: a snippet script the guide gives no hash for is
// blocked, as it would be on a site with that policy. The test then reads
// what a reader sees in each widget and runs axe on it.
//
// The wrappers are our model of each platform, not the platform: a platform
// that changes what it does to pasted code goes unnoticed here.
import { expect, waitUntil } from '@open-wc/testing';
import { brief, isSaleAllowed, localize, normalizeCode } from '../src/data/index.js';
import { STATUS_LABEL } from '../src/data/status-labels.js';
import type { Locale } from '../src/data/types.js';
import { toLocale } from '../src/shared/locale.js';
import { loadAxe } from './helpers/frame-axe.js';

// ---------------------------------------------------------------------------
// The guide and what it must contain

const GUIDE_URL = '/docs/paste-guides.md';
const JSDELIVR = /^https:\/\/cdn\.jsdelivr\.net\/npm\/kratom-widgets@([^/]+)\/dist\/cdn\/(.+)$/;
const SELF_HOSTED = '/kratom-widgets/';

/** The platform sections (H2 headings) the guide must have, each with at least one snippet. */
const PLATFORMS = ['WordPress', 'WooCommerce checkout', 'Shopify', 'Squarespace', 'Wix', 'Webflow', 'Ghost', 'Plain HTML'];

interface Snippet {
  section: string;
  subsection: string;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

interface Fence {
  info: string;
  line: number;
}

function parseGuide(markdown: string): { sections: string[]; snippets: Snippet[]; fences: Fence[] } {
  const sections: string[] = [];
  const snippets: Snippet[] = [];
  const fences: Fence[] = [];
  let section = '';
  let subsection = '';
  let open: { info: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (open) {
      if (/^```\s*$/.test(text)) {
        if (open.info === 'html') snippets.push({ section, subsection, code: open.lines.join('\n'), line: open.line });
        open = undefined;
      } else {
        open.lines.push(text);
      }
      return;
    }
    const fence = /^```(.*)$/.exec(text);
    if (fence) {
      open = { info: fence[1].trim(), line: index + 1, lines: [] };
      fences.push({ info: open.info, line: index + 1 });
      return;
    }
    const heading = /^(#{2,3}) (.+?)\s*$/.exec(text);
    if (heading?.[1] === '##') {
      section = heading[2];
      subsection = '';
      sections.push(section);
    } else if (heading?.[1] === '###') {
      subsection = heading[2];
    }
  });
  if (open) throw new Error(`the code block opened on line ${open.line} of the guide is never closed`);
  return { sections, snippets, fences };
}

// Loaded before any test is defined, so that each snippet gets its own test.
const guideResponse = await fetch(GUIDE_URL);
const markdown = guideResponse.ok ? await guideResponse.text() : '';
const guide = markdown ? parseGuide(markdown) : { sections: [], snippets: [], fences: [] };
/** The hashes the guide tells a site with a strict policy to add to script-src, quotes included. */
const GUIDE_SCRIPT_HASHES = [...markdown.matchAll(/`('sha256-[A-Za-z0-9+/]+=*')`/g)].map((m) => m[1]);
// The test server hands .json files out as JavaScript modules, so they are imported rather than fetched.
const importJson = async <T>(url: string): Promise<T> => ((await import(url)) as { default: T }).default;
const packageVersion = (await importJson<{ version: string }>('/package.json')).version;

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest = await importJson<{ modules: { declarations?: ManifestDeclaration[] }[] }>('/custom-elements.json');
/** Each tag of the library, with the attributes custom-elements.json gives it. */
const ELEMENT_ATTRIBUTES = new Map<string, Set<string>>();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) ELEMENT_ATTRIBUTES.set(declaration.tagName, new Set((declaration.attributes ?? []).map((a) => a.name)));
  }
}
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'hidden', 'lang', 'dir', 'title', 'slot']);
const looksLikeWidget = (tag: string) => /^(kratom|advocacy)-/.test(tag);

const describeSnippet = (s: Snippet) => `${s.section}${s.subsection ? ` › ${s.subsection}` : ''} (line ${s.line})`;

// ---------------------------------------------------------------------------
// wpautop(), re-implemented: what WordPress does to a classic-editor post
// before showing it (wp-includes/formatting.php). Only the steps that can
// apply to markup without <pre>, <option>, <object>, <audio>, <video> or
// <figcaption> are here; a snippet that contains one of those is refused
// rather than half-handled.

const WP_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

/** Splits markup into text (even indexes) and tags or comments (odd indexes), as wp_html_split() does. */
function splitTags(text: string): string[] {
  return text.split(/(<(?:!--[\s\S]*?(?:-->|$)|!\[CDATA\[[\s\S]*?(?:\]\]>|$)|[^>]*>?))/);
}

function wpautop(input: string, br = true): string {
  if (input.trim() === '') return '';
  if (/<(pre|option|object|source|track|figcaption)\b/i.test(input)) {
    throw new Error('this wpautop() re-implementation does not cover <pre>, <option>, <object>, media or <figcaption>');
  }
  let text = `${input}\n`;
  // Two <br>s in a row mean a paragraph break.
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, '\n\n');
  // Blank lines around block-level tags, and after <hr>.
  text = text.replace(new RegExp(`(<${WP_BLOCKS}[\\s/>])`, 'g'), '\n\n$1');
  text = text.replace(new RegExp(`(</${WP_BLOCKS}>)`, 'g'), '$1\n\n');
  text = text.replace(/(<hr\s*?\/?>)/g, '$1\n\n');
  text = text.replace(/\r\n|\r/g, '\n');
  // Line breaks inside a tag are kept out of the way.
  text = splitTags(text)
    .map((part, i) => (i % 2 === 1 ? part.split('\n').join(' <!-- wpnl --> ') : part))
    .join('');
  text = text.replace(/\n\n+/g, '\n\n');
  // Every run of text between blank lines becomes a paragraph.
  text = text
    .split(/\n\s*\n/)
    .filter((piece) => piece !== '')
    .map((piece) => `<p>${piece.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  // Paragraph tags next to block-level tags are taken out again. (The
  // patterns have no word boundary, so `<link` counts as an `<li`.)
  text = text.replace(new RegExp(`<p>\\s*(</?${WP_BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/g, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.split('</blockquote></p>').join('</p></blockquote>');
  text = text.replace(new RegExp(`<p>\\s*(</?${WP_BLOCKS}[^>]*>)`, 'g'), '$1');
  text = text.replace(new RegExp(`(</?${WP_BLOCKS}[^>]*>)\\s*</p>`, 'g'), '$1');
  if (br) {
    // Remaining single line breaks become <br />, except inside <script>, <style> and <svg>.
    text = text.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (match) => match.split('\n').join('<WPPreserveNewline />'));
    text = text.split('<br>').join('<br />').split('<br/>').join('<br />');
    text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
    text = text.split('<WPPreserveNewline />').join('\n');
  }
  text = text.replace(new RegExp(`(</?${WP_BLOCKS}[^>]*>)\\s*<br />`, 'g'), '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1');
  text = text.replace(/\n<\/p>$/, '</p>');
  if (text.includes('<!-- wpnl -->')) text = text.split(' <!-- wpnl --> ').join('\n').split('<!-- wpnl -->').join('\n');
  return text;
}

// ---------------------------------------------------------------------------
// How each platform wraps what you paste

/** A widget the test adds when a snippet only loads the code (a `<head>` snippet). */
const PROBE = '<kratom-disclaimer variant="short" country="us"></kratom-disclaimer>';

interface Page {
  /** What goes in the page's <head> after the test's own lines. */
  head: string;
  body: string;
  /** For Wix: the snippet lives in a document of its own, inside a frame in `body`. */
  frame?: { head: string; body: string };
  /** Inline scripts that stand in for the platform (its data store, its jQuery). */
  platformScripts: string[];
  /** What to do once the widgets have drawn. */
  interact?: Interaction;
}

type Interaction = (doc: Document, win: Window) => Promise<void>;

const wpPost = (content: string) =>
  `<div class="wp-site-blocks"><main class="wp-block-group"><h1 class="wp-block-post-title">Kratom law</h1>` +
  `<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">${content}</div></main></div>`;

const wpClassicPost = (content: string) =>
  `<div id="page" class="site"><main id="main" class="site-main"><article class="post type-post"><h1 class="entry-title">Kratom law</h1>` +
  `<div class="entry-content">${content}</div></article></main></div>`;

const SHOPIFY_SECTION = 'template--20481736196__custom_liquid_Xk3nQp';
const shopifySection = (content: string) =>
  `<main id="MainContent" class="content-for-layout focus-none">` +
  `<section id="shopify-section-template--20481736196__main" class="shopify-section section"><div class="page-width"><h1 class="main-page-title page-title">Shipping</h1></div></section>` +
  `<section id="shopify-section-${SHOPIFY_SECTION}" class="shopify-section section">` +
  `<div class="color-background-1 gradient"><div class="section-${SHOPIFY_SECTION}-padding">${content}</div></div></section></main>`;

const squarespaceCodeBlock = (content: string) =>
  `<main id="page"><article class="sections" id="sections">` +
  `<section class="page-section" data-section-id="6650c0ffee0000000000aa00"><div class="content-wrapper"><div class="content"><h1>Kratom law</h1></div></div></section>` +
  `<section class="page-section" data-section-id="6650c0ffee0000000000aa01">` +
  `<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6650c0ffee0000000000aa02">` +
  `<div class="fe-block fe-block-yui_3_17_2_1_1717000000000_2001">` +
  `<div class="sqs-block code-block sqs-block-code" data-block-type="23" data-sqsp-block="code" id="block-yui_3_17_2_1_1717000000000_2001">` +
  `<div class="sqs-block-content">${content}</div></div></div></div></div></div></section></article></main>`;

const webflowEmbed = (content: string) =>
  `<div class="page-wrapper"><section class="section"><div class="w-layout-blockcontainer container w-container"><h1 class="heading">Kratom law</h1>` +
  `<div class="w-embed w-script">${content}</div></div></section></div>`;

const ghostCard = (content: string) =>
  `<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">Kratom law</h1></header>` +
  `<section class="gh-content gh-canvas"><!--kg-card-begin: html-->${content}<!--kg-card-end: html--></section></article></main>`;

/** The markup of WooCommerce's classic checkout form, as [woocommerce_checkout] prints it (the fields the snippet reads). */
const CLASSIC_CHECKOUT_FORM = `<div class="woocommerce"><form name="checkout" method="post" class="checkout woocommerce-checkout" action="#">
  <div class="woocommerce-billing-fields"><h3>Billing details</h3>
    <p class="form-row" id="billing_country_field"><label for="billing_country">Country / Region</label>
      <select name="billing_country" id="billing_country"><option value="US" selected>United States (US)</option><option value="CA">Canada</option><option value="GB">United Kingdom (UK)</option></select></p>
    <p class="form-row" id="billing_state_field"><label for="billing_state">State</label>
      <select name="billing_state" id="billing_state"><option value="AL" selected>Alabama</option><option value="MS">Mississippi</option><option value="TX">Texas</option></select></p>
  </div>
  <div class="woocommerce-shipping-fields"><h3 id="ship-to-different-address"><label class="checkbox">
    <input id="ship-to-different-address-checkbox" type="checkbox" name="ship_to_different_address" value="1"> <span>Ship to a different address?</span></label></h3>
    <div class="shipping_address">
      <p class="form-row" id="shipping_country_field"><label for="shipping_country">Country / Region</label>
        <select name="shipping_country" id="shipping_country"><option value="US" selected>United States (US)</option><option value="CA">Canada</option><option value="GB">United Kingdom (UK)</option></select></p>
      <p class="form-row" id="shipping_state_field"><label for="shipping_state">State / Province</label>
        <select name="shipping_state" id="shipping_state"><option value="TX" selected>Texas</option><option value="ON">Ontario</option><option value="">None</option></select></p>
    </div>
  </div>
</form></div>`;

/**
 * Stands in for jQuery as WooCommerce's enhanced selects use it: `.on()` and
 * `.trigger()` on jQuery's own handler list. Like jQuery's trigger(), it
 * fires no browser event, so only handlers bound with `.on()` hear it.
 */
const FAKE_JQUERY = `(() => {
  const handlers = [];
  window.jQuery = (target) => ({
    on(events, handler) {
      for (const type of events.split(/\\s+/)) handlers.push({ target, type, handler });
      return this;
    },
    trigger(type) {
      for (let node = target; node; node = node.parentNode) {
        for (const h of handlers) if (h.target === node && h.type === type) h.handler.call(node, { type, target });
      }
      return this;
    },
  });
})();`;

/** Stands in for WooCommerce's cart store (wc/store/cart) as window.wp.data offers it on a block checkout. */
const FAKE_CART_STORE = `(() => {
  const listeners = new Set();
  let customer = { shippingAddress: { country: 'US', state: 'AL' }, billingAddress: { country: 'US', state: 'AL' } };
  window.wp = { data: {
    select: (store) => (store === 'wc/store/cart' ? { getCustomerData: () => customer } : undefined),
    subscribe: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
  } };
  window.fakeCartStore = { set(next) { customer = next; listeners.forEach((listener) => listener()); } };
})();`;

const destinationOf = (doc: Document) => doc.querySelector('kratom-shipping-notice')!.getAttribute('destination');

async function waitForDestination(doc: Document, expected: string | null, what: string): Promise<void> {
  await waitUntil(() => destinationOf(doc) === expected, `${what}: destination is ${destinationOf(doc)}, not ${expected}`, { timeout: 5000 });
  const notice = doc.querySelector('kratom-shipping-notice')!;
  await waitForWidget(notice, 'en');
}

/** The classic checkout: native change events, then a jQuery-only change from the enhanced state list. */
const classicCheckout: Interaction = async (doc, win) => {
  await waitForDestination(doc, 'US-AL', 'the billing state on arrival');
  const field = (id: string) => doc.getElementById(id) as HTMLSelectElement & HTMLInputElement;
  field('billing_state').value = 'MS';
  field('billing_state').dispatchEvent(new Event('change', { bubbles: true }));
  await waitForDestination(doc, 'US-MS', 'a billing state chosen from the plain list');
  field('ship-to-different-address-checkbox').checked = true;
  field('ship-to-different-address-checkbox').dispatchEvent(new Event('change', { bubbles: true }));
  await waitForDestination(doc, 'US-TX', 'ticking "Ship to a different address?"');
  const jquery = (win as Window & { jQuery: (el: Element) => { trigger(type: string): void } }).jQuery;
  field('shipping_country').value = 'CA';
  field('shipping_state').value = 'ON';
  jquery(field('shipping_state')).trigger('change');
  await waitForDestination(doc, 'CA-ON', 'a shipping province chosen from the enhanced list (jQuery only)');
  field('shipping_country').value = 'GB';
  field('shipping_state').value = '';
  jquery(doc.body).trigger('updated_checkout');
  await waitForDestination(doc, null, 'a country outside the US and Canada');
};

/** The block checkout: address changes arrive through WooCommerce's cart store. */
const blockCheckout: Interaction = async (doc, win) => {
  await waitForDestination(doc, 'US-AL', 'the shipping address on arrival');
  const store = (win as Window & { fakeCartStore: { set(customer: unknown): void } }).fakeCartStore;
  store.set({ shippingAddress: { country: 'US', state: 'TX' }, billingAddress: { country: 'US', state: 'AL' } });
  await waitForDestination(doc, 'US-TX', 'a new shipping state');
  store.set({ shippingAddress: { country: 'CA', state: 'ON' }, billingAddress: { country: 'US', state: 'AL' } });
  await waitForDestination(doc, 'CA-ON', 'a Canadian shipping province');
  store.set({ shippingAddress: { country: '', state: '' }, billingAddress: { country: 'US', state: 'MS' } });
  await waitForDestination(doc, 'US-MS', 'a cart without shipping, billing address only');
  store.set({ shippingAddress: { country: 'GB', state: '' }, billingAddress: { country: 'GB', state: '' } });
  await waitForDestination(doc, null, 'a country outside the US and Canada');
};

/** The platform's page around a snippet (jsDelivr addresses already rewritten). */
function pageFor(snippet: Snippet, code: string): Page {
  const { section, subsection } = snippet;
  const page = (body: string, extra: Partial<Page> = {}): Page => ({ head: '', body, platformScripts: [], ...extra });
  const headSnippet = (body: string): Page => {
    if (widgetTags(code).length > 0) throw new Error(`${describeSnippet(snippet)} goes in the <head>, but has widgets in it`);
    return { head: code, body, platformScripts: [] };
  };
  switch (section) {
    case 'WordPress':
      if (/classic/i.test(subsection)) {
        const filtered = wpautop(code);
        // The guide says the one-line <div> survives wpautop: nothing may be added to it.
        expect(filtered.trim(), 'wpautop changed the classic-editor snippet').to.equal(code.trim());
        return page(wpClassicPost(filtered));
      }
      return page(wpPost(code));
    case 'WooCommerce checkout':
      if (/classic/i.test(subsection)) {
        // The page holds the shortcode, which WooCommerce replaces with its form; the Custom HTML block comes after it.
        return page(wpPost(CLASSIC_CHECKOUT_FORM + code), {
          platformScripts: [FAKE_JQUERY],
          interact: classicCheckout,
        });
      }
      if (/block/i.test(subsection)) {
        return page(wpPost(`<div class="wp-block-woocommerce-checkout alignwide wc-block-checkout"></div>${code}`), {
          platformScripts: [FAKE_CART_STORE],
          interact: blockCheckout,
        });
      }
      return page(wpPost(code));
    case 'Shopify':
      if (/\{\{|\{%/.test(code)) throw new Error(`${describeSnippet(snippet)} contains Liquid delimiters`);
      if (/theme\.liquid/.test(subsection)) return headSnippet(shopifySection(PROBE));
      return page(shopifySection(code));
    case 'Squarespace':
      if (/code injection/i.test(subsection)) return headSnippet(squarespaceCodeBlock(PROBE));
      return page(squarespaceCodeBlock(code));
    case 'Wix':
      // Embed HTML: Wix serves the code as its own small page in a frame.
      return {
        head: '',
        body:
          `<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><h1 class="font_0 wixui-rich-text__text">Kratom law</h1><div id="comp-lx1a2b3c" class="wixui-html-component">` +
          `FRAME</div></main></div>`,
        frame: { head: '', body: code },
        platformScripts: [],
      };
    case 'Webflow':
      if (/custom code/i.test(subsection)) return headSnippet(webflowEmbed(PROBE));
      return page(webflowEmbed(code));
    case 'Ghost':
      if (/code injection/i.test(subsection)) return headSnippet(ghostCard(PROBE));
      return page(ghostCard(code));
    default:
      // Plain HTML, and the general sections: the snippet as it is.
      return page(code);
  }
}

// ---------------------------------------------------------------------------
// Building and opening the page

/** The jsDelivr (or self-hosted) addresses, pointed at the built files. */
function rewriteAddresses(code: string): string {
  return code.replace(/\b(src|href)="([^"]*)"/g, (_match, attribute: string, url: string) => {
    const cdn = JSDELIVR.exec(url);
    if (cdn) {
      if (cdn[1] !== packageVersion) throw new Error(`${url} names version ${cdn[1]}, but package.json is at ${packageVersion}`);
      return `${attribute}="/dist/cdn/${cdn[2]}"`;
    }
    if (url.startsWith(SELF_HOSTED)) return `${attribute}="/dist/cdn/${url.slice(SELF_HOSTED.length)}"`;
    throw new Error(`a snippet loads ${url}, which is neither the package on jsDelivr nor the self-hosted folder`);
  });
}

function widgetTags(code: string): Element[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
  return [...doc.querySelectorAll('*')].filter((el) => looksLikeWidget(el.localName));
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** Hashes of the inline scripts in some markup, as a Content Security Policy writes them. */
async function inlineScriptHashes(html: string): Promise<string[]> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const inline = [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
  return Promise.all(inline.map(sha256));
}

const policy = (hashes: string[]) =>
  `default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self'; connect-src 'none'; img-src 'self' data:`;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A whole document: the platform's page, or the snippet itself when it is
 * one. Its policy allows the test's own inline stand-ins and the hashes the
 * guide lists, nothing else inline.
 */
async function documentFor(
  head: string,
  body: string,
  { platformScripts = [], lang = 'en' }: { platformScripts?: string[]; lang?: string } = {},
): Promise<string> {
  const ours = `<script src="/test/fixtures/record-warnings.js"></script>${platformScripts.map((s) => `<script>${s}</script>`).join('')}`;
  const isDocument = /^\s*<!doctype html>/i.test(body);
  const draft = (csp: string) =>
    isDocument
      ? body.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${csp}">${ours}`)
      : `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">` +
        `<title>Pasted snippet</title>${ours}${head}</head><body>${body}</body></html>`;
  if (isDocument && !/<head>/i.test(body)) throw new Error('a whole-page snippet needs a <head>');
  return draft(policy([...(await Promise.all(platformScripts.map(sha256))), ...GUIDE_SCRIPT_HASHES]));
}

async function openPage(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Paste guide test page';
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

// ---------------------------------------------------------------------------
// What a reader sees

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const languageOf = (doc: Document): Locale => {
  const lang = doc.documentElement.lang.toLowerCase();
  return lang.startsWith('fr') ? 'fr' : lang.startsWith('es') ? 'es' : 'en';
};

const DISCLAIMER_HEADING: Record<Locale, string> = {
  en: 'Important information',
  fr: 'Renseignements importants',
  es: 'Información importante',
};

/** What the widget must show, from its attributes and the dataset: a description and a check. */
function expectation(el: Element, lang: Locale): { what: string; met: () => boolean } {
  const root = () => el.shadowRoot;
  const part = (name: string) => root()?.querySelector(`[part~="${name}"]`);
  const attr = (name: string) => el.getAttribute(name) ?? undefined;
  const place = (attribute: string) => {
    const found = brief(attr(attribute), attr('country'));
    if (!found) throw new Error(`<${el.localName} ${attribute}="${attr(attribute)}"> names no place in the dataset`);
    return found;
  };
  switch (el.localName) {
    case 'kratom-law-lookup': {
      if (lang !== 'en') throw new Error('add the lookup’s texts in this language to the test');
      if (!el.hasAttribute('jurisdiction')) {
        return { what: 'the place list and its question', met: () => text(part('label')) === 'Is kratom legal where you live?' && !!part('select') };
      }
      const found = place('jurisdiction');
      const name = localize(found.name, lang);
      const label = localize(STATUS_LABEL[found.status], lang);
      return { what: `the answer card for ${name} (${label})`, met: () => text(part('heading')) === name && text(part('status')).includes(label) };
    }
    case 'kratom-shipping-notice': {
      if (lang !== 'en') throw new Error('add the notice’s texts in this language to the test');
      if (!el.hasAttribute('destination')) return { what: 'nothing until a destination is set', met: () => !!root() && !part('headline') };
      const code = normalizeCode(attr('destination'), attr('country'));
      const answer = isSaleAllowed(code ?? '');
      if (!code || !answer.jurisdiction) throw new Error(`<kratom-shipping-notice destination="${attr('destination')}"> names no place in the dataset`);
      const name = localize(answer.jurisdiction.name, lang);
      const sentence = {
        prohibited: `We can't ship kratom to ${name}.`,
        conditions: `We can ship kratom to ${name}, with conditions.`,
        allowed: `We can ship kratom to ${name}.`,
        unknown: `We can't confirm that kratom may be shipped to ${name}.`,
      }[answer.verdict];
      return { what: `"${sentence}"`, met: () => text(part('headline')).endsWith(sentence) };
    }
    case 'kratom-disclaimer': {
      const heading = DISCLAIMER_HEADING[lang];
      const short = attr('variant') === 'short';
      return {
        what: short ? `the short notice labelled "${heading}"` : `the heading "${heading}"`,
        // The short notice is labelled by an attribute, the full one by its heading.
        met: () => (short ? part('base')?.getAttribute('aria-label') === heading && !!part('toggle') : text(part('heading')) === heading),
      };
    }
    case 'kratom-status-badge': {
      const found = place('jurisdiction');
      const name = localize(found.name, lang);
      const label = localize(STATUS_LABEL[found.status], lang);
      const age = found.minimumAge;
      const long = attr('format') === 'long';
      if (long && lang !== 'en') throw new Error('add the long badge’s texts in this language to the test');
      const shown = long ? (age !== null ? `${name}: ${label}, ${age}+` : `${name}: ${label}`) : label;
      return { what: `the pill "${shown}"`, met: () => text(part('label')) === shown };
    }
    default:
      throw new Error(`the test does not know what <${el.localName}> should show: add it to expectation()`);
  }
}

async function waitForWidget(el: Element, lang: Locale): Promise<void> {
  const { what, met } = expectation(el, lang);
  await waitUntil(met, `<${el.localName}> never showed ${what}; it shows "${text(el.shadowRoot?.firstElementChild) || 'nothing'}"`, { timeout: 8000 });
}


// ---------------------------------------------------------------------------
// The tests

describe('paste guides (docs/paste-guides.md)', () => {
  describe('the guide', () => {
    it('is served at /docs/paste-guides.md and every code block in it is an ```html snippet', () => {
      expect(guideResponse.ok, `${GUIDE_URL}: HTTP ${guideResponse.status}`).to.equal(true);
      expect(guide.snippets.length).to.be.greaterThan(0);
      for (const fence of guide.fences) expect(fence.info, `the code block on line ${fence.line}`).to.equal('html');
    });

    for (const platform of PLATFORMS) {
      it(`has a "${platform}" section with at least one snippet`, () => {
        expect(guide.sections, 'the guide’s sections').to.include(platform);
        expect(guide.snippets.filter((s) => s.section === platform), `snippets under "## ${platform}"`).to.have.length.greaterThan(0);
      });
    }

    it('has a snippet with a script for both WooCommerce checkouts, the block-based and the classic one', () => {
      for (const kind of [/block/i, /classic/i]) {
        const found = guide.snippets.filter((s) => s.section === 'WooCommerce checkout' && kind.test(s.subsection) && /<script type="module">/.test(s.code));
        expect(found, `a WooCommerce subsection matching ${kind}`).to.have.length(1);
      }
    });

    it('shows, for Wix, how to set the language inside the embed’s frame', () => {
      const wix = guide.snippets.filter((s) => s.section === 'Wix');
      expect(wix.some((s) => /document\.documentElement\.lang = '(fr|es)/.test(s.code)), 'a Wix snippet that sets French or Spanish').to.equal(true);
    });

    it('gives, for a strict policy, the sha256 of exactly the inline scripts its snippets hold', async () => {
      const needed = new Map<string, string>();
      for (const snippet of guide.snippets) {
        for (const hash of await inlineScriptHashes(snippet.code)) needed.set(hash, describeSnippet(snippet));
      }
      expect(needed.size, 'snippets with an inline script').to.be.greaterThan(0);
      for (const [hash, where] of needed) expect(GUIDE_SCRIPT_HASHES, `the hash of the inline script in ${where}`).to.include(hash);
      expect(GUIDE_SCRIPT_HASHES.filter((hash) => !needed.has(hash)), 'hashes of scripts no snippet holds').to.deep.equal([]);
      // And it does not claim that nothing inline is needed.
      expect(markdown).not.to.match(/widgets need no\s+`?'?unsafe-inline/);
    });

    it('says which <html lang> tags give French and Spanish as the widgets read them', () => {
      const sentence = /The widgets follow the page's `<html lang>`[\s\S]*?\n\n/.exec(markdown)?.[0] ?? '';
      expect(sentence, 'the sentence about <html lang> in "Plain HTML"').to.not.equal('');
      const tags = [...sentence.matchAll(/`([a-z]{2,3}(?:-[A-Za-z0-9]+)*)`/g)].map((m) => m[1]);
      expect(tags.filter((tag) => tag.startsWith('fr-')).length, 'French tags beyond fr-CA').to.be.greaterThan(1);
      expect(tags.filter((tag) => tag.startsWith('es-')).length, 'Spanish tags beyond es').to.be.greaterThan(1);
      for (const tag of tags) expect(toLocale(tag), tag).to.equal(tag.split('-')[0]);
      expect(toLocale('de-CH')).to.equal('en');
    });

    it('names package.json’s version in every jsDelivr address', async () => {
      const addresses = guide.snippets.flatMap((s) => [...s.code.matchAll(/https:\/\/cdn\.jsdelivr\.net\/[^"'\s]+/g)].map((m) => m[0]));
      expect(addresses.length).to.be.greaterThan(0);
      for (const address of addresses) {
        const match = JSDELIVR.exec(address);
        expect(match, address).to.not.equal(null);
        expect(match![1], address).to.equal(packageVersion);
        // The file behind the address exists in the build.
        const built = await fetch(`/dist/cdn/${match![2]}`, { method: 'HEAD' });
        expect(built.ok, `dist/cdn/${match![2]} (run npm run build)`).to.equal(true);
      }
    });

    it('uses https for every web address, in the text and in the snippets', () => {
      const absolute = [...markdown.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)<>"'`\]]+/gi)].map((m) => m[0]);
      expect(absolute.length).to.be.greaterThan(10);
      for (const url of absolute) expect(url, url).to.match(/^https:\/\//);
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        expect(target, `link target ${target}`).to.match(/^(https:\/\/|#|\.\.?\/|[\w-]+\.md)/);
      }
      for (const snippet of guide.snippets) {
        for (const [, url] of snippet.code.matchAll(/\b(?:src|href)="([^"]*)"/g)) {
          expect(url, `${describeSnippet(snippet)}: ${url}`).to.match(new RegExp(`^(https://|${SELF_HOSTED})`));
        }
      }
    });

    it('has no inline style attribute in any snippet', () => {
      for (const snippet of guide.snippets) {
        const doc = new DOMParser().parseFromString(snippet.code, 'text/html');
        expect(doc.querySelectorAll('[style]').length, describeSnippet(snippet)).to.equal(0);
        expect(snippet.code, describeSnippet(snippet)).not.to.match(/\sstyle\s*=/i);
      }
    });

    it('uses only tags and attributes that the elements have (custom-elements.json)', () => {
      for (const snippet of guide.snippets) {
        for (const el of widgetTags(snippet.code)) {
          const known = ELEMENT_ATTRIBUTES.get(el.localName);
          expect(known, `${describeSnippet(snippet)}: <${el.localName}> is not an element of the library`).to.not.equal(undefined);
          for (const { name } of el.attributes) {
            expect(known!.has(name) || GLOBAL_ATTRIBUTES.has(name), `${describeSnippet(snippet)}: <${el.localName} ${name}>`).to.equal(true);
          }
        }
      }
    });
  });

  describe('the wpautop() re-implementation', () => {
    it('gives what WordPress documents for its own example', () => {
      expect(wpautop('Some long text\nthat has many lines\n\nand paragraphs in it.')).to.equal(
        '<p>Some long text<br />\nthat has many lines</p>\n<p>and paragraphs in it.</p>\n',
      );
      expect(wpautop('<div>One</div>\n\n<h2>Two</h2>')).to.equal('<div>One</div>\n<h2>Two</h2>\n');
      expect(wpautop('<script>\nlet a = 1;\nlet b = 2;\n</script>')).to.equal('<p><script>\nlet a = 1;\nlet b = 2;\n</script></p>\n');
    });

    it('alters the three-line snippet, as the guide warns: a <br /> before the widget and a stray </p>', () => {
      const blockSnippet = guide.snippets.find((s) => s.section === 'WordPress' && /block editor/i.test(s.subsection));
      expect(blockSnippet, 'the block-editor snippet').to.not.equal(undefined);
      const filtered = wpautop(blockSnippet!.code);
      expect(filtered).to.contain('</script><br />\n<kratom-law-lookup');
      expect(filtered.trim()).to.match(/<\/p>$/);
      expect(filtered).not.to.match(/^<p>/);
    });
  });

  describe('every snippet, pasted into its platform', () => {
    for (const snippet of guide.snippets) {
      it(describeSnippet(snippet), async function () {
        this.timeout(40000);
        const code = rewriteAddresses(snippet.code);
        const page = pageFor(snippet, code);
        let html: string;
        if (page.frame) {
          // The embed's frame: fixed size, a document of its own with no lang, as Wix's Embed HTML.
          const inner = await documentFor(page.frame.head, page.frame.body, { lang: '' });
          const frameTag = `<iframe title="Embedded Content" name="htmlComp-lx1a2b3c" width="100%" height="640" srcdoc="${escapeAttribute(inner)}"></iframe>`;
          // A srcdoc frame keeps its parent's policy too: both allow only the hashes the guide lists.
          html = await documentFor(page.head, page.body.replace('FRAME', () => frameTag), {
            platformScripts: page.platformScripts,
          });
        } else {
          html = await documentFor(page.head, page.body, { platformScripts: page.platformScripts });
        }

        const frame = await openPage(html);
        try {
          let win = frame.contentWindow!;
          let doc = frame.contentDocument!;
          if (page.frame) {
            const embed = doc.querySelector('iframe')!;
            await waitUntil(() => embed.contentDocument?.readyState === 'complete' && embed.contentDocument.body, 'the embed frame never loaded');
            win = embed.contentWindow!;
            doc = embed.contentDocument!;
          }
          const lang = languageOf(doc);
          // A snippet that sets the page's language must have set it.
          const intended = /documentElement\.lang\s*=\s*'([^']+)'/.exec(snippet.code)?.[1];
          if (intended) expect(doc.documentElement.lang, 'the language the snippet sets').to.equal(intended);

          const widgets = [...doc.querySelectorAll('*')].filter((el) => looksLikeWidget(el.localName));
          expect(widgets.length, 'widgets on the page').to.be.greaterThan(0);
          for (const el of widgets) await waitForWidget(el, lang);

          // The reserve stylesheet arrived.
          const sheets = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
          expect(sheets.length, 'stylesheets').to.be.greaterThan(0);
          for (const link of sheets) {
            await waitUntil(() => (link.sheet?.cssRules.length ?? 0) > 0, `${link.getAttribute('href')} never loaded`);
          }

          if (page.interact) await page.interact(doc, win);

          const warnings = (win as Window & { recordedWarnings?: string[] }).recordedWarnings ?? [];
          expect(warnings.filter((w) => w.includes('kratom-widgets')), 'console warnings').to.deep.equal([]);

          await loadAxe(doc);
          for (const el of [...doc.querySelectorAll('*')].filter((node) => looksLikeWidget(node.localName))) {
            await expect(el).to.be.accessible();
          }
        } finally {
          frame.remove();
        }
      });
    }
  });
});
