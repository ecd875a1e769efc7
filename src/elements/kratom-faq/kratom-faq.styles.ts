import { css } from 'lit';

export const faqStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_mark: var(--kratom-color-mark, light-dark(#fff0a0, #5e4d00));
    line-height: 1.5;
  }

  /* A card of its own, so the text stays readable whatever the page's background. */
  .faq {
    padding: var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Toolbar: search field and expand/collapse buttons; wraps onto two rows when narrow. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin-block-end: 0.5em;
  }
  .search {
    flex: 1 1 16em;
    min-width: 0;
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .search input,
  .link-field {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
  }
  .search input {
    width: 100%;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .control {
    font: inherit;
    font-size: 0.9375em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.8em;
    cursor: pointer;
  }
  .control:hover {
    border-color: var(--_accent);
  }

  /* A line is kept for the result count, so the list does not jump when it appears. */
  .status {
    margin: 0 0 0.5em;
    min-height: 1.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* With no results the empty-state box says it; the live region still speaks. */

  .empty {
    margin-block-end: 0.75em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0 0 0.6em;
  }

  .topic {
    margin: 1.5em 0 0.5em;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .group:first-child .topic {
    margin-block-start: 0;
  }

  /* Entries. Only the answer's own height changes on expand. */
  .item {
    border-block-end: 1px solid var(--_border);
    scroll-margin-block-start: 1em;
  }
  .item:first-of-type {
    border-block-start: 1px solid var(--_border);
  }
  .heading {
    margin: 0;
    font-size: 1em;
    line-height: inherit;
  }
  .question {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    width: 100%;
    margin: 0;
    padding: 0.8em 0.5em;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_text);
    background: none;
    border: 0;
    cursor: pointer;
  }
  /* The prerendered form (details/summary) looks as the buttons do. */
  summary.question {
    list-style: none;
    cursor: pointer;
  }
  summary.question::-webkit-details-marker {
    display: none;
  }
  details[open] > summary > .icon {
    transform: translateY(0.25em) rotate(-135deg);
  }
  .question:hover {
    background: var(--_surface);
  }
  .question:focus-visible {
    outline-offset: -0.15em;
  }
  .question-text {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    display: block;
    margin-block-start: 0.15em;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  /* A chevron drawn with borders: fixed size, turned on expand, so nothing moves. */
  .icon {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin: 0.4em 0.3em 0;
    border-inline-end: 0.15em solid var(--_accent);
    border-block-end: 0.15em solid var(--_accent);
    transform: rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(0.25em) rotate(-135deg);
  }

  .answer {
    padding: 0 0.5em 1em;
  }
  .answer[hidden] {
    display: none;
  }
  .answer p {
    margin: 0 0 0.75em;
  }
  .custom {
    margin-block-end: 0.75em;
  }
  ::slotted(*) {
    display: block;
  }

  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta p.meta-label {
    margin: 0;
    font-weight: 600;
  }
  .sources {
    margin: 0.2em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .sources li {
    margin-block: 0.15em;
    overflow-wrap: anywhere;
  }
  .meta p.reviewed {
    margin: 0;
  }

  .link-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .copy {
    font-size: 0.875em;
  }
  .copy-status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .link-field {
    flex: 1 1 18em;
    min-width: 0;
    font-size: 0.875em;
  }

  mark {
    color: inherit;
    background: var(--_mark);
    border-radius: 0.15em;
    padding-inline: 0.05em;
  }

  @container (max-width: 24em) {
    .question {
      padding-inline: 0.25em;
    }
    .answer {
      padding-inline: 0.25em;
    }
    .controls {
      margin-inline-start: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .icon {
      border-color: ButtonText;
    }
    mark {
      color: HighlightText;
      background: Highlight;
    }
    .control,
    .search input,
    .link-field {
      border-color: ButtonText;
    }
  }

  @media print {
    .toolbar,
    .status,
    .link-tools,
    .icon {
      display: none;
    }
    .answer[hidden] {
      display: block;
    }
    mark {
      background: none;
    }
  }
`;
