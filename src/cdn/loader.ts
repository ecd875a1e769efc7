/**
 * The autoloader (dist/cdn/kratom-widgets-loader.js): a small script that
 * watches the page and imports an element's code the first time its tag
 * appears. Lit and the shared code are chunks beside it (dist/cdn/auto/),
 * fetched once whichever element needs them first.
 *
 *   <script type="module" src="…/kratom-widgets-loader.js"></script>
 *
 * Elements already in the page upgrade at once; ones added later (by a
 * theme's script, a framework, a page builder) upgrade when they arrive.
 * A shadow root the loader cannot see is handed to it with `observe(root)`.
 *
 * This file must stay tiny: it imports nothing statically.
 */

/** Each tag the library defines, and the module that defines it. */
const DEFINITIONS: Record<string, () => Promise<unknown>> = {
  'advocacy-group-card': () => import('../elements/advocacy-group-card/define.js'),
  'advocacy-group-list': () => import('../elements/advocacy-group-list/define.js'),
  'kratom-disclaimer': () => import('../elements/kratom-disclaimer/define.js'),
  'kratom-faq': () => import('../elements/kratom-faq/define.js'),
  'kratom-faq-item': () => import('../elements/kratom-faq/define.js'),
  'kratom-law-lookup': () => import('../elements/kratom-law-lookup/define.js'),
  'kratom-law-map': () => import('../elements/kratom-law-map/define.js'),
  'kratom-law-updates': () => import('../elements/kratom-law-updates/define.js'),
  'kratom-shipping-notice': () => import('../elements/kratom-shipping-notice/define.js'),
  'kratom-status-badge': () => import('../elements/kratom-status-badge/define.js'),
};

const SELECTOR = Object.keys(DEFINITIONS).join(',');

/**
 * What each tag costs to fetch, written into the built file by
 * scripts/loader-costs.mjs: the compressed size of every chunk, the chunks
 * each tag needs, and the size of kratom-widgets.js. A page whose elements
 * need more than that file gets that file instead: one request, less data.
 */
interface LoadCosts {
  sizes: number[];
  tags: Record<string, number[]>;
  single: number;
}
const COSTS_JSON = 'KRATOM_LOAD_COSTS';

function costs(): LoadCosts | undefined {
  try {
    return JSON.parse(COSTS_JSON) as LoadCosts;
  } catch {
    return undefined; // not filled in (a development build): always chunks
  }
}

/** Whether fetching the chunks for `tags` would cost more than the single file. */
function singleFileIsSmaller(tags: Iterable<string>): boolean {
  const table = costs();
  if (!table) return false;
  const chunks = new Set<number>();
  for (const tag of tags) for (const chunk of table.tags[tag] ?? []) chunks.add(chunk);
  let total = 0;
  for (const chunk of chunks) total += table.sizes[chunk] ?? 0;
  return total > table.single;
}

/** One import per tag, shared by every caller. */
const started = new Map<string, Promise<unknown>>();

/** Files already reported as missing: one warning each per page, however often they are retried. */
const reported = new Set<string>();
function warnMissing(file: string, error: unknown): void {
  if (reported.has(file)) return;
  reported.add(file);
  console.warn(`kratom-widgets: ${file} could not be loaded (${String(error)}).`);
}

/** Set once the single file was chosen: it defines every tag. */
let everything: Promise<unknown> | undefined;

function define(tag: string): Promise<unknown> {
  if (everything) return everything;
  let loading = started.get(tag);
  if (!loading) {
    // A failed chunk is reported once and forgotten, so the next sighting tries again.
    loading = DEFINITIONS[tag]().catch((error: unknown) => {
      started.delete(tag);
      warnMissing(`the code for <${tag}>`, error);
    });
    started.set(tag, loading);
  }
  return loading;
}

/** Element or root: the library's tags in it (the node itself included). */
function tagsIn(node: ParentNode | Element): Set<string> {
  const found = new Set<string>();
  if (node instanceof Element && node.localName in DEFINITIONS) found.add(node.localName);
  for (const element of node.querySelectorAll(SELECTOR)) found.add(element.localName);
  return found;
}

/**
 * Imports the code for every library element in `root` that is not defined
 * yet. Resolves once they are defined (or their code failed to load).
 */
export function discover(root: ParentNode = document): Promise<void> {
  const wanted = [...tagsIn(root)].filter((tag) => !customElements.get(tag));
  if (!everything && started.size === 0 && wanted.length > 1 && singleFileIsSmaller(wanted)) {
    // Decided on the first sighting only, so two copies of Lit never both load.
    // Beside this file; an address the bundler leaves alone.
    const single = new URL(/* @vite-ignore */ './kratom-widgets.js', import.meta.url).href;
    everything = import(/* @vite-ignore */ single).catch((error: unknown) => {
      everything = undefined;
      // Each element's own code instead.
      warnMissing('kratom-widgets.js', error);
      return Promise.all(wanted.map(define));
    });
  }
  return Promise.all(wanted.map(define)).then(() => undefined);
}

const watched = new WeakSet<Node>();

/**
 * Watches `root` (the document, or a shadow root the loader cannot see on its
 * own) for library elements, now and whenever nodes are added.
 */
export function observe(root: Document | ShadowRoot | Element = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  const target = root instanceof Document ? root.documentElement : root;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(target, { childList: true, subtree: true });
  void discover(root);
}

/**
 * Sets the language of every element (en, fr or es) instead of following
 * `<html lang>`. Loads the locale code only when called.
 */
export async function setLocale(locale: string): Promise<void> {
  const { setLocale: apply } = await import('../shared/locale.js');
  await apply(locale);
}

observe(document);
