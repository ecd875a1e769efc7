import { css } from 'lit';
import { sourceStyles } from '../../shared/source.styles.js';

/**
 * Styles of the table and the details panel. They load with those views,
 * after the first render, so the map's first paint does not wait for them.
 */
export const secondaryStyles = css`
    /* Table */
    /* Scrolls sideways when narrow; shadows at the edges say there is more. */
    .table-frame {
      overflow-x: auto;
      container-type: inline-size;
      background:
        linear-gradient(to right, var(--_background) 30%, transparent) left / 2em 100% no-repeat local,
        linear-gradient(to left, var(--_background) 30%, transparent) right / 2em 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) left / 0.8em 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) right / 0.8em 100% no-repeat scroll;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
    }
    /* As wide as the frame, and kept in view while the table scrolls: never cut mid-word. */
    caption {
      position: sticky;
      inset-inline-start: 0;
      max-inline-size: 100cqi;
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.4em;
    }
    /* "Legal, unregulated" on one line. */
    td:nth-of-type(1) {
      white-space: nowrap;
    }
    th,
    td {
      padding: 0.35em 0.5em;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      border-block-end-width: 2px;
      white-space: nowrap;
    }
    tr.selected {
      background: var(--_surface);
    }
    .sort,
    .row-open {
      border: 0;
      background: none;
      padding: 0;
      cursor: pointer;
      text-align: start;
    }
    .sort {
      font-weight: 600;
    }
    .sort-arrow {
      margin-inline-start: 0.3em;
      color: var(--_muted);
    }
    .row-open {
      color: var(--_link);
      text-decoration: underline;
      font-weight: 400;
    }
    td .swatch {
      margin-inline-end: 0.3em;
      vertical-align: middle;
    }

    /* Details panel */
    .panel {
      margin-block-start: 0.9em;
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .panel-head {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 1em;
    }
    .panel-title {
      margin: 0;
      font-size: 1.25em;
    }
    .close {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: transparent;
      padding: 0.2em 0.7em;
      cursor: pointer;
    }
    .panel-status {
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin: 0.5em 0;
    }
    .unverified {
      margin: 0.5em 0;
      padding: 0.5em 0.75em;
      border-inline-start: 0.3em solid #e69f00;
      background: light-dark(#fff6e0, #332a12);
    }
    .panel h4 {
      margin: 1em 0 0.3em;
      font-size: 1em;
    }
    .facts {
      display: grid;
      grid-template-columns: minmax(7em, max-content) 1fr;
      gap: 0.3em 1em;
      margin: 0.75em 0;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    @container (max-width: 30em) {
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd {
        margin-block-end: 0.4em;
      }
    }
    .local-rules,
    .sources {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .sources {
      font-size: 0.9em;
    }
    .source-meta,
    .panel-meta {
      color: var(--_muted);
    }
    .panel-meta {
      font-size: 0.875em;
      margin-block-end: 0;
    }
    ${sourceStyles}
`;
