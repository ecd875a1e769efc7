import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import { STATUS_LABEL } from '../../data/status-labels.js';
import { localize } from '../../data/localize.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { Locale } from '../../shared/locale.js';
import type { MapGeometry } from './geometry/types.js';
import { TILES } from './tile-grid.js';

/** One line for the tooltip and the live region: age, local rules, pending change, confidence. */
export function oneLine(b: JurisdictionBrief): string {
  // At a past date only the status is from then; the rest would be today's.
  if ((b as { on?: string }).on) return msg('Status on the date shown');
  const parts = [b.minimumAge !== null ? msg(str`Minimum age ${b.minimumAge}`) : msg('No minimum age')];
  if (b.localRules > 0) parts.push(msg('local rules in some places'));
  if (b.pending) parts.push(msg('change pending'));
  if (b.confidence === 'low') parts.push(msg('unverified'));
  return parts.join(' · ');
}

const GRID_ROWS = Math.max(...TILES.map((t) => t.row)) + 1;

/** Where the tooltip points on the map, in percent of the frame; null when the place is not drawn. */
function mapPoint(code: string, geometry: MapGeometry | undefined): [number, number] | null {
  if (!geometry) return null;
  const [, , w, h] = geometry.viewBox;
  const callout = geometry.callouts.find((c) => c.code === code);
  if (callout) {
    const [x, y, cw] = callout.box;
    return [((x + cw / 2) / w) * 100, (y / h) * 100];
  }
  const region = geometry.regions[code];
  return region ? [(region.anchor[0] / w) * 100, (region.anchor[1] / h) * 100] : null;
}

// The tile grid never changes: its rules are written once.
let tileRules: string | undefined;

/**
 * Where the tooltip sits for every place, on this map and on the tile grid,
 * as CSS rules for a constructed stylesheet (a style attribute would break
 * under a strict Content Security Policy). Written once per outlines: the
 * tooltip then moves by its `data-at` attribute alone, where rewriting the
 * sheet on each key press or hover made the browser re-check every rule.
 */
export function tooltipRules(geometry: MapGeometry | undefined): string {
  const rules: string[] = [];
  for (const code of Object.keys(geometry?.regions ?? {})) {
    const point = mapPoint(code, geometry)!;
    // Near the right edge the tooltip hangs to the left of its point, so it is never squeezed or cut.
    const side = point[0] > 70 ? `right: ${(100 - point[0]).toFixed(2)}%` : `left: ${point[0].toFixed(2)}%`;
    rules.push(`.map-frame .tooltip[data-at="${code}"] { ${side}; top: ${point[1].toFixed(2)}%; }`);
  }
  tileRules ??= TILES.map((tile) => {
    const x = (tile.column + 0.5) * 10;
    const side = tile.column > 6 ? `right: ${(100 - x).toFixed(2)}%` : `left: ${x.toFixed(2)}%`;
    return `.grid-frame .tooltip[data-at="${tile.code}"] { ${side}; top: ${((tile.row / GRID_ROWS) * 100).toFixed(2)}%; }`;
  }).join('\n');
  rules.push(tileRules);
  return rules.join('\n');
}

/** The tooltip for the map or the tile grid: name, status and one line; nothing where the place is not shown. */
export function renderTooltip(b: JurisdictionBrief, frame: 'map' | 'grid', geometry: MapGeometry | undefined, locale: Locale): TemplateResult | typeof nothing {
  const point = frame === 'map' ? mapPoint(b.code, geometry) : null;
  const tile = frame === 'grid' ? TILES.find((t) => t.code === b.code) : undefined;
  if (!point && !tile) return nothing;
  const below = point ? point[1] < 30 : tile!.row < 2;
  const side = point ? (point[0] > 70 ? 'end' : point[0] < 30 ? 'start' : '') : tile!.column > 6 ? 'end' : tile!.column < 3 ? 'start' : '';
  return html`<div class="tooltip ${below ? 'below' : ''} ${side} status-${b.status}" data-at=${b.code} part="tooltip" aria-hidden="true">
    <strong>${localize(b.name, locale)}</strong>
    <span class="tooltip-status"><span class="swatch">${STATUS_GLYPH[b.status]}</span> ${localize(STATUS_LABEL[b.status], locale)}</span>
    <span class="tooltip-line">${oneLine(b)}</span>
  </div>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    translate: -50% calc(-100% - 0.75em);
    display: grid;
    gap: 0.15em;
    inline-size: max-content;
    min-inline-size: 10em;
    max-inline-size: 17em;
    padding: 0.45em 0.65em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.2em 0.8em rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    pointer-events: none;
  }
  .tooltip.below {
    translate: -50% 1.5em;
  }
  /* By the frame's edges: hang inwards from the point instead of centring on it. */
  .tooltip.start {
    translate: -1.5em calc(-100% - 0.75em);
  }
  .tooltip.start.below {
    translate: -1.5em 1.5em;
  }
  .tooltip.end {
    translate: 1.5em calc(-100% - 0.75em);
  }
  .tooltip.end.below {
    translate: 1.5em 1.5em;
  }
  .tooltip-status {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .tooltip-line {
    color: var(--_muted);
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;
