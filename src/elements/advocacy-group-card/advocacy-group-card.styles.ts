import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_on-accent: var(--kratom-color-on-accent, light-dark(#ffffff, #10161c));
    --_warning: var(--kratom-color-warning, light-dark(#9a5b00, #e8b04a));
  }

  /* Narrow containers: avatar beside the name, everything else stacked below. */
  .card {
    block-size: 100%;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas:
      'avatar header'
      'content content';
    /* In a grid of cards of unequal length, the spare room goes above the footer, not below it. */
    grid-template-rows: auto 1fr;
    align-content: start;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.5;
  }

  .avatar {
    grid-area: avatar;
    align-self: start;
    display: grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_accent);
    color: var(--_on-accent);
    /* Transparent, so forced-colours mode (which paints borders) still outlines it. */
    border: 1px solid transparent;
  }
  .avatar.has-logo {
    background: none;
    border-radius: var(--_radius);
  }
  ::slotted([slot='logo']) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .monogram {
    font-weight: 700;
    line-height: 1;
    letter-spacing: 0.02em;
  }
  /* Longer acronyms widen the circle into a pill rather than shrink to unreadable letters. */
  .avatar:has(.length-4, .length-5) {
    inline-size: auto;
    min-inline-size: 2.75em;
    padding-inline: 0.45em;
    border-radius: 1.4em;
  }
  .monogram.length-4,
  .monogram.length-5 {
    font-size: 0.85em;
    letter-spacing: 0;
  }

  .header {
    grid-area: header;
    align-self: center;
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  /* Each item moves to the next line whole, and breaks inside only when it
     is wider than the card (a narrow sidebar with a large font). */
  .meta-item {
    display: inline-block;
    max-inline-size: 100%;
  }
  .acronym {
    font-weight: 400;
    color: var(--_muted);
  }
  .meta,
  .former {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .content {
    grid-area: content;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }

  .verification {
    padding: 0.5em 0.75em;
    border-inline-start: 0.3em solid var(--_warning);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 12%, var(--_surface));
  }
  .verification p {
    margin: 0;
  }
  .verification-title {
    font-weight: 600;
  }
  .verification-note {
    margin-block-start: 0.3em;
    font-size: 0.9em;
  }

  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .main,
  .aside {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .main:has(> .description[hidden]:only-child) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }

  .description p,
  .description ::slotted(*) {
    margin: 0;
  }
  .label,
  dt {
    margin: 0 0 0.3em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .chips,
  .action-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chips li {
    padding: 0.1em 0.65em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }

  .facts {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  dt {
    margin: 0;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .site {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .action-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .button,
  ::slotted(a[slot='actions']) {
    display: inline-block;
    padding: 0.35em 0.8em;
    border: 0.1em solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_link);
    font-weight: 600;
    line-height: 1.3;
    text-decoration: none;
  }
  .action-list li:first-child .button {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:hover,
  ::slotted(a[slot='actions']:hover) {
    text-decoration: underline;
  }

  .footer {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    color: var(--_link);
  }
  .sources[open] {
    flex-basis: 100%;
  }
  .sources ol {
    margin: 0.4em 0 0;
    padding-inline-start: 1.4em;
  }
  .sources li {
    margin-block: 0.25em;
    overflow-wrap: anywhere;
  }
  .reviewed {
    margin: 0;
  }


  .fallback .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  /* Compact: one tight block, links in a row. */
  .compact {
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
  }
  .compact .aside {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
  }
  .tagline {
    flex-basis: 100%;
    margin: 0;
  }
  .compact .button {
    padding: 0.2em 0.6em;
    font-size: 0.9em;
  }

  /* Wide containers: the avatar gets a column of its own. */
  @container (min-width: 34em) {
    .card {
      grid-template-areas:
        'avatar header'
        'avatar content';
      column-gap: var(--_space);
    }
    .full {
      padding: var(--_space);
    }
    .full .avatar {
      inline-size: 4em;
      block-size: 4em;
      font-size: 1.15em;
    }
  }

  /* Wider still: description and focus beside the facts and actions. */
  @container (min-width: 52em) {
    .full .body {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: calc(var(--_space) * 1.5);
    }
    .full .aside:only-child {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .verification {
      border-inline-start-color: CanvasText;
    }
    .action-list li:first-child .button {
      border-color: LinkText;
    }
    .sources summary {
      color: LinkText;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
    }
    .sources summary {
      color: inherit;
    }
    .sources::details-content {
      content-visibility: visible;
      display: block;
    }
    .action-list li:first-child .button {
      background: none;
      color: inherit;
    }
  }
`;
