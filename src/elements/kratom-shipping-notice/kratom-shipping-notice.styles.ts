import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .notice {
    background: var(--_surface);
    border: 1px solid var(--_border);
    /* The status colour on the leading edge; the glyph and the words say the same thing. */
    border-inline-start: 0.35em solid var(--_status);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .notice > * {
    margin: 0 0 0.5em;
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  .headline {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    font-size: 1.05em;
  }
  .headline .swatch {
    align-self: center;
  }
  .conditions {
    padding-inline-start: 1.2em;
  }
  .conditions > li + li {
    margin-top: 0.3em;
  }
  .local {
    margin: 0.25em 0 0;
    padding-inline-start: 1.2em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    .notice {
      break-inside: avoid-page;
    }
  }
`;
