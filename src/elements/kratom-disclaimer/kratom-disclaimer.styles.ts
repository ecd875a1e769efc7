import { css } from 'lit';

export const disclaimerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    line-height: 1.5;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.05em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.6em;
  }
  .body > :last-child,
  .notice > :last-child {
    margin-bottom: 0;
  }
  .summary {
    margin: 0;
  }
  .toggle {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0;
    margin-inline-start: 0.25em;
    text-decoration: underline;
    cursor: pointer;
  }
  .toggle[aria-expanded='true'] + .body,
  .summary + .body {
    margin-top: 0.6em;
  }
  .body[hidden] {
    display: none;
  }
  .lead {
    font-weight: 600;
  }
  ::slotted(*) {
    margin-block: 0.6em 0;
  }
  @media (forced-colors: active) {
    .notice {
      border-inline-start-color: CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
    .body[hidden] {
      display: block;
    }
  }
`;
