import { css, unsafeCSS } from 'lit';
import { STATUS_ORDER } from '../../data/status-labels.js';
import { FRAME } from './geometry-loader.js';
import { GRID_COLUMNS, TILES } from './tile-grid.js';

// Static rules generated once from facts the element already has: each
// status's pattern, each frame's aspect ratio, each tile's grid cell. Classes
// instead of style attributes keep the element working under a strict CSP.
const statusFills = STATUS_ORDER.map((s) => `.region.status-${s} { fill: url(#fill-${s}); }`).join('\n');
const frames = Object.entries(FRAME)
  .map(([region, [w, h]]) => `.frame-${region} { aspect-ratio: ${w} / ${h}; }`)
  .join('\n');
const rows = Math.max(...TILES.map((t) => t.row)) + 1;
const cells = [
  ...Array.from({ length: rows }, (_, i) => `.row-${i} { grid-row: ${i + 1}; }`),
  ...Array.from({ length: GRID_COLUMNS }, (_, i) => `.col-${i} { grid-column: ${i + 1}; }`),
].join('\n');

export const mapStyles = [
  unsafeCSS(statusFills),
  unsafeCSS(frames),
  unsafeCSS(cells),
  css`
    /* The map paints its own background so its text and borders read right on
       any page; set --kratom-color-background: transparent to blend in. */
    :host {
      display: block;
      container-type: inline-size;
      background: var(--_background);
      --_map-border: var(--kratom-map-border, var(--_background));
      line-height: 1.45;
    }
    button {
      font: inherit;
      color: inherit;
    }

    /* Toolbar: view switch and skip link */
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin-block-end: 0.5em;
    }
    .switch {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .switch button {
      border: 0;
      background: var(--_surface);
      padding: 0.3em 0.9em;
      cursor: pointer;
    }
    .switch button + button {
      border-inline-start: 1px solid var(--_border);
    }
    .switch button[aria-pressed='true'] {
      background: var(--_accent);
      color: light-dark(#ffffff, #0b1116);
      font-weight: 600;
    }
    .skip {
      border: 0;
      background: none;
      color: var(--_link);
      text-decoration: underline;
      padding: 0;
      cursor: pointer;
    }

    .summary {
      margin: 0 0 0.6em;
    }
    .on-date {
      margin: 0 0 0.3em;
      font-size: 1.15em;
      font-weight: 700;
    }
    /* The slider's height and margins while the history loads (measured: about
       3.9em, 6.6em where the Play button wraps above it), so little below moves. */
    .timeline-space {
      block-size: 3.9em;
      margin: 0.5em 0;
    }
    @container (max-width: 479.98px) {
      .timeline-space {
        block-size: 6.6em;
      }
    }

    /* Legend */
    .legend {
      margin-block-end: 0.75em;
    }
    .legend-items {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .legend-item {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.2em 0.6em 0.2em 0.3em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
      font-size: 0.9em;
    }
    .legend-item[aria-pressed='true'] {
      border-color: var(--_text);
      box-shadow: inset 0 0 0 1px var(--_text);
      font-weight: 600;
    }
    .legend-count {
      color: var(--_muted);
    }
    .legend-markers {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0.4em 0 0;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .legend-markers .marker-local,
    .legend-markers .marker-pending {
      display: inline-block;
      vertical-align: middle;
    }
    span.marker-local {
      inline-size: 0.7em;
      block-size: 0.7em;
      border-radius: 50%;
      background: var(--_text);
      border: 2px solid var(--_surface);
      box-sizing: content-box;
    }
    span.marker-pending {
      inline-size: 0.55em;
      block-size: 0.55em;
      background: var(--_text);
      transform: rotate(45deg);
      border: 2px solid var(--_surface);
      box-sizing: content-box;
    }

    /* The first switch button names the drawing it shows: the map, or the tiles (grid, or auto when narrow). */
    .name-grid {
      display: none;
    }
    .switch.shows-grid .name-map {
      display: none;
    }
    .switch.shows-grid .name-grid {
      display: inline;
    }
    @container (max-width: 479.98px) {
      .switch.shows-auto .name-map {
        display: none;
      }
      .switch.shows-auto .name-grid {
        display: inline;
      }
    }

    /* As wide as the content, no height: its resize observer tells when tiles are needed. */
    .width-probe {
      block-size: 0;
    }
    /* Views: in auto, the container's width picks map or tiles, with no script and no shift. */
    .views {
      position: relative;
    }
    .view-auto .grid-frame {
      display: none;
    }
    @container (max-width: 479.98px) {
      .view-auto .map-frame {
        display: none;
      }
      .view-auto .grid-frame {
        display: block;
      }
      /* The tiles already show these places. */
      .view-auto .extra.in-grid {
        display: none;
      }
    }
    .view-grid .extra.in-grid {
      display: none;
    }

    /* Geographic map */
    .map-frame {
      position: relative;
      inline-size: 100%;
    }
    .map {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      overflow: visible;
    }
    .placeholder {
      display: grid;
      place-items: center;
      block-size: 100%;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
    /* The outlines usually arrive within a few frames: the loading words show
       only if they are late, so a fast page never flashes them. */
    .placeholder[role='status'] {
      animation: kratom-map-late 0s 0.4s both;
    }
    @keyframes kratom-map-late {
      from {
        opacity: 0;
      }
    }
    .region {
      stroke: var(--_map-border);
      stroke-width: 1;
      stroke-linejoin: round;
      vector-effect: non-scaling-stroke;
      cursor: pointer;
    }
    .target:focus {
      outline: none;
    }
    .pattern-ground {
      fill: var(--_status);
    }
    .pattern-hatch {
      stroke: var(--_status-ink);
      stroke-opacity: 0.4;
      stroke-width: 1.1;
      fill: var(--_status-ink);
      fill-opacity: 0.5;
    }
    .glyphs {
      pointer-events: none;
    }
    .glyph-ground {
      fill: var(--_status);
      stroke: var(--_status-ink);
      stroke-opacity: 0.55;
      stroke-width: 1.5;
    }
    .glyph,
    .callout-text,
    .callout-glyph {
      fill: var(--_status-ink);
      text-anchor: middle;
      dominant-baseline: central;
      pointer-events: none;
      font-family: system-ui, sans-serif;
    }
    .glyph {
      font-size: 17px;
      font-weight: 700;
    }
    .marker {
      fill: var(--_text);
      stroke: var(--_map-border);
      stroke-width: 2;
    }
    .callout {
      cursor: pointer;
    }
    .callout .marker {
      pointer-events: none;
    }
    .callout-box {
      fill: var(--_status);
      stroke: var(--_map-border);
      stroke-width: 1.5;
    }
    .callout-text {
      font-size: 24px;
      font-weight: 700;
    }
    .callout-glyph {
      font-size: 22px;
    }
    .leader {
      stroke: var(--_muted);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .ring {
      fill: none;
      pointer-events: none;
      vector-effect: non-scaling-stroke;
    }
    .ring-selected {
      stroke: var(--_text);
      stroke-width: 2.5;
    }
    .ring-focus {
      stroke: var(--_focus);
      stroke-width: 3.5;
    }
    /* Statuses the reader filtered out fade; text keeps its contrast. */
    svg .dim {
      opacity: 0.22;
    }
    .tile.dim {
      background: var(--_surface);
      color: var(--_muted);
      border-style: dashed;
      border-color: var(--_border);
    }
    .extra.dim {
      color: var(--_muted);
      border-style: dashed;
    }
    .extra.dim .swatch {
      opacity: 0.3;
    }

    /* Tile grid */
    .grid-frame {
      position: relative;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(${GRID_COLUMNS}, 1fr);
      gap: 0.2em;
    }
    .tile {
      position: relative;
      aspect-ratio: 1;
      display: grid;
      place-content: center;
      justify-items: center;
      gap: 0.05em;
      border-radius: 0.2em;
      background: var(--_status);
      color: var(--_status-ink);
      font-size: clamp(0.55em, 2.6cqi, 1em);
      font-weight: 700;
      line-height: 1;
      cursor: pointer;
      border: 1px solid color-mix(in srgb, var(--_status) 60%, #000);
    }
    .tile-glyph {
      font-weight: 400;
    }
    .tile-hit {
      position: absolute;
      inset: 0;
      border-radius: inherit;
    }
    .tile-hit:focus-visible {
      outline: 0.2em solid var(--_focus);
      outline-offset: 0.1em;
      z-index: 1;
    }
    .tile.selected {
      box-shadow: 0 0 0 0.15em var(--_text);
    }
    /* Big enough to see and tell apart: a dot and a diamond, as in the legend. */
    .tile .marker-local,
    .tile .marker-pending {
      position: absolute;
      inset-block-start: 0.2em;
      inline-size: 0.6em;
      block-size: 0.6em;
      border-width: 1.5px;
    }
    .tile .marker-local {
      inset-inline-end: 0.2em;
    }
    .tile .marker-pending {
      inset-inline-start: 0.25em;
      inline-size: 0.5em;
      block-size: 0.5em;
      transform: rotate(45deg);
    }

    /* Federal rows and places too far to draw */
    .extras {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin-block-start: 0.6em;
    }
    .extra {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.2em 0.6em 0.2em 0.25em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
      font-size: 0.9em;
    }
    .extra:focus-visible {
      outline: 0.15em solid var(--_focus);
      outline-offset: 0.1em;
    }

    .print-only {
      display: none;
    }
    /* Prerendered HTML read with JavaScript off: the table is the way in. */
    @media (scripting: none) {
      .print-only {
        display: block;
        margin-block-start: 1em;
      }
    }

    .footer {
      margin: 0.75em 0 0;
      font-size: 0.85em;
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      .map {
        forced-color-adjust: none;
      }
      .pattern-ground,
      .glyph-ground,
      .callout-box {
        fill: Canvas;
      }
      .pattern-hatch {
        stroke: CanvasText;
        stroke-opacity: 1;
        fill: CanvasText;
        fill-opacity: 1;
      }
      .region,
      .glyph-ground,
      .callout-box {
        stroke: CanvasText;
      }
      .glyph,
      .callout-text,
      .callout-glyph,
      .marker {
        fill: CanvasText;
      }
      .ring-focus {
        stroke: Highlight;
      }
      .ring-selected {
        stroke: CanvasText;
      }
      .dim {
        opacity: 0.4;
      }
      .tile,
      .extra,
      .legend-item[aria-pressed='true'] {
        border: 2px solid CanvasText;
      }
    }

    @media print {
      .legend-item {
        break-inside: avoid;
      }
      .toolbar,
      .close {
        display: none;
      }
      .view-auto .map-frame {
        display: block;
      }
      .view-auto .grid-frame {
        display: none;
      }
      .print-only {
        display: block;
        margin-block-start: 1em;
      }
      .dim {
        opacity: 1;
      }
    }
  `,
];
