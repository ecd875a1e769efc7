import { svg, nothing, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { Status } from '../../data/types.js';
import { STATUS_ORDER } from '../../data/status-labels.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { MapGeometry } from './geometry/types.js';

/** What the map view needs to draw itself; the element owns all state. */
export interface MapViewContext {
  geometry: MapGeometry;
  briefOf: (code: string) => JurisdictionBrief | undefined;
  /** The accessible name of a region: its name and status. */
  labelOf: (brief: JurisdictionBrief) => string;
  isDimmed: (status: Status) => boolean;
  /** The region that holds the roving tab stop. */
  active: string;
  selected: string;
  focused: boolean;
}

// Hatching per status, so that status shows without colour (greyscale print,
// colour-blind readers, forced colours). `regulated` is plain. The map's image
// (map-image.ts) draws the same: the map hands it over.
export const HATCH: Record<Status, string> = {
  banned: 'M0 0L10 10M10 0L0 10',
  'sale-prohibited': 'M0 10L10 0',
  'restricted-7oh': 'M0 5H10',
  regulated: '',
  'age-limit-only': 'M5 0V10',
  'legal-unregulated': 'M4 5a1 1 0 1 0 2 0a1 1 0 1 0 -2 0',
  unknown: 'M0 0L10 10',
};

function patterns(): SVGTemplateResult {
  return svg`<defs>
    ${STATUS_ORDER.map(
      (s) => svg`<pattern id="fill-${s}" class="status-${s}" width="10" height="10" patternUnits="userSpaceOnUse">
        <rect class="pattern-ground" width="10" height="10"></rect>
        ${HATCH[s] ? svg`<path class="pattern-hatch" d=${HATCH[s]}></path>` : nothing}
      </pattern>`,
    )}
  </defs>`;
}

/** A dot for local rules and a diamond for a pending change, beside a glyph at (x, y). */
/**
 * The local-rules dot (right) and pending-change diamond (left) above a
 * glyph at x, y; `spread` moves them apart (a callout box puts them on its
 * top corners). The same shapes everywhere, as in the legend.
 */
function markers(brief: JurisdictionBrief, x: number, y: number, spread = 0): SVGTemplateResult {
  return svg`
    ${brief.localRules > 0 ? svg`<circle class="marker marker-local" cx=${x + 17 + spread} cy=${y - 14} r="7"></circle>` : nothing}
    ${brief.pending
      ? svg`<rect class="marker marker-pending" x=${x - 23 - spread} y=${y - 20} width="11" height="11"
          transform="rotate(45 ${x - 17.5 - spread} ${y - 14.5})"></rect>`
      : nothing}
  `;
}

/**
 * The geographic map: one path per region, callout boxes for the small ones,
 * a glyph on every region, markers for local rules and pending changes.
 * Exactly one element per jurisdiction is a keyboard target: the callout box
 * where there is one, otherwise the path.
 */
export function renderMapView(ctx: MapViewContext): SVGTemplateResult {
  const { geometry } = ctx;
  const calloutOf = new Map(geometry.callouts.map((c) => [c.code, c]));
  const codes = Object.keys(geometry.regions).filter((code) => ctx.briefOf(code));
  const dim = (b: JurisdictionBrief) => (ctx.isDimmed(b.status) ? 'dim' : '');
  const tabindex = (code: string) => (code === ctx.active ? '0' : '-1');

  // Outlines drawn last, over the neighbours, for the selected and focused
  // region (an outline on the shape itself would be half hidden).
  const ring = (code: string, kind: string) => {
    if (!code || !geometry.regions[code]) return nothing;
    const callout = calloutOf.get(code);
    if (callout) {
      const [x, y, w, h] = callout.box;
      return svg`<rect class="ring ${kind}" x=${x} y=${y} width=${w} height=${h} rx="6"></rect>`;
    }
    return svg`<path class="ring ${kind}" d=${geometry.regions[code].d}></path>`;
  };

  return svg`
    ${patterns()}
    <g class="regions">
      ${codes.map((code) => {
        const b = ctx.briefOf(code)!;
        const d = geometry.regions[code].d;
        // Each shape redraws only when what it shows changes: a key press
        // that moves the tab stop touches two of them, not all 71.
        return calloutOf.has(code)
          ? guard([b, dim(b), d], () => svg`<path class="region status-${b.status} ${dim(b)}" data-code=${code} d=${d}></path>`)
          : guard(
              [b, dim(b), d, tabindex(code), ctx.labelOf(b)],
              () => svg`<path class="region target status-${b.status} ${dim(b)}" data-code=${code} d=${d}
                role="button" tabindex=${tabindex(code)} aria-label=${ctx.labelOf(b)}></path>`,
            );
      })}
    </g>
    <g class="glyphs" aria-hidden="true">
      ${codes.map((code) => {
        const b = ctx.briefOf(code)!;
        if (calloutOf.has(code)) return nothing;
        const [x, y] = geometry.regions[code].anchor;
        return guard(
          [b, dim(b), x, y],
          () => svg`<g class="status-${b.status} ${dim(b)}">
            <circle class="glyph-ground" cx=${x} cy=${y} r="13"></circle>
            <text class="glyph" x=${x} y=${y}>${STATUS_GLYPH[b.status]}</text>
            ${markers(b, x, y)}
          </g>`,
        );
      })}
    </g>
    <g class="callouts">
      ${geometry.callouts.map(({ code, box }) => {
        const b = ctx.briefOf(code);
        if (!b) return nothing;
        const [x, y, w, h] = box;
        const to = geometry.regions[code].anchor;
        return guard(
          [b, dim(b), box, to, tabindex(code), ctx.labelOf(b)],
          () => svg`<line class="leader" aria-hidden="true" x1=${x} y1=${y + h / 2} x2=${to[0]} y2=${to[1]}></line>
            <g class="callout status-${b.status} ${dim(b)}">
              <rect class="callout-box target" data-code=${code} x=${x} y=${y} width=${w} height=${h} rx="6"
                role="button" tabindex=${tabindex(code)} aria-label=${ctx.labelOf(b)}></rect>
              <text class="callout-text" aria-hidden="true" x=${x + w * 0.36} y=${y + h / 2}>${code.slice(3)}</text>
              <text class="callout-glyph" aria-hidden="true" x=${x + w * 0.78} y=${y + h / 2}>${STATUS_GLYPH[b.status]}</text>
              ${markers(b, x + w / 2, y + 14.5, w / 2 - 17.5)}
            </g>`,
        );
      })}
    </g>
    <g class="rings" aria-hidden="true">
      ${ring(ctx.selected, 'ring-selected')}
      ${ctx.focused ? ring(ctx.active, 'ring-focus') : nothing}
    </g>
  `;
}
