/**
 * Taking over prerendered HTML (src/ssr/render.ts): the element's first
 * update attaches Lit to the DOM the server wrote (hydration) instead of
 * drawing it again. Loaded only by elements that find a declarative shadow
 * root, so pages without prerendered HTML never fetch it.
 */
import { ReactiveElement, render, type LitElement, type PropertyValues } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import { warnOnce } from './warn.js';

/**
 * Runs `host`'s update on its prerendered DOM with `result`, its render().
 * With `ready` false (a part is still loading, so the drawing would differ
 * from the server's), it only reflects attributes and keeps the server's
 * DOM; returns whether it took over.
 */
export function takeOver(host: LitElement, result: unknown, changed: PropertyValues, ready: boolean): boolean {
  // ReactiveElement's own update reflects attributes and draws nothing.
  (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(host, changed);
  if (!ready) return false;
  try {
    hydrate(result, host.renderRoot, host.renderOptions);
  } catch (error) {
    // The server's HTML does not match this version's drawing: draw anew in one step.
    warnOnce(`${host.localName} hydration`, `<${host.localName}>: its prerendered HTML could not be taken over (${error instanceof Error ? error.message : String(error)}); drawn again.`);
    clearRoot(host);
    render(result, host.renderRoot, host.renderOptions);
  }
  return true;
}

/** Empties a prerendered root, for drawing anew. */
export function clearRoot(host: LitElement): void {
  for (const node of [...host.renderRoot.childNodes]) node.remove();
}
