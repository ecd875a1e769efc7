import { css } from 'lit';

/** The marks of src/shared/source-item.ts: muted details, official sources set apart. */
export const sourceStyles = css`
  .source-meta,
  .source-lang {
    color: var(--_muted);
  }
  .source-kind {
    white-space: nowrap;
  }
  .source-kind.kind-primary {
    color: var(--_text);
    font-weight: 600;
  }
  .source-kind.kind-primary::before {
    content: '✓ ' / '';
  }
`;
