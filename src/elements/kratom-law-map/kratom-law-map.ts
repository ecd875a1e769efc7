import { html, isServer, nothing, type PropertyValues } from 'lit';
import { renderStaleNotice } from '../../shared/staleness.js';
import { staleStyles } from '../../shared/stale.styles.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { brief, briefs, dataVersion, loadJurisdiction, type JurisdictionBrief } from '../../data/briefs.js';
import { localize } from '../../data/localize.js';
import { STATUS_LABEL, STATUS_ORDER } from '../../data/status-labels.js';
import type { Jurisdiction, Status } from '../../data/types.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { statusStyles, swatchStyles } from '../../shared/status.styles.js';
import { attributeText, parseChoice, parseTokenList } from '../../shared/attributes.js';
import { attributeKey, shortValue, warnMissingPart, warnOnce } from '../../shared/warn.js';
import { withTimeout } from '../../shared/timeout.js';
import { lazy } from '../../shared/lazy.js';
import { secondaryViews, type SecondaryViews } from './secondary-views.js';
import { JURISDICTION_SELECT_EVENT, type JurisdictionSelectDetail } from '../../shared/jurisdiction-select.js';
import { loadTask, TaskStatus } from '../../shared/load-task.js';
import { renderLoadFailed } from '../../shared/load-failed.js';
import { formatDate } from '../../shared/format-date.js';
import { nameRanks } from '../../shared/name-order.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { MapGeometry } from './geometry/types.js';
import { FRAME, OUTLINES, loadGeometry, type MapRegion } from './geometry-loader.js';
import { TILES } from './tile-grid.js';
import { HATCH, renderMapView } from './map-view.js';
import { renderGridView } from './grid-view.js';
import type { Sort, SortKey } from './table-view.js';
import type { KeyScope } from './keyboard.js';
import { renderLegend } from './legend.js';
import { summarize } from './summary.js';
import { mapStyles } from './kratom-law-map.styles.js';
import { PrintWatch } from './print-watch.js';
import { historyData } from '../../data/lazy-data.js';
import type { DatedBrief, Timeline, TimelineHost } from './timeline.js';
import type { MapImageFormat } from './map-image.js';
import type { DownloadHost, MapDownload } from './map-download.js';

export const MAP_VIEWS = ['auto', 'map', 'grid', 'table'] as const;
export const MAP_REGIONS = ['us', 'ca', 'na'] as const;
export type MapView = (typeof MAP_VIEWS)[number];
export type { MapImageFormat };

/**
 * What map-download.ts renders and draws with: this copy's Lit and
 * @lit/localize functions (`msg` read when used: it changes once the
 * translations load), the map's hatching, and the time limit on loads (which
 * that chunk and the image code would otherwise split out of first paint).
 */
const KIT = {
  html,
  get msg() {
    return msg;
  },
  str,
  hatch: HATCH,
  withTimeout,
};

/**
 * The Download image control (map-download.ts), loaded with `downloadable` or
 * when a script asks for an image; it loads the image code on the first
 * download. Neither is in the map's first paint, whose size budget
 * (scripts/size-report.mjs) is tight. Exported for tests, which make it fail
 * or stall.
 * @internal
 */
export const downloadControl = lazy(() => import('./map-download.js'));

const TAG = 'kratom-law-map';
/** The width under which `view="auto"` shows tiles: the styles' container query. */
const NARROW_BELOW = 480;
const PANEL_HEADING = 'panel-heading';
/** How long the first drawing waits for the outlines before it draws a placeholder. */
const FIRST_DRAWING_WAITS_MS = 300;

