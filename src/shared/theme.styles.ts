import { css } from 'lit';

/**
 * Design tokens shared by every element. Site owners override the public
 * `--kratom-*` properties; elements read only the private `--_*` copies, so
 * a missing override always falls back to a sensible default.
 *
 * Light and dark values come from `light-dark()`, which follows the colour
 * scheme the element inherits from the page: a page that declares
 * `color-scheme: light dark` (it supports both) gets the reader's system
 * setting; a page that declares nothing is light, so a widget never turns
 * dark on a light-only site. `theme="light"` or `theme="dark"` pins it.
 * Sizes are in em so the host page's font size scales everything.
 *
 * The font and text colour are set twice: on the host, and on the shadow
 * root's top-level elements. A theme rule such as `* { font-family: X
 * !important }` matches the host and beats anything on it, but page rules
 * never reach inside the shadow root, so the tokens still win there. With no
 * token set, the inner copy inherits the host's value: the page's own font.
 *
 * Direction: the text is English, French or Spanish, so the element lays
 * itself out left to right under a right-to-left parent ("18 and older", not
 * "and older 18"), and isolates itself so the page's bidi order around an
 * inline badge is unchanged. A right-to-left locale would set `dir` here.
 */
export const themeStyles = css`
  :host {
    --_font-family: var(--kratom-font-family, inherit);
    --_text: var(--kratom-color-text, light-dark(#1f2328, #e8e6e3));
    --_muted: var(--kratom-color-text-muted, light-dark(#555d66, #b4b9bf));
    --_background: var(--kratom-color-background, light-dark(#ffffff, #121416));
    --_surface: var(--kratom-color-surface, light-dark(#f6f7f8, #1e2226));
    --_border: var(--kratom-color-border, light-dark(#c9ced4, #4a5159));
    --_accent: var(--kratom-color-accent, light-dark(#1d5e8c, #7cc0f0));
    --_link: var(--kratom-color-link, light-dark(#0b57a4, #8ec9ff));
    --_focus: var(--kratom-color-focus, light-dark(#b34700, #ffb36b));
    --_radius: var(--kratom-radius, 0.375em);
    --_space: var(--kratom-space, 1em);

    font-family: var(--_font-family);
    color: var(--_text);
    box-sizing: border-box;
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* The shadow root's top-level elements (the host counts as their parent). */
  :host > * {
    font-family: var(--_font-family);
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Text for screen readers only: in the reading order, not drawn. */
  /* Read by screen readers, not shown; shown while focused, which skip links need. */
  .visually-hidden:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  /* A part that could not be loaded (load-failed.ts). */
  .load-failed {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .load-failed .retry {
    margin-inline-start: 0.5em;
    font: inherit;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
