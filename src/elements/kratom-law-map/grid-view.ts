import { html, nothing, type TemplateResult } from 'lit';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { Status } from '../../data/types.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { Tile } from './tile-grid.js';

export interface GridViewContext {
  tiles: readonly Tile[];
  briefOf: (code: string) => JurisdictionBrief | undefined;
  labelOf: (brief: JurisdictionBrief) => string;
  isDimmed: (status: Status) => boolean;
  active: string;
  selected: string;
}

/**
 * The tile grid: one equal square per state, province or territory, so small
 * places are as easy to see and tap as large ones. Positions come from
 * classes (`.row-N`, `.col-N`) rather than inline styles, for strict CSPs.
 */
export function renderGridView(ctx: GridViewContext): TemplateResult {
  return html`${ctx.tiles.map(({ code, row, column }) => {
    const brief = ctx.briefOf(code);
    if (!brief) return nothing;
    const classes = [
      'tile',
      `status-${brief.status}`,
      `row-${row}`,
      `col-${column}`,
      ctx.isDimmed(brief.status) ? 'dim' : '',
      code === ctx.selected ? 'selected' : '',
    ].join(' ');
    // The button is an empty layer over the tile, so its accessible name is
    // the label alone (the tile's short code and glyph are decoration).
    return html`<div class=${classes}>
      <span class="tile-code" aria-hidden="true">${code.slice(3)}</span>
      <span class="tile-glyph" aria-hidden="true">${STATUS_GLYPH[brief.status]}</span>
      ${brief.localRules > 0 ? html`<span class="marker-local" aria-hidden="true"></span>` : nothing}
      ${brief.pending ? html`<span class="marker-pending" aria-hidden="true"></span>` : nothing}
      <span class="tile-hit target" data-code=${code} role="button" tabindex=${code === ctx.active ? '0' : '-1'}
        aria-label=${ctx.labelOf(brief)}></span>
    </div>`;
  })}`;
}
