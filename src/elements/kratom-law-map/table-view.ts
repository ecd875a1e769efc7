import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { briefs, type JurisdictionBrief } from '../../data/briefs.js';
import { STATUS_LABEL, STATUS_ORDER } from '../../data/status-labels.js';
import { localize } from '../../data/localize.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { formatDate } from '../../shared/format-date.js';
import type { Locale } from '../../shared/locale.js';
import { shortConfidenceLabel } from '../../shared/labels.js';
import { compareAscii } from '../../shared/intl.js';
import { nameRanks } from '../../shared/name-order.js';

export type SortKey = 'name' | 'status' | 'age' | 'reviewed';
export interface Sort {
  key: SortKey;
  ascending: boolean;
}

export interface TableViewContext {
  rows: readonly JurisdictionBrief[];
  locale: Locale;
  sort: Sort;
  selected: string;
  onSort: (key: SortKey) => void;
  onOpen: (code: string) => void;
  /** A caption that says what the table holds. */
  caption: string;
  /** The statuses are from a past date: only the name and status columns, since the rest is today's. */
  historical?: boolean;
}

/** Sorts rows by a column; ties keep name order, so the result is stable. */
export function sortRows(rows: readonly JurisdictionBrief[], sort: Sort, locale: Locale): JurisdictionBrief[] {
  const ranks = nameRanks(briefs(), locale);
  const rank = (b: JurisdictionBrief) => ranks.get(b.code) ?? ranks.size;
  const byName = (a: JurisdictionBrief, b: JurisdictionBrief) => rank(a) - rank(b);
  const key: Record<SortKey, (a: JurisdictionBrief, b: JurisdictionBrief) => number> = {
    name: byName,
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    age: (a, b) => (a.minimumAge ?? 0) - (b.minimumAge ?? 0),
    reviewed: (a, b) => compareAscii(a.checkedThrough, b.checkedThrough),
  };
  const sign = sort.ascending ? 1 : -1;
  return [...rows].sort((a, b) => sign * key[sort.key](a, b) || byName(a, b));
}

/**
 * The same data as a real table: sortable, and the screen-reader
 * alternative to the map. Column headers are buttons; `aria-sort` says how
 * the table is sorted.
 */
export function renderTableView(ctx: TableViewContext): TemplateResult {
  const header = (key: SortKey, label: string) => {
    const current = ctx.sort.key === key;
    const ariaSort = current ? (ctx.sort.ascending ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" class="sort" @click=${() => ctx.onSort(key)}>
        ${label}<span class="sort-arrow" aria-hidden="true">${current ? (ctx.sort.ascending ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  const yes = msg('Yes');
  return html`<table part="table">
    <caption>${ctx.caption}</caption>
    <thead>
      <tr>
        ${header('name', msg('Jurisdiction'))} ${header('status', msg('Status'))}
        ${ctx.historical
          ? nothing
          : html`${header('age', msg('Minimum age'))}
              <th scope="col">${msg('Local rules')}</th>
              <th scope="col">${msg('Pending change')}</th>
              <th scope="col">${msg('Confidence')}</th>
              ${header('reviewed', msg('Checked through'))}`}
      </tr>
    </thead>
    <tbody>
      ${sortRows(ctx.rows, ctx.sort, ctx.locale).map((row) => {
        return html`<tr class=${row.code === ctx.selected ? 'selected' : ''}>
          <th scope="row">
            <button type="button" class="row-open" data-code=${row.code} @click=${() => ctx.onOpen(row.code)}>
              ${localize(row.name, ctx.locale)}
            </button>
          </th>
          <td><span class="status-${row.status} swatch" aria-hidden="true">${STATUS_GLYPH[row.status]}</span> ${localize(STATUS_LABEL[row.status], ctx.locale)}</td>
          ${ctx.historical
            ? nothing
            : html`<td>${row.minimumAge ?? '—'}</td>
                <td>${row.localRules > 0 ? row.localRules : '—'}</td>
                <td>${row.pending ? yes : '—'}</td>
                <td>${shortConfidenceLabel(row.confidence)}</td>
                <td>${formatDate(row.checkedThrough, ctx.locale)}</td>`}
        </tr>`;
      })}
      ${ctx.rows.length === 0
        ? html`<tr><td colspan=${ctx.historical ? 2 : 7}>${msg('No jurisdiction has the selected statuses.')}</td></tr>`
        : nothing}
    </tbody>
  </table>`;
}
