import { css } from 'lit';

export const lookupStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* One panel on the tokens' surface, so every piece reads well on any page background. */
  .lookup {
    display: grid;
    gap: 0.6em;
    line-height: 1.5;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  @container (max-width: 22em) {
    .lookup {
      padding-inline: calc(var(--_space) * 0.6);
    }
  }
  .question {
    font-weight: 600;
    font-size: 1.05em;
  }
  .select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    /* A control's edge needs 3:1 contrast: the muted text colour has it, the border token does not. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    min-block-size: 2.75em;
    inline-size: 100%;
    max-inline-size: 100%;
  }
  @container (min-width: 34em) {
    .select {
      inline-size: auto;
      min-inline-size: 20em;
      justify-self: start;
    }
  }
  .memory {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .forget {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0.25em 0;
    margin-inline-start: 0.25em;
    text-decoration: underline;
    cursor: pointer;
  }

  .card {
    border: 1px solid var(--_border);
    /* The status colour on the leading edge; the pill repeats it with words and a glyph. */
    border-inline-start: 0.35em solid var(--_status, var(--_accent));
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    overflow-wrap: anywhere;
  }
  .card.empty {
    border-inline-start-color: var(--_border);
  }
  .card.pending .loading {
    /* Room for the details while they load, so the page below does not jump twice. */
    min-block-size: 12em;
    color: var(--_muted);
  }
  /* The last answer stays readable (full contrast) while the next one loads:
     only its frame says it is about to change. */
  .card[aria-busy='true']:not(.pending) {
    border-style: dashed;
  }
  .card > * {
    margin: 0 0 0.6em;
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  .name {
    font-size: 1.2em;
    line-height: 1.25;
    margin-bottom: 0.35em;
  }
  .prompt {
    color: var(--_muted);
  }
  .meaning {
    font-weight: 600;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    padding-block: 0.6em;
    border-block: 1px solid var(--_border);
  }
  .fact {
    display: grid;
    gap: 0.1em;
  }
  @container (min-width: 34em) {
    .fact {
      grid-template-columns: 9em minmax(0, 1fr);
      gap: 1em;
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .citation,
  .muted,
  .rule-sources,
  .dates,
  .note {
    color: var(--_muted);
  }
  .rules {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .rules li + li {
    margin-top: 0.4em;
  }
  .rule-sources {
    display: block;
    font-size: 0.9em;
  }
  .conflict,
  .confidence {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .confidence-low {
    border: 1px dashed var(--_focus);
    border-inline-start: 0.25em solid var(--_focus);
    background: color-mix(in srgb, var(--_focus) 8%, transparent);
  }
  .warning-glyph {
    margin-inline-end: 0.25em;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_link);
    inline-size: fit-content;
  }
  .sources ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.1em;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.25em;
    font-size: 0.9em;
  }
  .note {
    font-size: 0.9em;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .card,
    .conflict,
    .confidence {
      border-color: CanvasText;
    }
    .forget,
    .sources summary {
      color: LinkText;
    }
  }
  @media print {
    .forget,
    .memory {
      display: none;
    }
    .card {
      break-inside: avoid-page;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
`;
