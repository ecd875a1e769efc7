import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading as renderHeading } from '../../shared/heading.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { renderSourceItem, mainSource } from '../../shared/source-item.js';
import { parseHeadingLevel } from '../../shared/attributes.js';
import { formatDate } from '../../shared/format-date.js';
import { colon } from '../../shared/labels.js';
import type { Locale } from '../../shared/locale.js';
import { localize } from '../../data/localize.js';
import { statusInfo } from '../../data/statuses.js';
import type { JurisdictionEvent, PlannedChange } from '../../data/history.js';
import type { LegalEventType, LocalizedText, Status } from '../../data/types.js';
import { briefs } from '../../data/briefs.js';
import { compareAscii } from '../../shared/intl.js';
import { nameRanks } from '../../shared/name-order.js';
import type { KratomLawUpdates } from './kratom-law-updates.js';

/*
 * What <kratom-law-updates> draws: loaded with the changes it lists, since
 * it draws nothing before them.
 */

const TAG = 'kratom-law-updates';

/** What the element has selected, for its drawing. */
export interface UpdatesState {
  /** The changes the filters select, newest first (the first `shown` are drawn). */
  changes: readonly JurisdictionEvent[];
  shown: number;
  /** How many changes the filters select in all. */
  total: number;
  planned: readonly PlannedChange[];
  /** Names and the data's date: the recent changes or the whole history. */
  source: { dataVersion(): { asOf: string }; jurisdictionName(code: string): LocalizedText | undefined };
  locale: Locale;
  dataNotice: unknown;
  showMore(): void;
}

/** A pending change of one place, for the "Coming up" section. */
interface Upcoming {
  code: string;
  name: string;
  what: string;
  date: string | null;
  low: boolean;
}

function eventTypeLabel(type: LegalEventType): string {
  switch (type) {
    case 'enacted':
      return msg('Enacted');
    case 'effective':
      return msg('Took effect');
    case 'rule':
      return msg('Rule');
    case 'ruling':
      return msg('Court ruling');
    case 'repealed':
      return msg('Repealed');
    case 'introduced':
      return msg('Introduced');
    case 'failed':
      return msg('Did not pass');
  }
}

/** One drawing of the changes and what is coming. */
export class UpdatesView {
  constructor(
    private readonly host: KratomLawUpdates,
    private readonly state: UpdatesState,
  ) {}

  render(): TemplateResult {
    const { changes } = this.state;
    const level = parseHeadingLevel(TAG, this.host.headingLevel, 2);
    const visible = changes.slice(0, this.state.shown);
    const { asOf } = this.state.source.dataVersion();
    return html`<div class="updates" part="base">
      ${this.heading(level, msg('Recent changes'), 'changes-title')}
      ${visible.length === 0
        ? html`<p class="empty" part="empty">${msg('No changes match these filters.')}</p>`
        : this.renderMonths(visible, Math.min(level + 1, 6))}
      ${visible.length < this.state.total
        ? html`<p class="more-row"><button type="button" class="more" part="more" @click=${this.state.showMore}>${msg('Show more')}</button></p>`
        : nothing}
      <p class="count ${visible.length < this.state.total ? '' : 'visually-hidden'}" role="status">
        ${visible.length > 0 ? msg(str`${visible.length} of ${this.state.total} changes shown.`) : ''}
      </p>
      ${this.renderUpcoming(level, this.upcoming())}
      <p class="dates" part="dates">${msg('Data as of')} <time datetime=${asOf}>${formatDate(asOf, this.state.locale)}</time></p>
      ${renderStaleNotice(asOf, this.state.locale)} ${this.state.dataNotice}
    </div>`;
  }

  private heading(level: number, label: string, id: string, part = 'heading') {
    return renderHeading(level, { class: 'section-title', part, id: id || undefined }, label);
  }

  /** A place's name, linked to `#CODE` for a map on the page with `map-links`. */
  private placeLink(code: string, name: string): TemplateResult | string {
    if (!this.host.mapLinks) return name;
    return html`<a href=${`#${code}`} part="map-link">${name}<span class="visually-hidden"> ${msg('(show on the map)')}</span></a>`;
  }

