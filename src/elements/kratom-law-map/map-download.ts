import type { html as Html, TemplateResult } from 'lit';
import type { msg as Msg, str as Str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { Status } from '../../data/types.js';
import type { Locale } from '../../shared/locale.js';
import type { MapGeometry } from './geometry/types.js';
import type { MapRegion } from './geometry-loader.js';
import type { MapImageFormat } from './map-image.js';
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

/** What the map hands over: its copy's Lit and @lit/localize functions, and its hatching (map-view.ts). */
export interface MapKit {
  html: typeof Html;
  msg: typeof Msg;
  str: typeof Str;
  hatch: Readonly<Record<Status, string>>;
}

/**
 * What this module reads of its map: members of KratomLawMap that are
 * private to TypeScript but there at run time. test/kratom-law-map-image.test.ts
 * goes through each of them.
 */
interface MapInternals extends HTMLElement {
  readonly locale: Locale;
  readonly regionChoice: MapRegion;
  readonly geometry?: MapGeometry;
  /** Set when the map shows a past date. */
  readonly dated?: { date: string };
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** Where the map finds its control. */
  download?: MapDownload;
  briefAt(code: string): JurisdictionBrief | undefined;
  counts(): Map<Status, number>;
  requestUpdate(): void;
}

const FORMATS: readonly MapImageFormat[] = ['svg', 'png-1200x630', 'png-1080x1080'];

// Loaded once, on the first download; forgotten if it failed, so the next one tries again.
let mapImage: Promise<typeof import('./map-image.js')> | undefined;
function loadMapImage() {
  mapImage ??= import('./map-image.js').catch((error: unknown) => {
    mapImage = undefined;
    throw error;
  });
  return mapImage;
}

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
  // In the element's shadow root, so the page's own DOM never sees it.
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One map's control: whether its choices are open and whether the last image failed. */
export class MapDownload {
  open = false;
  failed = false;

  constructor(
    private readonly map: MapInternals,
    public kit: MapKit,
  ) {}

  // The same name as the map's, so the two messages below read exactly as the map's own.
  private get locale(): Locale {
    return this.map.locale;
  }

  private get toggle() {
    return this.map.renderRoot.querySelector<HTMLElement>('.download-toggle');
  }

  private show(changes: { open?: boolean; failed?: boolean }) {
    Object.assign(this, changes);
    this.map.requestUpdate();
  }

  render(): TemplateResult {
    const { html, msg } = this.kit;
    adoptStyles(this.map.shadowRoot);
    const labels: Record<MapImageFormat, string> = {
      svg: msg('SVG, for print and editing'),
      'png-1200x630': msg('PNG, 1200 × 630 (social cards)'),
      'png-1080x1080': msg('PNG, 1080 × 1080 (square posts)'),
    };
    // A disclosure: a button that shows a list of buttons (no role=menu, whose keys screen readers take over).
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
      <p class="download-note" role="status">${this.failed ? msg('The image could not be made.') : ''}</p>`;
  }

  private choose(format: MapImageFormat) {
    this.toggle?.focus();
    this.show({ open: false });
    void this.download(format);
  }

  /** Makes the image and saves it as `kratom-law-map-<region>-<date>.svg` (or `.png`). */
  private async download(format: MapImageFormat) {
    const blob = await this.imageBlob(format);
    if (!blob) return;
    const map = this.map;
    const date = map.dated?.date ?? dataVersion().asOf;
    saveFile(blob, `kratom-law-map-${map.regionChoice}-${date}.${format === 'svg' ? 'svg' : 'png'}`, map.renderRoot);
  }

  /** The image of what the map shows now; undefined (after one console warning per page) when it cannot be made. */
  async imageBlob(format: MapImageFormat): Promise<Blob | undefined> {
    const map = this.map;
    this.show({ failed: false });
    try {
      // The map's updateComplete waits for its loads: the region's outlines and, at a past date, the
      // history, so the image never shows the outlines of another region or every place unknown.
      const [image] = await Promise.all([loadMapImage(), map.updateComplete]);
      const geometry = map.geometry;
      if (!geometry) throw new Error('the outlines are not loaded');
      const { msg, str } = this.kit;
      const { asOf, version } = dataVersion();
      const counts = map.counts();
      const dated = map.dated;
      return await image.mapImage(
        format,
        {
          region: map.regionChoice,
          geometry,
          root: map.renderRoot,
          lang: this.locale,
          place: (code) => map.briefAt(code),
          legend: STATUS_ORDER.filter((s) => counts.get(s)).map((s) => [s, localize(STATUS_LABEL[s], this.locale), counts.get(s)!] as const),
          hatch: this.kit.hatch,
          // The map's own heading and footer line.
          pastTitle: dated ? msg(str`Kratom law on ${formatDate(dated.date, this.locale)}`) : '',
          dataDate: msg(str`Data as of ${formatDate(asOf, this.locale)}.`),
          version,
        },
        { msg, str },
      );
    } catch (error) {
      // The usual reason for a PNG: a Content Security Policy whose img-src (or default-src) leaves out blob:.
      const hint = String(format).startsWith('png') ? ' If the page has a Content Security Policy, its img-src needs blob:.' : '';
      warnOnce('<kratom-law-map> image', `<kratom-law-map> could not make the ${shortValue(format)} image: ${shortValue(error)}.${hint}`);
      this.show({ failed: true });
      return undefined;
    }
  }

  /** Down and Up move through the choices (and open them from the button), Home and End go to the ends, Escape closes them. */
  private onKeydown = async (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (!this.open) return;
      event.preventDefault();
      this.show({ open: false });
      this.toggle?.focus();
      return;
    }
    const items = [...this.map.renderRoot.querySelectorAll<HTMLElement>('.download-menu button')];
    const at = items.indexOf(event.target as HTMLElement);
    const n = items.length;
    const moves: Record<string, number> = { ArrowDown: (at + 1) % n, ArrowUp: (at < 1 ? n : at) - 1, Home: 0, End: n - 1 };
    const to = moves[event.key];
    if (to === undefined || (at < 0 && !event.key.startsWith('Arrow'))) return;
    event.preventDefault();
    this.show({ open: true });
    await this.map.updateComplete;
    items[to].focus();
  };

  private onFocusOut = (event: FocusEvent) => {
    // Only when focus went elsewhere: Safari does not focus a clicked button, so "nowhere" may be a click on a choice.
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as Element).contains(next)) this.show({ open: false });
  };
}

/**
 * Gives `map` its control (once; the map then draws it) and hands it the
 * map's latest kit.
 */
export default function attach(map: HTMLElement, kit: MapKit): MapDownload {
  const internals = map as MapInternals;
  if (internals.download) {
    internals.download.kit = kit;
  } else {
    internals.download = new MapDownload(internals, kit);
    internals.requestUpdate();
  }
  return internals.download;
}