/** Adds the table's, panel's and tooltip's styles to a shadow root once they have loaded. */
function adoptSecondaryStyles(root: ShadowRoot, views: SecondaryViews) {
  for (const { styleSheet } of [views.secondaryStyles, views.tooltipStyles]) {
    if (styleSheet && !root.adoptedStyleSheets.includes(styleSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
  }
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a real calendar day (its first day), or undefined. */
function dayOf(value: unknown): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const [y, mo = 1, d = 1] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type { JurisdictionSelectDetail };

/**
 * A map of kratom law in the US and Canada: every state, province and
 * territory coloured and marked by status, with a legend that counts and
 * filters, a tooltip, a details panel with the law, local rules, pending
 * changes, sources and confidence, a tile grid for narrow screens and a
 * sortable table.
 *
 * Keyboard: the map is one tab stop. Arrow keys move to the neighbour in that
 * direction, Home and End to the first and last (by name), typing a name jumps
 * to it, Enter or Space opens the details, Escape closes them.
 *
 * With `downloadable`, a "Download image" button offers the map as an SVG or
 * a PNG sized for social posts; `imageBlob()` gives the same files to a script.
 *
 * @tagname kratom-law-map
 * @summary Accessible, citation-backed map of kratom law in the US and Canada.
 *
 * @fires kratom-jurisdiction-select - The reader opened a jurisdiction's details. detail: `{ code, record }`.
 *
 * @csspart map - The geographic map (SVG).
 * @csspart grid - The tile grid.
 * @csspart table - The data table.
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart panel - The details panel.
 * @csspart unverified - In the details panel: why a place's status is unverified.
 * @csspart summary - The generated summary sentence.
 * @csspart on-date - With `date`: the heading "Kratom law on January 1, 2019".
 * @csspart timeline - With `timeline`: the year slider and the Play button.
 * @csspart play - The Play / Pause button.
 * @csspart data-notice - The line saying the site's newer dataset could not be used.
 * @csspart stale - The "may be out of date" line, once the data is more than 180 days old.
 * @csspart footer - The "as of" date and the not-legal-advice note.
 * @csspart download - With `downloadable`: the "Download image" button and its choices.
 *
 * @cssprop --kratom-status-banned - Colour of `banned` (and likewise for every status; `--kratom-status-<status>-ink` for text on it).
 * @cssprop --kratom-map-border - Colour of the borders between regions.
 */
export class KratomLawMap extends KratomElement {
  static override styles = [themeStyles, statusStyles, swatchStyles, staleStyles, mapStyles];

  static override properties = {
    region: {},
    view: {},
    selected: { reflect: true, converter: { toAttribute: (value: string) => value || null } },
    statuses: {},
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noSummary: { type: Boolean, attribute: 'no-summary' },
    linkHash: { type: Boolean, attribute: 'link-hash' },
    date: {},
    timeline: { type: Boolean },
    downloadable: { type: Boolean },
    past: { state: true },
    geometry: { state: true },
    record: { state: true },
    active: { state: true },
    focusWithin: { state: true },
    tip: { state: true },
    sort: { state: true },
    announcement: { state: true },
    activeExtra: { state: true },
    stopInExtras: { state: true },
    secondary: { state: true },
    narrow: { state: true },
  };

  /** What the map covers: `us`, `ca` or `na` (both). */
  region: MapRegion = 'us';

  /** `map` (geographic), `grid` (tiles), `table`, or `auto`: the map, or tiles when the element is under 480 px wide. */
  view: MapView = 'auto';

  /** The jurisdiction whose details are open, as a code (`US-TX`). */
  selected = '';

  /** Statuses to highlight, space-separated (the legend toggles them). Empty: all. */
  statuses = '';

  /** Hides the legend. */
  noLegend = false;

  /** Hides the generated summary sentence (it stays available to screen readers). */
  noSummary = false;

  /** Selects the jurisdiction named in the page's URL hash, e.g. `#US-TX`. */
  linkHash = false;

  /**
   * Draws the statuses as they were on this day (`2019-01-01`; `2019` means
   * January 1), from the dated history. Places whose history does not reach
   * back that far show `unknown`. Empty: today's data.
   */
  date = '';

  /** Adds a year slider and a Play button that step through the history. */
  timeline = false;

  /**
   * Adds a "Download image" button: the map as an SVG, or as a PNG for social
   * cards (1200 × 630) or square posts (1080 × 1080). See `imageBlob()`.
   */
  downloadable = false;

  /** The history and the timeline, once loaded for `date` or `timeline`. */
  private past?: Timeline;
  /** The Download image control, once map-download.ts has made it. */
  private download?: MapDownload;
  /** The date drawn and each place's status then; undefined for today's data. */
  private dated?: { date: string; statuses: ReadonlyMap<string, Status> };

  private geometry?: MapGeometry;
  private record?: Jurisdiction;
  private active = '';
  private focusWithin = false;
  private tip = '';
  private sort: Sort = { key: 'name', ascending: true };
  private announcement = '';
  private activeExtra = '';
  /**
   * The map (or tiles) and the row of places not drawn on it share one tab
   * stop: in the row once the reader went there, on the map otherwise.
   */
  private stopInExtras = false;
  /** The table, details panel, keyboard navigation and tooltip, loaded just after the first render. */
  private secondary?: SecondaryViews;
  /**
   * Whether the element is under 480 px wide, where `view="auto"` shows the
   * tiles (the same container query the CSS uses); undefined until guessed.
   * Only the one of the map (some 1,100 nodes) and the tile grid (some
   * 1,000) that can show is built; printing draws the map.
   */
  private narrow?: boolean;
  // It watches a probe of no height as wide as the map's content, not the
  // map itself: drawing tiles instead of the map changes the map's height,
  // which would notify the observer again in the same frame (an error event).
  private readonly sizeWatch = isServer
    ? undefined
    : new ResizeObserver(([entry]) => {
        if (entry && entry.contentRect.width > 0) this.narrow = entry.contentRect.width < NARROW_BELOW;
      });
  private readonly printWatch = new PrintWatch(this);

  // ---- what loads on demand (see shared/load-task.ts) ----------------------------

  /** The table, panel, keys and tooltip: once, right after the first render. */
  private readonly secondaryTask = loadTask(this, 'table and keyboard', () => [] as const, async () => {
    const views = await secondaryViews.load();
    this.useSecondaryViews(views);
    return views;
  });

  /** The region's outlines, on first use (a placeholder of the same size until then). */
  private readonly geometryTask = loadTask(this, 'outlines', () => [this.regionChoice] as const, async ([region], signal) => {
    const geometry = await loadGeometry(region);
    if (!signal.aborted) this.geometry = geometry;
    return geometry;
  });

  /** The full record of the selected place, for the details panel; again when a newer dataset arrives. */
  private readonly detailsTask = loadTask(
    this,
    'details',
    () => [brief(this.selected)?.code ?? '', this.dataRevision] as const,
    async ([code], signal) => {
      if (!code) return undefined;
      const [record, views] = await Promise.all([loadJurisdiction(code), secondaryViews.load()]);
      if (!record) throw new Error(`no record for ${code}`);
      this.useSecondaryViews(views);
      if (!signal.aborted) this.record = record;
      return record;
    },
  );

  /** The dated history and the timeline, when `date` or `timeline` asks for them. */
  private readonly pastTask = loadTask(
    this,
    'history',
    () => [!!(this.date || this.timeline)] as const,
    async ([wanted], signal) => {
      if (!wanted || this.past) return this.past;
      const [history, view] = await Promise.all([historyData.load(), import('./timeline.js')]);
      if (signal.aborted) throw new Error('replaced');
      const sheet = view.timelineStyles.styleSheet!;
      const root = this.shadowRoot;
      if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.past = new view.Timeline(this.host, history);
      return this.past;
    },
  );

  private get geometryFailed(): boolean {
    return this.geometryTask.status === TaskStatus.ERROR;
  }

  private get detailsFailed(): boolean {
    return this.detailsTask.status === TaskStatus.ERROR && !!this.selected;
  }

  /** Whether drawDate last ran with the history failed. */
  private drewFailed = false;

  private get pastFailed(): boolean {
    return this.pastTask.status === TaskStatus.ERROR;
  }

  /** The tooltip's positions; a constructed stylesheet rather than a style attribute, for strict CSPs. */
  private positionSheet = isServer ? undefined : new CSSStyleSheet();
  /** The code the reader asked to open; only that request moves focus and fires the event. */
  private readerRequest = '';
  private graphicView: MapView = 'auto';

  private readonly onHashChange = () => this.selectFromHash(true);

  override connectedCallback(): void {
    super.connectedCallback();
    // The outlines' file is asked for at once, so it arrives while the page still runs scripts.
    if (!this.hasUpdated && !isServer) OUTLINES[this.regionChoice].load().catch(() => undefined);
    const probe = this.shadowRoot?.querySelector('.width-probe');
    if (probe) this.sizeWatch?.observe(probe);
    window.addEventListener('hashchange', this.onHashChange);
    if (this.linkHash) this.selectFromHash(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.sizeWatch?.disconnect();
    this.past?.stop();
  }

  protected override firstUpdated(): void {
    const root = this.shadowRoot!;
    const probe = root.querySelector('.width-probe');
    if (probe) this.sizeWatch?.observe(probe);
    if (this.positionSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.positionSheet];
  }

  /** While the first drawing waits for the outlines. */
  private waitingForOutlines = false;

  protected override get waiting(): boolean {
    return super.waiting || this.waitingForOutlines;
  }

  /**
   * The first drawing waits a moment for the outlines (the reserve keeps the
   * map's height meanwhile), so that the map appears in one step, not as a
   * placeholder and then again; if they are late it draws the placeholder.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const outlines = OUTLINES[this.regionChoice];
    if (!this.hasUpdated && !isServer && outlines.value === undefined && this.firstDrawingHasMap()) {
      this.waitingForOutlines = true;
      this.syncLoadingState();
      await withTimeout(outlines.load(), FIRST_DRAWING_WAITS_MS).catch(() => undefined);
      this.waitingForOutlines = false;
    }
    return super.scheduleUpdate();
  }

  /**
   * Whether the first drawing shows the map itself: tiles and the table need
   * no outlines, so a phone (where `view="auto"` shows tiles) never waits.
   */
  private firstDrawingHasMap(): boolean {
    const view = this.viewChoice;
    if (view === 'auto') return !matchMedia(`(max-width: ${NARROW_BELOW - 0.02}px)`).matches || this.prerendered;
    return view === 'map';
  }

  private useSecondaryViews(views: SecondaryViews) {
    if (this.shadowRoot) adoptSecondaryStyles(this.shadowRoot, views);
    this.secondary = views;
  }

  // ---- derived data -------------------------------------------------------

  private get regionChoice(): MapRegion {
    return parseChoice(TAG, 'region', this.region, MAP_REGIONS, 'us');
  }

  private get viewChoice(): MapView {
    return parseChoice(TAG, 'view', this.view, MAP_VIEWS, 'auto');
  }

  // Read many times a render (once a shape for the dimmed statuses): each
  // is worked out again only when what it comes from changes.
  private pickedMemo?: { from: unknown; set: Set<Status> };
  private scopeMemo?: { list: readonly JurisdictionBrief[]; region: MapRegion; dated: unknown; scope: JurisdictionBrief[] };
  private readonly datedBriefs = new WeakMap<object, WeakMap<JurisdictionBrief, JurisdictionBrief>>();

  private get picked(): Set<Status> {
    // (No memo yet counts as a change: a script may have set statuses to undefined before the first drawing.)
    if (!this.pickedMemo || this.pickedMemo.from !== this.statuses) {
      // Removing the attribute sets the property to null.
      const set = attributeText(this.statuses).trim() ? new Set(parseTokenList(TAG, 'statuses', this.statuses, STATUS_ORDER)) : new Set<Status>();
      this.pickedMemo = { from: this.statuses, set };
    }
    return this.pickedMemo.set;
  }

  /** Every record this region covers, federal rows included. */
  private get scope(): JurisdictionBrief[] {
    const region = this.regionChoice;
    const list = briefs();
    const memo = this.scopeMemo;
    if (memo && memo.list === list && memo.region === region && memo.dated === this.dated) return memo.scope;
    const scope = list.filter((b) => region === 'na' || b.country === region.toUpperCase()).map((b) => this.briefAt(b.code)!);
    this.scopeMemo = { list, region, dated: this.dated, scope };
    return scope;
  }

  /** A place's brief as drawn: at the map's date when it has one (the same object for the same date). */
  private briefAt(code: string): JurisdictionBrief | undefined {
    const b = brief(code);
    const dated = this.dated;
    if (!b || !dated) return b;
    let drawn = this.datedBriefs.get(dated);
    if (!drawn) this.datedBriefs.set(dated, (drawn = new WeakMap()));
    let at = drawn.get(b);
    // Local rules and pending changes are today's: no markers for them on a past date.
    if (!at) drawn.set(b, (at = { ...b, status: dated.statuses.get(b.code) ?? 'unknown', localRules: 0, pending: false, on: dated.date } as DatedBrief));
    return at;
  }

  /** States, provinces and territories: what the map, legend and summary count. */
  private get subdivisions(): JurisdictionBrief[] {
    return this.scope.filter((b) => b.kind !== 'federal');
  }

  private counts(): Map<Status, number> {
    const counts = new Map<Status, number>();
    for (const b of this.subdivisions) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
    return counts;
  }

  private isDimmed = (status: Status) => {
    const picked = this.picked;
    return picked.size > 0 && !picked.has(status);
  };

  // The code is in the name because callouts and tiles show it as their text.
  private labelOf = (b: JurisdictionBrief) =>
    b.kind === 'federal'
      ? msg(str`${localize(b.name, this.locale)}: ${localize(STATUS_LABEL[b.status], this.locale)}`)
      : msg(str`${localize(b.name, this.locale)} (${b.code.slice(3)}): ${localize(STATUS_LABEL[b.status], this.locale)}`);

  /** Jurisdictions that are not shapes on the map: federal rows and far-away territories. */
  private extras(): JurisdictionBrief[] {
    const onMap = this.geometry?.regions ?? {};
    const list = this.scope.filter((b) => !(b.code in onMap) && (b.kind === 'federal' || b.kind === 'territory'));
    const tiles = new Set(TILES.map((t) => t.code));
    const inGrid = (b: JurisdictionBrief) => tiles.has(b.code);
    return list.sort((a, b) => (a.kind === 'federal' ? 0 : 1) - (b.kind === 'federal' ? 0 : 1) || Number(inGrid(a)) - Number(inGrid(b)));
  }

  // ---- lifecycle ------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Guessed before the first drawing from the viewport, which needs no
    // layout (measuring the element would force one): on a narrow screen
    // the map is surely narrow and draws only its tiles. On a wider one it
    // draws the map, and if it sits in a narrow column the resize observer
    // says so before that frame is painted.
    if (this.narrow === undefined && !isServer) this.narrow = matchMedia(`(max-width: ${NARROW_BELOW - 0.02}px)`).matches;
    const any = changed as PropertyValues;
    // A failed history also redraws: today's data, under its own date.
    const pastFailed = this.pastFailed;
    if (any.has('date') || any.has('timeline') || any.has('past') || any.has('dataRevision') || pastFailed !== this.drewFailed) {
      this.drewFailed = pastFailed;
      this.drawDate();
    }
    // The task has not run for the new region yet: its outlines if already loaded, else none (a placeholder).
    if (changed.has('region') || !this.hasUpdated) this.geometry = OUTLINES[this.regionChoice].value;
    // A server render runs no tasks: the table comes from the views loaded up front (src/ssr/render.ts).
    if (isServer) this.secondary ??= secondaryViews.value;
    // A newer dataset arrived: the open record reloads from it, the reader's choice stays.
    if (changed.has('selected') || (any.has('dataRevision') && this.record)) this.openSelected();
    // Tab into the map lands on the place chosen (then on the last one focused).
    if (changed.has('selected') && this.selected) this.takeTabStop(this.selected);
    if (!this.active || !this.scope.some((b) => b.code === this.active)) {
      this.active = this.byName(this.subdivisions.map((b) => b.code))[0] ?? '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.drawnTargets = new WeakMap();
    // The record the reader asked for is drawn: move focus to it and tell the page.
    const record = this.record;
    if (this.readerRequest && record?.code === this.readerRequest && this.secondary) {
      this.readerRequest = '';
      this.panelOpened(record);
    }
    // Every place's tooltip position (see tooltip.ts), written when the outlines or the tooltip code arrive.
    if (changed.has('geometry') || changed.has('secondary')) {
      this.positionSheet?.replaceSync(this.secondary?.tooltipRules(this.geometry) ?? '');
    }
    // The Download image button, just after the first render (once attached, this costs no request).
    if (this.downloadable) void this.attachDownload();
  }

  /**
   * The map as an image file, made in the browser from its own outlines,
   * colours and text, in the page's language, for the region and date it
   * shows: `svg` (a standalone SVG document, 1200 × 630), `png-1200x630` (a
   * social card) or `png-1080x1080` (a square post). Needs no `downloadable`.
   * Resolves to undefined when the image cannot be made (with a console
   * warning when the browser could not draw it); never rejects.
   */
  imageBlob(format: MapImageFormat): Promise<Blob | undefined> {
    return this.attachDownload().then((download) => download?.imageBlob(format));
  }

  // ---- the map at a past date ---------------------------------------------------

  /** The day `date` asks for, or '' for today's data; warns once about one that is not a date. */
  private wantedDate(): string {
    if (!this.date) return '';
    const day = dayOf(this.date);
    if (!day) warnOnce(attributeKey(TAG, 'date'), `<${TAG}> date="${shortValue(this.date)}" is not a date; use YYYY-MM-DD, such as "2019-01-01". Showing today's data.`);
    return day ?? '';
  }

  /** Works out the statuses at the date asked for, loading the history first. */
  private drawDate() {
    const { asOf } = dataVersion();
    // On or after the data's own date, the map shows the data as it is, under its own date.
    const wanted = this.wantedDate();
    const day = wanted && wanted < asOf ? wanted : '';
    if (!day && !this.timeline) {
      this.dated = undefined;
      return;
    }
    const past = this.past;
    if (this.pastFailed || !day) {
      this.dated = undefined;
      return;
    }
    if (!past) {
      // Until the history is in, every place is unknown: never today's status under a past date.
      this.dated = { date: day, statuses: new Map() };
      return;
    }
    this.dated = { date: day, statuses: past.statusesOn(briefs(), day) };
  }

  /**
   * The map's control, once its module is in (a stalled load gives up after
   * the time limit); undefined, with one warning, when it cannot load. The
   * next call tries again. (The module's `attach` cannot throw: nothing here rejects.)
   */
  private attachDownload(): Promise<MapDownload | void> {
    return withTimeout(downloadControl.load()).then(
      (module) => (this.download = module.default(this, this.host, KIT)),
      (error: unknown) => warnMissingPart(`<${TAG}>'s download button`, error),
    );
  }

  /**
   * What the timeline and the Download image control may read and do:
   * closures over the map's private members, so that renaming one fails
   * type-checking rather than breaking either at run time.
   */
  private readonly host: TimelineHost & DownloadHost = {
    locale: () => this.locale,
    shownDate: () => this.dated?.date,
    showDate: (date) => {
      this.date = date;
      this.drawDate();
      return this.dated?.statuses ?? new Map(briefs().map((b) => [b.code, b.status]));
    },
    countedCodes: () => this.subdivisions.map((b) => b.code),
    nameOf: (code) => localize(brief(code)!.name, this.locale),
    asOf: () => dataVersion().asOf,
    announce: (text) => (this.announcement = text),
    requestUpdate: () => this.requestUpdate(),
    scene: () => ({ region: this.regionChoice, geometry: this.geometry, briefOf: (c) => this.briefAt(c) }),
  };

  private retryPast() {
    void this.pastTask.run();
  }

  private renderTimeline() {
    const past = this.past;
    // A date or a timeline whose history could not load says so, above today's data.
    if (this.pastFailed && (this.timeline || this.date)) {
      return renderLoadFailed(msg('The history could not be loaded.'), () => this.retryPast(), 'timeline-failed');
    }
    if (!this.timeline) return nothing;
    return past ? past.render() : html`<div class="timeline-space"></div>`;
  }

  /** Checks `selected` (the details task loads its record); warns on an unknown code. */
  private openSelected() {
    const code = this.selected;
    if (!code) {
      this.record = undefined;
      return;
    }
    const known = brief(code);
    if (!known) {
      warnOnce(attributeKey(TAG, 'selected'), `<${TAG}> selected="${shortValue(code)}" is not a jurisdiction code; use a code such as "US-TX" or "CA-ON".`);
      this.record = undefined;
      this.readerRequest = '';
      return;
    }
    // Accept any case; reflect the canonical code.
    if (known.code !== code) this.selected = known.code;
  }

  /** Opens a jurisdiction because the reader asked for it (click, key, table, hash). */
  private open(code: string) {
    if (this.selected === code && this.record?.code === code) {
      this.panelOpened(this.record);
      return;
    }
    this.readerRequest = code;
    this.selected = code;
  }

  /** After a reader opened a panel: focus its heading and tell the page. */
  private panelOpened(record: Jurisdiction) {
    this.renderRoot.querySelector<HTMLElement>(`#${PANEL_HEADING}`)?.focus();
    this.dispatchEvent(
      new CustomEvent<JurisdictionSelectDetail>(JURISDICTION_SELECT_EVENT, {
        detail: { code: record.code, record },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private close() {
    const code = this.selected;
    this.readerRequest = '';
    this.selected = '';
    void this.renderComplete().then(() => this.focusTarget(code));
  }

  /**
   * Selects the jurisdiction in the URL hash. On page load that only shows
   * it; a hash change (the reader followed a link) also moves focus to it.
   */
  private selectFromHash(fromReader: boolean) {
    if (!this.linkHash) return;
    let code: string;
    try {
      code = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return; // a stray % in someone else's hash is not ours to report
    }
    const found = brief(code);
    if (!found) return;
    this.readerRequest = fromReader ? found.code : '';
    this.selected = found.code;
  }

  // ---- keyboard and pointer ---------------------------------------------------

  /** Moves the shared tab stop to `code`, on the map or in the row below it. */
  private takeTabStop(code: string) {
    if (this.extras().some((b) => b.code === code)) {
      this.activeExtra = code;
      this.stopInExtras = true;
    } else if (this.scope.some((b) => b.code === code)) {
      this.active = code;
      this.stopInExtras = false;
    }
  }

  /** Focuses the keyboard target for `code` in whichever view is showing. */
  private focusTarget(code: string) {
    const targets = [...this.renderRoot.querySelectorAll<HTMLElement | SVGElement>(`.target[data-code="${code}"]`)];
    const visible = targets.find((t) => (t as Element).getClientRects().length > 0) ?? targets[0];
    if (visible) {
      visible.focus();
      return;
    }
    this.renderRoot.querySelector<HTMLElement>(`.row-open[data-code="${code}"]`)?.focus();
  }

  /**
   * Moves the keyboard to `code`. A target already drawn in `within` (the
   * group the key was pressed in) takes focus at once, before the redraw:
   * focusing after it would wait for a layout of the whole map.
   */
  private moveTo(code: string | null | undefined, inExtras = false, within?: Element) {
    if (!code) return;
    const b = this.briefAt(code);
    if (!b) return;
    const target = within?.querySelector<HTMLElement | SVGElement>(`.target[data-code="${code}"]`);
    if (inExtras) this.activeExtra = code;
    else this.active = code;
    this.stopInExtras = inExtras;
    this.tip = code;
    this.announcement = `${this.labelOf(b)}. ${this.secondary?.oneLine(b) ?? ''}.`;
    if (target) target.focus();
    else void this.renderComplete().then(() => this.focusTarget(code));
  }

  /** The keyboard targets drawn in a group, read once per drawing (each key press asks). */
  private drawnTargets = new WeakMap<Element, string[]>();

  private targetsOf(container: Element): string[] {
    let codes = this.drawnTargets.get(container);
    if (!codes) {
      codes = [...container.querySelectorAll<HTMLElement>('.target[data-code]')].map((t) => t.dataset.code!);
      this.drawnTargets.set(container, codes);
    }
    return codes;
  }

  private byName(codes: string[]): string[] {
    const rank = nameRanks(briefs(), this.locale);
    return [...codes].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }

  private onKeydown(event: KeyboardEvent, scope: KeyScope) {
    const container = event.currentTarget as Element;
    const from = (event.target as Element).closest<HTMLElement>('[data-code]')?.dataset.code ?? this.active;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.open(from);
        return;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.close();
        }
        return;
    }
    if (!this.secondary) {
      // The keyboard code is on its way; its keys must not scroll the page meanwhile.
      if (/^(Arrow|Home$|End$)/.test(event.key)) event.preventDefault();
      return;
    }
    // One group for the keyboard: Up from the row returns to the map, Down
    // from the map's southern edge goes to the row.
    const extras = this.extras();
    if (scope === 'extras' && event.key === 'ArrowUp' && this.hasDrawnPlaces()) {
      event.preventDefault();
      this.moveTo(this.active);
      return;
    }
    const to = this.secondary.navigate(
      event,
      {
        scope,
        region: this.regionChoice,
        from,
        codes: this.targetsOf(container),
        byName: (codes) => this.byName(codes),
        nameOf: (code) => localize(brief(code)!.name, this.locale),
      },
      container,
    );
    if (!to && scope !== 'extras' && event.key === 'ArrowDown' && extras.length > 0) {
      this.moveTo(extras.some((b) => b.code === this.activeExtra) ? this.activeExtra : extras[0].code, true);
      return;
    }
    this.moveTo(to, scope === 'extras', container);
  }

  private onPanelKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  }

  private onClick(event: Event) {
    const target = (event.target as Element).closest<HTMLElement>('[data-code]');
    const code = target?.dataset.code;
    if (!code) return;
    this.takeTabStop(code);
    this.open(code);
  }

  private onPointerOver(event: PointerEvent) {
    const code = (event.target as Element).closest<HTMLElement>('[data-code]')?.dataset.code;
    if (code && event.pointerType !== 'touch') this.tip = code;
  }

  private onPointerLeave() {
    this.tip = this.focusWithin ? this.active : '';
  }

  private onFocusIn(event: FocusEvent) {
    const code = (event.target as Element).closest<HTMLElement>('[data-code]')?.dataset.code;
    if (!code) return;
    this.focusWithin = true;
    this.takeTabStop(code);
    this.tip = code;
  }

  /** The view's roving tab stop: the active place if the view shows it, else the first by name. */
  private tabStopAmong(codes: string[]): string {
    return codes.includes(this.active) ? this.active : (this.byName(codes)[0] ?? '');
  }

  private onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Element).contains(next)) return;
    this.focusWithin = false;
    this.tip = '';
  }

  private setView(view: MapView) {
    if (view !== 'table') this.graphicView = view;
    else if (this.viewChoice !== 'table') this.graphicView = this.viewChoice;
    this.view = view;
  }

  private skipToTable() {
    this.setView('table');
    void this.renderComplete().then(() => this.renderRoot.querySelector<HTMLElement>('table button')?.focus());
  }

  private toggleStatus(status: Status) {
    const picked = this.picked;
    if (picked.has(status)) picked.delete(status);
    else picked.add(status);
    this.statuses = STATUS_ORDER.filter((s) => picked.has(s)).join(' ');
  }

  private onSort(key: SortKey) {
    this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true };
  }

  // ---- rendering ----------------------------------------------------------------

  private renderTooltip(frame: 'map' | 'grid') {
    const b = this.tip ? this.briefAt(this.tip) : undefined;
    return b && this.secondary ? this.secondary.renderTooltip(b, frame, this.geometry, this.locale) : nothing;
  }

  private renderMapFrame() {
    const region = this.regionChoice;
    const [w, h] = FRAME[region];
    const geometry = this.geometry;
    const events = {
      keydown: (e: KeyboardEvent) => this.onKeydown(e, 'map'),
    };
    return html`<div class="map-frame frame-${region}">
      ${geometry
        ? html`<svg part="map" class="map" viewBox="0 0 ${w} ${h}" role="group" tabindex="-1"
            aria-label=${msg('Map of kratom law. Use the arrow keys to move between places and Enter to open the details.')}
            @keydown=${events.keydown} @click=${this.onClick} @pointerover=${this.onPointerOver}
            @pointerleave=${this.onPointerLeave} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
            ${renderMapView({
              geometry,
              briefOf: (c) => this.briefAt(c),
              labelOf: this.labelOf,
              isDimmed: this.isDimmed,
              active: this.stopInExtras ? '' : this.tabStopAmong(Object.keys(geometry.regions).filter((c) => brief(c))),
              selected: this.selected,
              focused: this.focusWithin,
            })}
          </svg>`
        : this.geometryFailed
          ? renderLoadFailed(msg('The map could not be loaded. The table has the same information.'), () => void this.geometryTask.run(), 'placeholder')
          : html`<div class="placeholder" role="status">${msg('Loading the map…')}</div>`}
      ${this.renderTooltip('map')}
    </div>`;
  }

  private renderGridFrame() {
    const codes = new Set(this.scope.map((b) => b.code));
    const tiles = TILES.filter((t) => codes.has(t.code));
    return html`<div class="grid-frame">
      <div class="grid" part="grid" role="group"
        aria-label=${msg('Tile map of kratom law. Use the arrow keys to move between places and Enter to open the details.')}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, 'grid')} @click=${this.onClick}
        @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave}
        @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${renderGridView({
          tiles,
          briefOf: (c) => this.briefAt(c),
          labelOf: this.labelOf,
          isDimmed: this.isDimmed,
          active: this.stopInExtras ? '' : this.tabStopAmong(tiles.map((t) => t.code)),
          selected: this.selected,
        })}
      </div>
      ${this.renderTooltip('grid')}
    </div>`;
  }

  /** Whether a map or tile grid with places to focus is showing. */
  private hasDrawnPlaces(): boolean {
    const view = this.viewChoice;
    return view === 'grid' || (view !== 'table' && !!this.geometry);
  }

  private renderExtras() {
    const extras = this.extras();
    if (extras.length === 0) return nothing;
    const activeExtra = extras.some((b) => b.code === this.activeExtra) ? this.activeExtra : extras[0].code;
    const inGrid = new Set(TILES.map((t) => t.code));
    // The row holds the tab stop when the reader moved there, or when nothing else can.
    const tabbable = this.stopInExtras || !this.hasDrawnPlaces();
    return html`<div class="extras" role="group" aria-label=${msg('Federal rules and places not drawn on the map')}
      @keydown=${(e: KeyboardEvent) => this.onKeydown(e, 'extras')} @click=${this.onClick}>
      ${extras.map(
        (b) => html`<span class="extra target status-${b.status} ${this.isDimmed(b.status) ? 'dim' : ''} ${inGrid.has(b.code) ? 'in-grid' : ''}" role="button"
          data-code=${b.code} tabindex=${tabbable && b.code === activeExtra ? '0' : '-1'}>
          <span class="swatch" aria-hidden="true">${STATUS_GLYPH[b.status]}</span>
          ${this.labelOf(b)}
        </span>`,
      )}
    </div>`;
  }

  private renderTable(printOnly: boolean) {
    const views = this.secondary;
    if (!views) {
      if (printOnly) return nothing;
      return this.secondaryTask.status === TaskStatus.ERROR
        ? renderLoadFailed(msg('The table could not be loaded.'), () => void this.secondaryTask.run(), 'placeholder')
        : html`<p class="placeholder">${msg('Loading the table…')}</p>`;
    }
    const picked = this.picked;
    const rows = this.scope.filter((b) => picked.size === 0 || picked.has(b.status));
    // Counted as the summary counts: the federal rows are listed, not counted as jurisdictions.
    const counted = rows.filter((b) => b.kind !== 'federal').length;
    return html`<div class="table-frame ${printOnly ? 'print-only' : ''}">
      ${views.renderTableView({
        rows,
        locale: this.locale,
        sort: this.sort,
        selected: this.selected,
        onSort: (key) => this.onSort(key),
        onOpen: (code) => this.open(code),
        caption: this.dated
          ? msg(str`Kratom law in ${counted} jurisdictions on ${formatDate(this.dated.date, this.locale)}`)
          : msg(str`Kratom law in ${counted} jurisdictions, as of ${formatDate(dataVersion().asOf, this.locale)}`),
        historical: !!this.dated,
      })}
    </div>`;
  }

  override render() {
    const view = this.viewChoice;
    const counts = this.counts();
    const { asOf } = dataVersion();
    const dated = this.dated;
    const summary = summarize(counts, dated?.date ?? asOf, this.locale, !!dated);
    const graphic = view === 'table' ? null : view;
    // A server draws for any width, for print and for readers without
    // JavaScript (the CSS picks what shows); taking that HTML over needs the same.
    const whatServerDrew = isServer || this.prerendered;
    return html`
      <div class="width-probe"></div>
      <div class="toolbar">
        <div class="switch shows-${view === 'table' ? this.graphicView : view}" role="group" aria-label=${msg('Show as')}>
          <button type="button" aria-pressed=${graphic ? 'true' : 'false'} @click=${() => this.setView(this.graphicView)}>
            <span class="name-map">${msg('Map')}</span><span class="name-grid">${msg('Tiles')}</span>
          </button>
          <button type="button" aria-pressed=${graphic ? 'false' : 'true'} @click=${() => this.setView('table')}>
            ${msg('Table')}
          </button>
        </div>
        ${graphic
          ? html`<button type="button" class="skip visually-hidden" @click=${this.skipToTable}>${msg('Skip the map: show the data as a table')}</button>`
          : nothing}
        ${this.downloadable ? this.download?.render() : nothing}
      </div>
      ${dated ? html`<p class="on-date" part="on-date">${msg(str`Kratom law on ${formatDate(dated.date, this.locale)}`)}</p>` : nothing}
      <p class="summary ${this.noSummary ? 'visually-hidden' : ''}" part="summary" id="summary">${summary}</p>
      ${renderStaleNotice(asOf, this.locale)} ${this.renderDataNotice()}
      ${this.renderTimeline()}
      ${this.noLegend ? nothing : renderLegend({ counts, picked: this.picked, locale: this.locale, onToggle: (s) => this.toggleStatus(s) })}
      <div class="views view-${view}">
        ${graphic === 'map' || (graphic === 'auto' && (this.narrow !== true || this.printWatch.printing || whatServerDrew)) ? this.renderMapFrame() : nothing}
        ${graphic === 'grid' || (graphic === 'auto' && (this.narrow !== false || whatServerDrew)) ? this.renderGridFrame() : nothing}
        ${graphic ? this.renderExtras() : nothing}
        ${graphic ? (this.printWatch.printing || whatServerDrew ? this.renderTable(true) : nothing) : this.renderTable(false)}
      </div>
      <div class="live visually-hidden" aria-live="polite">${this.announcement}</div>
      ${this.detailsFailed
        ? renderLoadFailed(msg('The details could not be loaded.'), () => void this.detailsTask.run(), 'details-failed')
        : nothing}
      ${this.record && this.secondary
        ? html`<div class="panel-frame" @keydown=${this.onPanelKeydown}>
            ${guard([this.record, this.locale, asOf, this.secondary], () =>
              // Redrawn only when its record, language or date change: not on each key press or hover.
              this.secondary!.renderDetailsPanel({ record: this.record!, locale: this.locale, asOf, headingId: PANEL_HEADING, onClose: () => this.close() }),
            )}
          </div>`
        : nothing}
      <p class="footer" part="footer">
        ${msg(str`Data as of ${formatDate(asOf, this.locale)}.`)} ${msg('This is general information, not legal advice.')}
      </p>
    `;
  }
}

// Typed listeners for the events this element fires (HTMLElementEventMap).
export type { KratomEventMap } from '../../shared/events.js';
