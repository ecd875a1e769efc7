import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type * as History from '../../data/history.js';
import type { Status } from '../../data/types.js';
import { STATUS_LABEL } from '../../data/status-labels.js';
import { localize } from '../../data/localize.js';
import type { Locale } from '../../shared/locale.js';
import { formatDate } from '../../shared/format-date.js';
import { formatList } from '../../shared/intl.js';

/**
 * The map at a past date: statuses from the history, the year slider and
 * what the live region says when the year changes. Loaded only when a map
 * has `date` or `timeline`; the history module arrives with it (it is passed
 * in, so this file never pulls the records into a bundle on its own).
 */

/** A brief as it stood on a date: the status from the history; `on` says which date. */
export type DatedBrief = JurisdictionBrief & { on: string };

/** Each place's status on `date`: `unknown` where its history does not reach back that far. */
export function statusesOn(history: typeof History, places: readonly JurisdictionBrief[], date: string): Map<string, Status> {
  return new Map(places.map((b) => [b.code, history.statusOn(b.code, date) ?? 'unknown']));
}

/** The first year any place's history sets a status, and the data's own year. */
export function timelineYears(history: typeof History, asOf: string): { first: number; last: number } {
  const last = Number(asOf.slice(0, 4));
  const years = (history.events() ?? []).filter((e) => e.status).map((e) => Number(e.date.slice(0, 4)));
  return { first: Math.min(last, ...years), last };
}

/** What the live region says when the year moves: the date, then each place whose status changed. */
export function describeChanges(
  before: ReadonlyMap<string, Status>,
  after: ReadonlyMap<string, Status>,
  nameOf: (code: string) => string,
  dateText: string,
  locale: Locale,
): string {
  const changed = [...after].filter(([code, status]) => before.get(code) !== status);
  if (changed.length === 0) return msg(str`${dateText}: no change.`);
  const SHOWN = 6;
  const parts = changed.slice(0, SHOWN).map(([code, status]) => `${nameOf(code)} (${localize(STATUS_LABEL[status], locale)})`);
  if (changed.length > SHOWN) parts.push(msg(str`${changed.length - SHOWN} more`));
  const list = formatList(parts, locale);
  return changed.length === 1 ? msg(str`${dateText}: 1 change: ${list}.`) : msg(str`${dateText}: ${changed.length} changes: ${list}.`);
}

interface TimelineContext {
  year: number;
  first: number;
  last: number;
  playing: boolean;
  onYear: (year: number) => void;
  onPlay: () => void;
}

/** What the timeline needs of its map. */
export interface TimelineHost {
  locale(): Locale;
  /** The date drawn, or undefined for the data as it is. */
  shownDate(): string | undefined;
  /** Draws a date ('' for the data as it is) and returns each place's status then. */
  showDate(date: string): ReadonlyMap<string, Status>;
  /** The places the map counts (its region's subdivisions). */
  countedCodes(): readonly string[];
  nameOf(code: string): string;
  asOf(): string;
  announce(text: string): void;
  requestUpdate(): void;
}

/** The slider and Play button of `<kratom-law-map timeline>`, and what moving them says. */
export class Timeline {
  playing = false;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: TimelineHost,
    readonly history: typeof History,
  ) {}

  statusesOn(places: readonly JurisdictionBrief[], date: string): Map<string, Status> {
    return statusesOn(this.history, places, date);
  }

  private span?: { asOf: string; first: number; last: number };

  /** The slider's range, worked out once per dataset date (it reads every event). */
  private years() {
    const asOf = this.host.asOf();
    if (this.span?.asOf !== asOf) this.span = { asOf, ...timelineYears(this.history, asOf) };
    return this.span;
  }

  private shownYear(): number {
    const date = this.host.shownDate();
    return date ? Number(date.slice(0, 4)) : this.years().last;
  }

  /** Draws January 1 of a year (the latest year: the data as it is) and announces what changed. */
  toYear(year: number): void {
    const { last } = this.years();
    const host = this.host;
    const counted = new Set(host.countedCodes());
    const only = (m: ReadonlyMap<string, Status>) => new Map([...m].filter(([code]) => counted.has(code)));
    const before = only(host.showDate(host.shownDate() ?? ''));
    const after = only(host.showDate(year >= last ? '' : `${year}-01-01`));
    const when = formatDate(host.shownDate() ?? host.asOf(), host.locale());
    host.announce(describeChanges(before, after, (code) => host.nameOf(code), when, host.locale()));
    if (year >= last) this.stop();
  }

  toggle(): void {
    if (this.playing) {
      this.stop();
      return;
    }
    const { first, last } = this.years();
    this.playing = true;
    // From the start, or on from where the reader left the slider.
    const year = this.shownYear();
    this.toYear(year >= last ? first : year + 1);
    this.timer = setInterval(() => this.toYear(this.shownYear() + 1), 1500);
    this.host.requestUpdate();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.playing) {
      this.playing = false;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    const { first, last } = this.years();
    return renderTimeline({
      year: Math.min(Math.max(this.shownYear(), first), last),
      first,
      last,
      playing: this.playing,
      onYear: (year) => {
        this.stop();
        this.toYear(year);
      },
      onPlay: () => this.toggle(),
    });
  }
}

/**
 * A native range input, one step a year (arrow keys move a year, Home and
 * End to the ends), with the years labelled under it, and a Play button
 * that steps through them.
 */
function renderTimeline(ctx: TimelineContext): TemplateResult {
  // Evenly spaced labels sit under their years only if the step divides the span: at most 8 labels.
  const span = ctx.last - ctx.first;
  let step = span || 1;
  for (let d = 1; d <= span; d++) {
    if (span % d === 0 && span / d <= 7) {
      step = d;
      break;
    }
  }
  const ticks: number[] = [];
  for (let y = ctx.first; y <= ctx.last; y += step) ticks.push(y);
  return html`<div class="timeline" part="timeline">
    <button type="button" class="play ${ctx.playing ? 'playing' : ''}" part="play" @click=${ctx.onPlay}>
      ${ctx.playing ? msg('Pause') : msg('Play the years')}
    </button>
    <div class="slider">
      <label for="year">${msg('Year')}</label>
      <input id="year" type="range" min=${ctx.first} max=${ctx.last} step="1" .value=${String(ctx.year)}
        aria-valuetext=${ctx.year === ctx.last ? msg(str`${ctx.year}, the latest data`) : String(ctx.year)}
        @input=${(e: Event) => ctx.onYear(Number((e.target as HTMLInputElement).value))} />
      <div class="ticks" aria-hidden="true">
        ${ticks.map((y) => html`<span>${y}</span>`)}
      </div>
    </div>
  </div>`;
}

export const timelineStyles = css`
  .timeline {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin: 0.5em 0;
  }
  .slider {
    flex: 1 1 14em;
    display: grid;
    gap: 0.15em;
  }
  .slider label {
    font-weight: 600;
  }
  .slider input {
    inline-size: 100%;
    margin: 0;
    accent-color: var(--_focus);
  }
  .ticks {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .play {
    font: inherit;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .play.playing {
    background: var(--_focus);
    color: var(--_background);
  }
  @media print {
    .timeline {
      display: none;
    }
  }
`;
