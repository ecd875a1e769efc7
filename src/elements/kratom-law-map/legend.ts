import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Status } from '../../data/types.js';
import { STATUS_LABEL, STATUS_ORDER } from '../../data/status-labels.js';
import { localize } from '../../data/localize.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { Locale } from '../../shared/locale.js';

export interface LegendContext {
  counts: Map<Status, number>;
  /** Statuses the reader has picked; empty means all are shown. */
  picked: ReadonlySet<Status>;
  locale: Locale;
  onToggle: (status: Status) => void;
}

/**
 * The legend: each status with its colour, glyph and count. Each item is a
 * toggle button that highlights that status (aria-pressed); the markers for
 * local rules and pending changes are explained below it.
 */
export function renderLegend(ctx: LegendContext): TemplateResult {
  return html`<div class="legend" part="legend" role="group" aria-label=${msg('Legend: show only some statuses')}>
    <ul class="legend-items">
      ${STATUS_ORDER.filter((s) => (ctx.counts.get(s) ?? 0) > 0).map((status) => {
        const count = ctx.counts.get(status) ?? 0;
        return html`<li>
          <button type="button" class="legend-item status-${status}" aria-pressed=${ctx.picked.has(status) ? 'true' : 'false'}
            @click=${() => ctx.onToggle(status)}>
            <span class="swatch" aria-hidden="true">${STATUS_GLYPH[status]}</span>
            <span class="legend-label">${localize(STATUS_LABEL[status], ctx.locale)}</span>
            <span class="legend-count">(${count})</span>
          </button>
        </li>`;
      })}
    </ul>
    <p class="legend-markers">
      <span><span class="marker-local" aria-hidden="true"></span> ${msg('Local rules in some places')}</span>
      <span><span class="marker-pending" aria-hidden="true"></span> ${msg('Change pending')}</span>
    </p>
  </div>`;
}