  private renderMonths(list: readonly JurisdictionEvent[], level: number): TemplateResult {
    // Consecutive runs of one month (or one year, for events dated by year alone), in list order,
    // so the page keeps the order of the list and "Show more" focuses the right item.
    const runs: { key: string; items: { e: JurisdictionEvent; index: number }[] }[] = [];
    list.forEach((e, index) => {
      const key = e.date.length >= 7 ? e.date.slice(0, 7) : e.date.slice(0, 4);
      if (runs.at(-1)?.key !== key) runs.push({ key, items: [] });
      runs.at(-1)!.items.push({ e, index });
    });
    // <div>, not <section>: a named section per month would fill the landmark list.
    return html`${runs.map(
      ({ key, items }) => html`<div class="month">
        ${this.heading(level, formatDate(key, this.state.locale), '', 'month')}
        <ol class="list" part="list">
          ${items.map(({ e, index }) => this.renderChange(e, index))}
        </ol>
      </div>`,
    )}`;
  }

  private renderChange(e: JurisdictionEvent, index: number): TemplateResult {
    const l = this.state.locale;
    const place = this.placeName(e.code);
    const source = mainSource(e.sources);
    return html`<li class="change" part="item" tabindex="-1" data-index=${index}>
      <p class="what">
        <time datetime=${e.date}>${formatDate(e.date, l)}</time>
        <span class="kind">${eventTypeLabel(e.type)}</span>
      </p>
      <p class="title">
        <strong class="place">${this.placeLink(e.code, place)}</strong>${colon()} ${localize(e.title, l)}${e.citation ? html` <span class="citation">(${e.citation})</span>` : nothing}
      </p>
      ${e.status
        ? html`<p class="statuses">
            ${this.badge(e.statusBefore ?? 'unknown', msg('Before'))}
            <span class="arrow" aria-hidden="true">→</span>
            ${this.badge(e.status, msg('After'))}
          </p>`
        : nothing}
      ${source ? html`<p class="source">${msg('Source:')} ${renderSourceItem(source, l, `<${TAG}> source`)}</p>` : nothing}
    </li>`;
  }

  private badge(status: Status, role: string): TemplateResult {
    const label = localize(statusInfo(status)?.label, this.state.locale);
    return html`<span class="badge status-${status}" part="status"
      ><span class="visually-hidden">${role}${colon()} </span><span class="glyph" aria-hidden="true">${STATUS_GLYPH[status]}</span> ${label}</span
    >`;
  }

  private placeName(code: string): string {
    return localize(this.state.source.jurisdictionName(code), this.state.locale) || code;
  }

  private upcoming(): Upcoming[] {
    const ranks = nameRanks(briefs(), this.state.locale);
    const rank = (code: string) => ranks.get(code) ?? ranks.size;
    return this.state.planned
      .map((p) => ({
        code: p.code,
        name: localize(p.name, this.state.locale),
        what: localize(p.pending.what, this.state.locale),
        date: p.pending.date,
        low: p.pending.confidence === 'low',
      }))
      .sort((a, b) => compareAscii(a.date ?? '9999', b.date ?? '9999') || rank(a.code) - rank(b.code));
  }

  private renderUpcoming(level: number, items: Upcoming[]): TemplateResult {
    return html`${this.heading(level, msg('Coming up'), 'upcoming-title')}
      ${items.length === 0
        ? html`<p class="empty" part="empty">${msg('No pending bills or rules are known for these places.')}</p>`
        : html`<ul class="list upcoming" part="list">
            ${items.map(
              (p) => html`<li class="pending" part="item">
                <p class="title">
                  <strong class="place">${this.placeLink(p.code, p.name)}</strong>${p.date
                    ? html` <time datetime=${p.date}>(${formatDate(p.date, this.state.locale)})</time>`
                    : nothing}${p.low ? html`, <em>${msg('unverified')}</em>` : nothing}${colon()} ${p.what}
                </p>
              </li>`,
            )}
          </ul>`}`;
  }

}
