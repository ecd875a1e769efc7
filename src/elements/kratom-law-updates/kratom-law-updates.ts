import type { PropertyValues } from 'lit';
import { KratomElement } from '../../shared/kratom-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { statusStyles } from '../../shared/status.styles.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { staleStyles } from '../../shared/stale.styles.js';
import { parseChoice, parseTokenList } from '../../shared/attributes.js';
import { lazy } from '../../shared/lazy.js';
import { attributeKey, shortValue, warnMissingPart, warnOnce } from '../../shared/warn.js';
import { historyData, recentChangesData } from '../../data/lazy-data.js';
import { configuredDataset } from '../../data/store.js';
import { normalizeCode } from '../../data/codes.js';
import { CHANGE_KINDS, RECENT_CHANGES } from '../../data/event-kinds.js';
import type { JurisdictionEvent, PlannedChange } from '../../data/history.js';
import type { LegalEventType } from '../../data/types.js';
import { updatesStyles } from './kratom-law-updates.styles.js';

const TAG = 'kratom-law-updates';

/** The element's drawing, loaded with the changes it lists. @internal */
export const updatesView = lazy(() => import('./kratom-law-updates.view.js'));

export const UPDATE_COUNTRIES = ['both', 'us', 'ca'] as const;
/** The event types that change the law: what "recent changes" lists unless `kinds` says otherwise. */
export { CHANGE_KINDS };
const ALL_KINDS: readonly LegalEventType[] = [...CHANGE_KINDS, 'introduced', 'failed'];
const DEFAULT_LIMIT = 10;

/** An attribute or property as text, whatever a script set it to (an array reads as a list). */
function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
}

/**
 * What changed in kratom law, and what is coming: the dataset's dated legal
 * events, newest first and grouped by month, each with its place, what
 * happened, the status before and after, and its source; then the pending
 * bills and rules. A "Show more" button reveals older changes.
 *
 * @tagname kratom-law-updates
 * @summary Recent changes to kratom law and what is coming, with sources.
 *
 * @csspart base - The whole element.
 * @csspart heading - The headings of the two sections.
 * @csspart month - The heading of one month.
 * @csspart list - A list of changes or of pending items.
 * @csspart item - One change or pending item.
 * @csspart status - A status badge (before or after a change).
 * @csspart more - The "Show more" button.
 * @csspart map-link - The "Show on the map" link (with `map-links`).
 * @csspart empty - The line shown when nothing matches.
 * @csspart dates - The "Data as of" line.
 * @csspart stale - The "may be out of date" line, once the data is more than 180 days old.
 * @csspart data-notice - The line saying the site's newer dataset could not be used, and which date is shown.
 *
 * @cssprop --kratom-status-banned - Colour of the `banned` status (and `-ink` for its text); likewise for each status.
 */
export class KratomLawUpdates extends KratomElement {
  static override styles = [themeStyles, statusStyles, sourceStyles, staleStyles, updatesStyles];
  static override requires = [historyData, updatesView];

  /** The newest changes alone when they answer (see fromRecent), else the whole history. */
  protected override needs() {
    return this.fromRecent ? [recentChangesData, updatesView] : [historyData, updatesView];
  }

  /**
   * Whether the file of recent changes answers: the default kinds, no places
   * and no date asked for, the bundled dataset, and no more changes shown
   * than it holds. Once the history is in, it answers everything.
   */
  private get fromRecent(): boolean {
    if (historyData.value || configuredDataset()) return false;
    if (text(this.jurisdiction).trim() || text(this.kinds).trim() || text(this.since).trim()) return false;
    return Math.max(this.shown, this.pageSize(false)) <= RECENT_CHANGES;
  }

  /** Names and the data's date, from whichever of the two is in use. */
  private get source() {
    return historyData.value ?? recentChangesData.value!;
  }

  static override properties = {
    country: {},
    jurisdiction: {},
    kinds: {},
    since: {},
    limit: {},
    headingLevel: { attribute: 'heading-level' },
    mapLinks: { type: Boolean, attribute: 'map-links' },
    shown: { state: true },
  };

  /** Which places: `us`, `ca` or `both`. */
  country: string = 'both';

  /** One or several places, space-separated: `US-TX CA-ON` (or `TX` with `country="us"`). Empty: all. */
  jurisdiction = '';

  /** Event types to list as changes, space-separated: any of `enacted effective rule ruling repealed introduced failed`. Default: the first five, which change the law. */
  kinds = '';

  /** Only changes on or after this date (`2025-01-01`, `2025-01` or `2025`). */
  since = '';

  /** How many changes to show before "Show more" (and how many more each press shows). */
  limit: number | string = DEFAULT_LIMIT;

  /** Level of the two section headings, 1 to 6; month headings are one level below. */
  headingLevel: number | string = 2;

  /** Link each place to `#US-TX`, which a `<kratom-law-map link-hash>` on the same page opens. */
  mapLinks = false;

