// The prerendered fallback, made in the browser: src/ssr/render.ts (which
// uses @lit-labs/ssr) runs here, in a worker, because it installs a DOM shim
// and patches LitElement for the whole realm it runs in. The builder page and
// its previews never load it.
import { nativeAtob, nativeBtoa } from './worker-globals.js';
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

globalThis.atob = nativeAtob;
globalThis.btoa = nativeBtoa;
// Lit's browser build reads `window` (ShadyDOM checks) where its Node build
// does not, and @lit/localize announces locale changes on it: the worker's
// global, an EventTarget, serves for both.
(globalThis as { window?: unknown }).window = globalThis;
// The shim's document is only what Lit needs to boot. Code that looks the
// page up (a meta tag naming a dataset, say) finds nothing, as on a server.
const shimDocument = (globalThis as unknown as { document?: Record<string, unknown> }).document;
if (shimDocument && typeof shimDocument.querySelector !== 'function') shimDocument.querySelector = () => null;

export interface PrerenderRequest {
  id: number;
  markup: string;
  lang: 'en' | 'fr' | 'es';
}
export type PrerenderAnswer = { id: number; html: string } | { id: number; error: string };

// After the shim, so that Lit finds HTMLElement and customElements.
const { renderToString } = await import('../../src/ssr/render.js');

self.addEventListener('message', (event: MessageEvent<PrerenderRequest>) => {
  const { id, markup, lang } = event.data;
  renderToString(markup, { lang }).then(
    (html) => self.postMessage({ id, html } satisfies PrerenderAnswer),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PrerenderAnswer),
  );
});

self.postMessage({ id: 0, html: '' } satisfies PrerenderAnswer);
