import { css } from 'lit';

/**
 * The status pill: status colour plus glyph plus words, never colour alone.
 * Shared by <kratom-status-badge> and the answer card of <kratom-law-lookup>.
 * Needs `statusStyles` (src/shared/status.styles.ts) for `--_status`.
 */
export const pillStyles = css`
  .pill {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    max-inline-size: 100%;
    padding: 0.05em 0.6em 0.1em 0.45em;
    border-radius: 999px;
    background: var(--_status);
    color: var(--_status-ink);
    border: 1px solid color-mix(in srgb, var(--_status) 60%, #000);
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .glyph {
    flex: none;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .pill {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    .pill {
      background: none;
      color: inherit;
      border-color: currentColor;
    }
  }
`;
