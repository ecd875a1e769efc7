import { css } from 'lit';

/** The "may be out of date" line of src/shared/staleness.ts, and the notice of data-notice.ts. */
export const staleStyles = css`
  .stale {
    margin: 0.5em 0 0;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_focus);
    background: color-mix(in srgb, var(--_focus) 10%, var(--_background));
    color: var(--_text);
    font-size: 0.9em;
  }
  .stale button {
    margin-inline-start: 0.5em;
    font: inherit;
  }
`;
