import type { html as Html, TemplateResult } from 'lit';
import type { msg as Msg, str as Str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { Status } from '../../data/types.js';
import type { Locale } from '../../shared/locale.js';
import type { MapGeometry } from './geometry/types.js';
import type { MapRegion } from './geometry-loader.js';
import type { KratomLawMap } from './kratom-law-map.js';
import type { MapImageFormat } from './map-image.js';
import type { withTimeout } from '../../shared/timeout.js';
import { STATUS_LABEL, STATUS_ORDER } from '../../data/status-labels.js';
import { localize } from '../../data/localize.js';
import { dataVersion } from '../../data/store.js';
import { formatDate } from '../../shared/format-date.js';
import { shortValue, warnOnce } from '../../shared/warn.js';

/**
 * `<kratom-law-map downloadable>`: the "Download image" button, its choices,
 * and what `imageBlob()` does. The map loads this module just after its first
 * render when it has `downloadable` (or when a script asks for an image), and
 * this module loads the image code (map-image.ts) on the first download.
 *
 * It imports no Lit: the map hands over its own `html`, `msg` and `str` (the
 * "kit"), so in the script-tag build this is a small chunk of its own
 * (chunks/map-download.js) that renders with the page's one copy of Lit and
 * speaks the translations that copy loaded. (The data store it reads shares
 * its state through the page, so a copy of it in the chunk is harmless.)
 */

/**
 * What the map hands over: its copy's Lit and @lit/localize functions, its
 * hatching (map-view.ts), and the time limit on loads (shared/timeout.ts,
 * handed over too: imported here, it would be split out of the map's first
 * paint into a chunk of its own, which costs bytes there).
 */
export interface MapKit {
  html: typeof Html;
  msg: typeof Msg;
  str: typeof Str;
  hatch: Readonly<Record<Status, string>>;
  withTimeout: typeof withTimeout;
}

/** What the map draws, as `scene()` reads it. */
export interface MapState {
  region: MapRegion;
  /** The region's outlines; undefined while they load (or after they failed). */
  geometry?: MapGeometry;
  /** A place's brief as drawn, at the map's date if it has one. */
  briefOf: (code: string) => JurisdictionBrief | undefined;
}

/**
 * What the control may ask of its map besides the element's public members:
 * closures the map builds itself, on the object it also hands its timeline
 * (all but `scene` are the timeline's too). The map's private members stay
 * private, and renaming one fails type-checking instead of the download.
 */
export interface DownloadHost {
  locale(): Locale;
  /** The past day the map shows (YYYY-MM-DD); undefined for today's data. */
  shownDate(): string | undefined;
  /** The states, provinces and territories the map counts (its federal rows are not). */
  countedCodes(): string[];
  scene(): MapState;
  requestUpdate(): void;
}

const FORMATS: readonly MapImageFormat[] = ['svg', 'png-1200x630', 'png-1080x1080'];
const TAG = '<kratom-law-map>';

let imageModule: Promise<typeof import('./map-image.js')> | undefined;

/**
 * The drawing code, loaded on the first download; a failure is forgotten, so
 * the next one tries again. Exported for tests, which make it fail or stall.
 * (Shaped like shared/lazy.ts without importing it: like the time limit, that
 * module would then be split out of the map's first paint.)
 */
export const imageCode = {
  load() {
    imageModule ??= import('./map-image.js').catch((error: unknown) => {
      imageModule = undefined;
      throw error;
    });
    return imageModule;
  },
};

// A constructed stylesheet, adopted by each map that shows the button: no
// style attribute or <style> element, so a strict CSP has nothing to refuse.
const CSS = `
  /* "Download image": a disclosure button and its list of choices, at the toolbar's end. */
  .download {
    position: relative;
    margin-inline-start: auto;
  }
  .download-toggle,
  .download-menu button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.3em 0.9em;
    cursor: pointer;
  }
  .download-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
  }
  /* As tall as the text line, so the button keeps its height when the label is hidden. */
  .download-icon {
    inline-size: 1em;
    block-size: 1.45em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Narrow: the icon alone (the label stays the button's name), so the toolbar keeps to one line. */
  @container (max-width: 479.98px) {
    .download-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .download-toggle {
      padding-inline: 0.6em;
    }
  }
  .download-toggle::after {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: 0.1em;
    border: solid currentColor;
    border-width: 0 0.13em 0.13em 0;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .download-toggle[aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .download-menu {
    position: absolute;
    inset-block-start: calc(100% + 0.3em);
    inset-inline-end: 0;
    z-index: 3;
    inline-size: max-content;
    max-inline-size: min(26em, 100cqi);
    margin: 0;
    padding: 0.3em;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.25);
  }
  .download-menu button {
    display: block;
    inline-size: 100%;
    border-color: transparent;
    background: none;
    padding: 0.45em 0.75em;
    text-align: start;
  }
  .download-menu button:hover {
    background: var(--_surface);
    border-color: var(--_border);
  }
  .download-toggle:focus-visible,
  .download-menu button:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  /* On a line of its own when it says something; out of the flow, still a live region, when empty. */
  .download-note {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.9em;
  }
  .download-note:empty {
    position: absolute;
  }
  .download-note .retry {
    margin-inline-start: 0.5em;
    font: inherit;
  }
`;
let sheet: CSSStyleSheet | undefined;

function adoptStyles(root: ShadowRoot | null) {
  if (!root) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Saves a file through a temporary download link; its URL is revoked once the download has had time to start. */
function saveFile(blob: Blob, name: string, root: Node) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.download = name;
  link.href = url;
  link.hidden = true;
  // The click is composed: without this, the page's own click listeners would see one on the map.
  link.addEventListener('click', (event) => event.stopPropagation());
  // In the element's shadow root, so the page's own DOM never sees it.
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One map's control: whether its choices are open and whether the reader's last download failed. */
export class MapDownload {
  open = false;
  failed = false;
  /** What the reader last chose, for Try again. */
  private last: MapImageFormat = 'svg';

  /**
   * @param map The element: its shadow root holds the control, and its
   *   `updateComplete` waits for its loads.
   */
  constructor(
    private readonly map: KratomLawMap,
    private readonly host: DownloadHost,
    private readonly kit: MapKit,
  ) {}

  private get root() {
    return this.map.renderRoot;
  }

  // The same name as the map's, so that the footer line below reads exactly as the map's own.
  private get locale(): Locale {
    return this.host.locale();
  }

  private get toggle() {
    return this.root.querySelector<HTMLElement>('.download-toggle');
  }

  private show(changes: { open?: boolean; failed?: boolean }) {
    const wasOpen = this.open;
    Object.assign(this, changes);
    if (this.open !== wasOpen) {
      // Listening for presses anywhere only while the choices are open.
      document[this.open ? 'addEventListener' : 'removeEventListener']('pointerdown', this.onPointerDown, true);
      // Shown or hidden at once, so that a key can move focus into the choices straight away: the
      // map's next render may wait (for the page's data, say). That render then writes the same.
      this.root.querySelector('.download-menu')?.toggleAttribute('hidden', !this.open);
      this.toggle?.setAttribute('aria-expanded', String(this.open));
    }
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const { html, msg } = this.kit;
    adoptStyles(this.map.shadowRoot);
    // No-break spaces around ×: a size is never cut across two lines.
    const labels: Record<MapImageFormat, string> = {
      svg: msg('SVG, for print and editing'),
      'png-1200x630': msg('PNG, 1200\u00a0×\u00a0630 (social cards)'),
      'png-1080x1080': msg('PNG, 1080\u00a0×\u00a01080 (square posts)'),
    };
    // A disclosure: a button that shows a list of buttons (no role=menu, whose keys screen readers take over).
    // The note is always there, so the live region exists before it has anything to say.
    return html`<div class="download" part="download" @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
        <button type="button" class="download-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="download-menu"
          @click=${() => this.show({ open: !this.open })}>
          <svg class="download-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11"></path></svg>
          <span class="download-label">${msg('Download image')}</span>
        </button>
        <ul class="download-menu" id="download-menu" ?hidden=${!this.open}>
          ${FORMATS.map((format) => html`<li><button type="button" @click=${() => this.choose(format)}>${labels[format]}</button></li>`)}
        </ul>
      </div>
      <p class="download-note" role="status">${this.failed
        ? html`${msg('The image could not be made.')} <button type="button" class="retry" @click=${this.retry}>${msg('Try again')}</button>`
        : ''}</p>`;
  }

  private choose(format: MapImageFormat) {
    this.toggle?.focus();
    this.show({ open: false });
    void this.download(format);
  }

  /** Try again: the same file as last time; focus waits on the button, since this one goes away. */
  private retry = () => {
    this.toggle?.focus();
    void this.download(this.last);
  };

  /**
   * The reader's download: the image saved as `kratom-law-map-<region>-<date>.svg`
   * (or `.png`). Only this path shows or clears the failure note; a script's
   * `imageBlob()` leaves it as it is.
   */
  private async download(format: MapImageFormat) {
    this.last = format;
    this.show({ failed: false });
    const made = await this.make(format);
    this.show({ failed: !made });
    if (made) saveFile(made.blob, made.name, this.root);
  }

  /** The image of what the map shows now; undefined (after one console warning per page and kind) when it cannot be made. Never rejects. */
  imageBlob(format: MapImageFormat): Promise<Blob | undefined> {
    return this.make(format).then((made) => made?.blob);
  }

  /** The image and its file name, both from one reading of the map; undefined when it cannot be made. */
  private async make(format: MapImageFormat): Promise<{ blob: Blob; name: string } | undefined> {
    // `includes` compares without turning the value into text, which a script's odd value could make throw.
    if (!FORMATS.includes(format)) {
      warnOnce(`${TAG} image format`, `${TAG} imageBlob(): "${shortValue(format)}" is not an image format; use ${FORMATS.join(', ')}.`);
      return undefined;
    }
    const png = format !== 'svg';
    try {
      const map = this.map;
      // The map's updateComplete waits for its loads: the region's outlines and, at a past date, the
      // history, so the image never shows the outlines of another region or every place unknown.
      const { msg, str, withTimeout } = this.kit;
      const [image] = await Promise.all([withTimeout(imageCode.load()), map.updateComplete]);
      // Everything below is read at this one moment, the file name included: the map may change
      // meanwhile. (The drawing calls `place` at once, before its first await.)
      const host = this.host;
      const { region, geometry, briefOf } = host.scene();
      const locale = this.locale;
      const date = host.shownDate();
      const { asOf, version } = dataVersion();
      if (!geometry) throw new Error('the outlines are not loaded');
      // Counted as the map's legend counts.
      const counts = new Map<Status, number>();
      for (const code of host.countedCodes()) {
        const status = briefOf(code)!.status;
        counts.set(status, (counts.get(status) ?? 0) + 1);
      }
      const blob = await image.mapImage(
        format,
        {
          region,
          geometry,
          root: this.root,
          lang: locale,
          place: briefOf,
          legend: STATUS_ORDER.filter((s) => counts.get(s)).map((s) => [s, localize(STATUS_LABEL[s], locale), counts.get(s)!] as const),
          hatch: this.kit.hatch,
          pastDate: date ? formatDate(date, locale) : '',
          // The map's own footer line.
          dataDate: msg(str`Data as of ${formatDate(asOf, this.locale)}.`),
          version,
        },
        { msg, str },
        withTimeout,
      );
      return { blob, name: `kratom-law-map-${region}-${date ?? asOf}.${png ? 'png' : 'svg'}` };
    } catch (error) {
      // The usual reason for a PNG: a Content Security Policy whose img-src (or default-src) leaves out blob:.
      // A key per kind, so that an SVG failure never hides this hint.
      const hint = png ? ' If the page has a Content Security Policy, its img-src needs blob:.' : '';
      warnOnce(`${TAG} ${png ? 'png' : 'svg'} image`, `${TAG} could not make the ${format} image: ${shortValue(error)}.${hint}`);
      return undefined;
    }
  }

  /** Down and Up move through the choices (and open them from the button), Home and End go to the ends, Escape closes them. */
  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (!this.open) return;
      // This Escape is spent: a dialog or panel around the map must not close as well.
      event.preventDefault();
      event.stopPropagation();
      this.show({ open: false });
      this.toggle?.focus();
      return;
    }
    const items = [...this.root.querySelectorAll<HTMLElement>('.download-menu button')];
    const at = items.indexOf(event.target as HTMLElement);
    const n = items.length;
    const moves: Record<string, number> = { ArrowDown: (at + 1) % n, ArrowUp: (at < 1 ? n : at) - 1, Home: 0, End: n - 1 };
    const to = moves[event.key];
    if (to === undefined || (at < 0 && !event.key.startsWith('Arrow'))) return;
    event.preventDefault();
    // At once, never after the map's loads: show() has made the choices visible already.
    this.show({ open: true });
    items[to].focus();
  };

  private onFocusOut = (event: FocusEvent) => {
    // Only when focus went elsewhere: Safari does not focus a clicked button, so "nowhere" may be a click on a choice.
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as Element).contains(next)) this.show({ open: false });
  };

  /** A press anywhere outside the control closes its choices (focus stays where the press puts it). */
  private onPointerDown = (event: Event) => {
    const control = this.root.querySelector('.download');
    if (!control || !event.composedPath().includes(control)) this.show({ open: false });
  };
}

const controls = new WeakMap<KratomLawMap, MapDownload>();

/** The control for a map, made once (the map then draws it); never throws. */
export default function attach(map: KratomLawMap, host: DownloadHost, kit: MapKit): MapDownload {
  let control = controls.get(map);
  if (!control) {
    control = new MapDownload(map, host, kit);
    controls.set(map, control);
    host.requestUpdate();
  }
  return control;
}
