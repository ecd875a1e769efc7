import { waitUntil } from '@open-wc/testing';
import { pageState } from '../../src/shared/page-state.js';

/** Test helpers: read what a user sees inside an element's shadow root. */

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

export function $(el: Element, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Visible text with white space folded, the way a reader sees it. */
export function visibleText(el: Element): string {
  const root = shadow(el);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.hidden || getComputedStyle(node).display === 'none')) return;
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  // ASCII white space only: French text keeps its narrow no-break spaces (U+202F).
  return parts.join(' ').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Records console.warn calls until restored. Warnings are given once per
 * page and topic, so the page's record is cleared first: each test sees the
 * first warning for its own input.
 */
export function captureWarnings() {
  pageState().warned?.clear();
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Appends `el` to the page and resolves to the text of `selector` in its
 * first render, recorded before any later render can replace it.
 */
export async function firstRenderText(el: HTMLElement, selector: string): Promise<string> {
  const seen: string[] = [];
  document.body.append(el);
  const observer = new MutationObserver(() => {
    if (seen.length === 0) seen.push(el.shadowRoot!.querySelector(selector)?.textContent ?? '');
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await waitUntil(() => seen.length > 0, 'never rendered', { timeout: 6000 });
  observer.disconnect();
  return seen[0];
}

/**
 * Puts `markup` in the page and waits for every element in it to finish
 * updating. Unlike fixture() on a plain wrapper it needs no animation frame,
 * which a background tab (test files run two at a time) never gets.
 */
export async function mount(markup: string): Promise<HTMLElement> {
  const wrap = document.createElement('div');
  wrap.innerHTML = markup;
  document.body.append(wrap);
  const all = [wrap, ...wrap.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  for (const el of all) await el.updateComplete;
  return wrap;
}