  /** How many changes are shown now; "Show more" raises it. */
  private shown = 0;
  /** The first item "Show more" revealed (its position in the list), to move focus to once drawn. */
  private focusIndex = -1;
  /** Every change the filters select, newest first, and the pending items; worked out when a filter changes. */
  private changes: readonly JurisdictionEvent[] = [];
  /** How many changes the filters select in all (more than `changes` holds while the recent ones answer). */
  private total = 0;
  private planned: readonly PlannedChange[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filters = ['country', 'jurisdiction', 'kinds', 'since', 'limit'] as const;
    if (!this.hasUpdated || filters.some((name) => changed.has(name))) {
      this.select();
      this.shown = this.pageSize();
    } else if ((changed as PropertyValues).has('dataRevision')) {
      // A newer dataset: the same filters over the new events; the reader keeps what "Show more" revealed.
      this.select();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusIndex < 0) return;
    const item = this.renderRoot.querySelector<HTMLElement>(`.change[data-index="${this.focusIndex}"]`);
    this.focusIndex = -1;
    item?.focus();
  }

  /** Reads the filter attributes (any type a script may set: never throws) and selects the changes and pending items. */
  private select(): void {
    const country = parseChoice(TAG, 'country', text(this.country), UPDATE_COUNTRIES, 'both');
    if (this.fromRecent) {
      const recent = recentChangesData.value!.recentChanges(country);
      this.changes = recent.events;
      this.total = recent.total;
      this.planned = recent.pending;
      return;
    }
    const history = historyData.value!;
    const places = this.places(country);
    if (places && places.length === 0) {
      // Every place asked for was unknown: show nothing rather than everything.
      this.changes = [];
      this.total = 0;
      this.planned = [];
      return;
    }
    const filter = { country: country === 'both' ? undefined : country, jurisdiction: places };
    this.changes = history.events({ ...filter, kinds: this.kindList(), since: this.sinceDate() }) ?? [];
    this.total = this.changes.length;
    this.planned = history.pendingChanges(filter);
  }

  private pageSize(warn = true): number {
    if (this.limit == null || this.limit === '') return DEFAULT_LIMIT;
    const n = Number(this.limit);
    if (Number.isInteger(n) && n > 0) return n;
    if (warn) warnOnce(attributeKey(TAG, 'limit'), `<${TAG}> limit="${shortValue(this.limit)}" is not valid; use a whole number above 0. Using ${DEFAULT_LIMIT}.`);
    return DEFAULT_LIMIT;
  }

  /** The places asked for, in the dataset's form; unknown ones are dropped with a warning. */
  private places(country: string): string[] | undefined {
    const tokens = text(this.jurisdiction).split(/[\s,]+/).filter(Boolean);
    if (tokens.length === 0) return undefined;
    const history = historyData.value!;
    const codes: string[] = [];
    for (const token of tokens) {
      // With a country, a bare two-letter code is a subdivision: country="us" reads "CA" as California, not Canada.
      const code = country !== 'both' && /^[a-z]{2}$/i.test(token) ? normalizeCode(`${country}-${token}`) : normalizeCode(token);
      if (code && history.jurisdictionName(code)) codes.push(code);
      else warnOnce(attributeKey(TAG, 'jurisdiction'), `<${TAG}> jurisdiction="${shortValue(token)}" is not a known place; use codes such as "US-TX" or "CA-ON".`);
    }
    return codes;
  }

  private kindList(): LegalEventType[] {
    const value = text(this.kinds);
    // An empty list means the steps that change the law, not every kind.
    return value.trim() === '' ? [...CHANGE_KINDS] : parseTokenList(TAG, 'kinds', value, ALL_KINDS);
  }

  private sinceDate(): string | undefined {
    const value = text(this.since).trim();
    if (!value) return undefined;
    if (historyData.value!.isEventDate(value)) return value;
    warnOnce(attributeKey(TAG, 'since'), `<${TAG}> since="${shortValue(value)}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY. Showing every date.`);
    return undefined;
  }

  override render() {
    return new (updatesView.value!.UpdatesView)(this, {
      changes: this.changes,
      shown: this.shown,
      total: this.total,
      planned: this.planned,
      source: this.source,
      locale: this.locale,
      dataNotice: this.renderDataNotice(),
      showMore: () => this.showMore(),
    }).render();
  }

  private showMore(): void {
    const next = this.shown + this.pageSize();
    if (!historyData.value && next > this.changes.length && this.total > this.changes.length) {
      // The recent changes end here: the rest come with the whole history (updateComplete waits for it).
      this.pendingLoad = historyData.load().then(
        () => {
          this.focusIndex = this.shown;
          this.shown = next;
          this.select();
        },
        (error: unknown) => warnMissingPart(`<${TAG}>'s older changes`, error),
      );
      return;
    }
    this.focusIndex = this.shown;
    this.shown = next;
  }
}
