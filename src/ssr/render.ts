/**
 * Prerendering for Node: any kratom-widgets element as static HTML with a
 * declarative shadow root, readable before (or without) JavaScript and by
 * crawlers that run none. When the library's script loads in the browser,
 * the elements take over the prerendered shadow roots (hydration) instead of
 * drawing again.
 *
 *   import { renderToString } from 'kratom-widgets/render';
 *   const html = await renderToString('<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>', { lang: 'fr' });
 *
 * Needs @lit-labs/ssr installed beside kratom-widgets (an optional peer).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../all.js';
import { setLocale, toLocale, type Locale } from '../shared/locale.js';
import { shortValue } from '../shared/warn.js';
import { groupsData, faqData, jurisdictionsData, historyData, recentChangesData, recordsModule } from '../data/lazy-data.js';
import { noticeView, saleData } from '../elements/kratom-shipping-notice/sale-data.js';
import { secondaryViews } from '../elements/kratom-law-map/secondary-views.js';
import { OUTLINES } from '../elements/kratom-law-map/geometry-loader.js';
import { faqView } from '../elements/kratom-faq/kratom-faq.js';
import { cardView } from '../elements/advocacy-group-card/advocacy-group-card.js';
import { listView } from '../elements/advocacy-group-list/advocacy-group-list.js';
import { updatesView } from '../elements/kratom-law-updates/kratom-law-updates.js';

export interface RenderOptions {
  /** The language to draw in: en, fr or es (regional tags such as fr-CA work too). Default en. */
  lang?: string;
}

/** Everything an element might load in the browser, loaded once up front: a server render cannot wait. */
let everything: Promise<unknown> | undefined;
function loadEverything(): Promise<unknown> {
  everything ??= Promise.all([
    groupsData.load(),
    faqData.load(),
    jurisdictionsData.load(),
    recordsModule.load(),
    historyData.load(),
    recentChangesData.load(),
    saleData.load(),
    secondaryViews.load(),
    // The drawings of the elements that wait for data.
    faqView.load(),
    cardView.load(),
    listView.load(),
    updatesView.load(),
    noticeView.load(),
    ...Object.values(OUTLINES).map((outlines) => outlines.load()),
  ]);
  return everything;
}

/**
 * @lit/localize announces a locale change on `window`, which Node lacks. A
 * stand-in that swallows the announcement exists only while the locale
 * switches, so other code on the server never mistakes Node for a browser.
 */
async function switchLocale(locale: Locale): Promise<void> {
  const scope = globalThis as { window?: unknown };
  if (scope.window !== undefined) return setLocale(locale);
  scope.window = { dispatchEvent: () => true };
  try {
    await setLocale(locale);
  } finally {
    delete scope.window;
  }
}

/**
 * Lit's server renderer writes a bound `.selected` property as an attribute
 * holding its text, `selected="false"` included, and HTML selects any option
 * with the attribute at all (the last such one wins). Options keep the
 * attribute only when selected.
 */
function fixSelectedOptions(html: string): string {
  return html.replace(/<option\b[^>]*>/g, (tag) => tag.replace(/\sselected="(?:false|undefined|null)"/, '').replace(/\sselected="true"/, ' selected'));
}

/** Renders only one page's worth at a time, since the locale is global. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders HTML containing kratom-widgets elements (and any other markup) to
 * a string, each element with its declarative shadow root. Markup is the
 * caller's own (it is not sanitised); attribute values are read as in a page.
 */
export function renderToString(markup: string, options: RenderOptions = {}): Promise<string> {
  const primary = (options.lang ?? 'en').trim().toLowerCase().split(/[-_]/)[0];
  const locale: Locale = toLocale(primary);
  if (locale !== primary) {
    console.warn(`kratom-widgets: renderToString lang "${shortValue(options.lang ?? '')}" is not supported; use "en", "fr" or "es". Rendering in English.`);
  }
  const job = queue.then(async () => {
    await loadEverything();
    await switchLocale(locale);
    // Lit's static templates: the markup becomes part of the template, so
    // the elements in it are rendered rather than escaped as text.
    return fixSelectedOptions(await collectResult(render(html`${unsafeStatic(markup)}`)));
  });
  queue = job.catch(() => undefined);
  return job;
}
