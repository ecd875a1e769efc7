import { css } from 'lit';

export const updatesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.45;
  }
  .updates {
    background: var(--_background);
    color: var(--_text);
  }
  .section-title {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }
  .section-title:not(:first-child) {
    margin-block-start: 1.25em;
  }
  .month > .section-title {
    font-size: 1em;
    color: var(--_muted);
    margin-block: 0.75em 0.35em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .change,
  .pending {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.6em 0.8em;
  }
  .change:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .change p,
  .pending p {
    margin: 0;
  }
  .change p + p {
    margin-block-start: 0.3em;
  }
  .what {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .kind {
    font-weight: 600;
  }
  .citation,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.05em 0.55em;
    border-radius: 999px;
    background: var(--_status);
    color: var(--_status-ink);
    font-size: 0.85em;
    font-weight: 600;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  .more:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .more-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.75em 0;
  }
  .more {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .dates {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 1em 0 0;
  }
  .empty {
    color: var(--_muted);
    margin: 0;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
