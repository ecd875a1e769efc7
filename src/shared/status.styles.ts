import { css, unsafeCSS } from 'lit';
import { STATUS_ORDER } from '../data/statuses.js';

/**
 * Status colours, shared by every element that shows a legal status. The
 * palette is Okabe–Ito (readable with the common colour-vision deficiencies);
 * each colour comes with an ink for text drawn on it (contrast ≥ 4.5:1).
 * Override with `--kratom-status-<status>` and `--kratom-status-<status>-ink`.
 *
 * `.status-<status>` sets `--_status` and `--_status-ink` for its subtree.
 */
const DEFAULTS: Record<string, [colour: string, ink: string]> = {
  banned: ['#d55e00', '#000000'],
  'sale-prohibited': ['#cc79a7', '#000000'],
  'restricted-7oh': ['#e69f00', '#000000'],
  regulated: ['#0072b2', '#ffffff'],
  'age-limit-only': ['#56b4e9', '#000000'],
  'legal-unregulated': ['#009e73', '#000000'],
  unknown: ['#bbbbbb', '#000000'],
};

export const statusStyles = unsafeCSS(
  STATUS_ORDER.map((s) => {
    const [colour, ink] = DEFAULTS[s];
    return `.status-${s} { --_status: var(--kratom-status-${s}, ${colour}); --_status-ink: var(--kratom-status-${s}-ink, ${ink}); }`;
  }).join('\n'),
);

/** A swatch: the status colour with its glyph, for legends, badges and tables. */
export const swatchStyles = css`
  .swatch {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 0.25em;
    background: var(--_status);
    color: var(--_status-ink);
    border: 1px solid color-mix(in srgb, var(--_status) 60%, #000);
    font-size: 0.85em;
    line-height: 1;
    flex: none;
  }
  @media (forced-colors: active) {
    .swatch {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
