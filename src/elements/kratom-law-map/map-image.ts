import type { msg as Msg, str as Str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { Status } from '../../data/types.js';
import type { MapGeometry } from './geometry/types.js';
import type { MapRegion } from './geometry-loader.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import type { withTimeout } from '../../shared/timeout.js';

/**
 * The map as a picture to share: a standalone SVG document (title, map,
 * legend, data date, source) and PNGs drawn from it at a social card's exact
 * size. map-download.ts loads it the first time someone asks for an image.
 *
 * Plain DOM, no Lit: the script-tag build ships it as a chunk of its own
 * (chunks/map-image.js). It takes the map's own `msg` and `str` rather than
 * importing @lit/localize, whose copy in a chunk would know no translation.
 */

/** The images a map can make. The SVG has the layout of the landscape card. */
export type MapImageFormat = 'svg' | 'png-1200x630' | 'png-1080x1080';

const SIZE: Record<MapImageFormat, readonly [width: number, height: number]> = {
  svg: [1200, 630],
  'png-1200x630': [1200, 630],
  'png-1080x1080': [1080, 1080],
};

/** What the map shows, as the element hands it over. */
export interface MapScene {
  region: MapRegion;
  geometry: MapGeometry;
  /** The element's shadow root: the status colours (a site's own included) are read there. */
  root: Node;
  /** The page language, for the document's `lang`. */
  lang: string;
  /** A place's status and markers as the map draws them (at its date, if it has one). */
  place: (code: string) => Pick<JurisdictionBrief, 'status' | 'localRules' | 'pending'> | undefined;
  /** The legend: each status shown, its label in the reader's language and how many places have it. */
  legend: ReadonlyArray<readonly [Status, string, number]>;
  /** Each status's hatching, as path data in a 10 × 10 tile: the map's own (map-view.ts). */
  hatch: Readonly<Record<Status, string>>;
  /** The past day the map shows, written out in the reader's language ("January 1, 2019"); empty for today's data. */
  pastDate: string;
  /** "Data as of …", as under the map. */
  dataDate: string;
  /** The dataset's version. */
  version: string;
}

/** The element's `msg` and `str` (see the note at the top). */
export interface Localizer {
  msg: typeof Msg;
  str: typeof Str;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const PAPER = '#ffffff';
const INK = '#1f2328';
const MUTED = '#4f5761';
/** Line height, as a multiple of the font size. */
const LEAD = 1.25;

// ---- text: measured with the browser's own fonts, then wrapped ---------------------

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Width of a line of text in px. The PNG is drawn by this same browser, so
 * its fonts measure the same; 6 % more leaves room for the SVG opened
 * elsewhere in a slightly wider font.
 */
function textWidth(text: string, size: number, weight: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${weight} ${size}px ${FONT}`;
  return context.measureText(text).width * 1.06;
}

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  fill: string;
}

/** Breaks text at spaces into lines no wider than `width` (no-break spaces hold, as in French « : »). */
function textBlock(text: string, size: number, width: number, weight = 400, fill = INK): TextBlock {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return { lines, size, weight, fill };
}

const heightOf = (block: TextBlock) => block.lines.length * block.size * LEAD;

// ---- SVG elements ---------------------------------------------------------------

type Attributes = Record<string, string | number>;

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

function add<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  // Numbers to two decimals: a hundredth of a pixel is finer than any screen.
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, typeof value === 'number' ? String(round(value)) : value);
  // textContent, never markup: XMLSerializer escapes whatever the data says.
  if (text !== undefined) el.textContent = text;
  parent.append(el);
  return el;
}

/** Draws a block with its top left corner at (x, y); one `<text>` per line. */
function drawText(parent: Element, block: TextBlock, x: number, y: number) {
  block.lines.forEach((line, i) => {
    // The baseline, about 0.93 em below the top of a 1.25 em line.
    const baseline = y + (i * LEAD + 0.93) * block.size;
    add(parent, 'text', { x, y: baseline, 'font-size': block.size, 'font-weight': block.weight, fill: block.fill }, line);
  });
}

/**
 * Each status's colour and ink, a site's `--kratom-status-*` included: the
 * custom properties `.status-<status>` sets (status.styles.ts), read from an
 * element that exists only for the moment it takes to read them. Not the
 * painted colours: in forced-colours mode those are the system's Canvas and
 * CanvasText, while the file is meant for other screens and for print.
 */
function statusColours(root: Node, statuses: readonly Status[]): Map<Status, [fill: string, ink: string]> {
  const probe = document.createElement('span');
  root.appendChild(probe);
  const colours = new Map<Status, [string, string]>();
  // Unset (a root without the element's styles) or see-through: a plain grey and the page ink.
  const read = (style: CSSStyleDeclaration, name: string, fallback: string) => {
    const value = style.getPropertyValue(name).trim();
    return value && value.toLowerCase() !== 'transparent' ? value : fallback;
  };
  for (const status of statuses) {
    probe.className = `status-${status}`;
    const style = getComputedStyle(probe);
    colours.set(status, [read(style, '--_status', '#bbbbbb'), read(style, '--_status-ink', INK)]);
  }
  probe.remove();
  return colours;
}

/** A hatched fill per status, tiles `scale` px wide for every 10 units of its user space. */
function patterns(defs: Element, prefix: string, hatching: MapScene['hatch'], colours: Map<Status, [string, string]>, scale: number) {
  for (const [status, [fill, ink]] of colours) {
    const pattern = add(defs, 'pattern', {
      id: `${prefix}-${status}`,
      width: 10,
      height: 10,
      patternUnits: 'userSpaceOnUse',
      patternTransform: `scale(${round(scale, 4)})`,
    });
    add(pattern, 'rect', { width: 10, height: 10, fill });
    const hatch = hatching[status];
    if (hatch) add(pattern, 'path', { d: hatch, stroke: ink, 'stroke-opacity': 0.4, 'stroke-width': 1.1, fill: ink, 'fill-opacity': 0.5 });
  }
}

/** The local-rules dot and pending-change diamond above a point, as the map draws them. */
function markers(parent: Element, place: { localRules: number; pending: boolean }, x: number, y: number, scale: number, spread = 0) {
  const stroke = { fill: INK, stroke: PAPER, 'stroke-width': 2 * scale };
  if (place.localRules > 0) add(parent, 'circle', { cx: x + 17 * scale + spread, cy: y - 14 * scale, r: 7 * scale, ...stroke });
  if (place.pending) {
    const [cx, cy] = [x - 17.5 * scale - spread, y - 14.5 * scale];
    add(parent, 'rect', {
      x: cx - 5.5 * scale,
      y: cy - 5.5 * scale,
      width: 11 * scale,
      height: 11 * scale,
      transform: `rotate(45 ${round(cx)} ${round(cy)})`,
      ...stroke,
    });
  }
}

/** The map, fitted and centred in the box (x, y, w, h); `id` starts the ids of its hatched fills. */
function drawMap(parent: Element, defs: Element, scene: MapScene, colours: Map<Status, [string, string]>, box: number[], id: string) {
  const { geometry } = scene;
  const [, , vw, vh] = geometry.viewBox;
  const [bx, by, bw, bh] = box;
  const k = Math.min(bw / vw, bh / vh);
  // Glyphs and markers no smaller than on the map at its natural size, so they stay legible.
  const g = Math.max(1, 0.5 / k);
  // Hatching 6 px apart, as on a map a little wider than its natural size.
  patterns(defs, `${id}-m`, scene.hatch, colours, 0.6 / k);
  const map = add(parent, 'g', {
    transform: `translate(${round(bx + (bw - vw * k) / 2)} ${round(by + (bh - vh * k) / 2)}) scale(${round(k, 5)})`,
    'font-family': FONT,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
  });
  const callouts = new Map(geometry.callouts.map((c) => [c.code, c.box]));
  const drawn = Object.keys(geometry.regions).flatMap((code) => {
    const place = scene.place(code);
    return place ? [{ code, place, ...geometry.regions[code] }] : [];
  });
  const regions = add(map, 'g', { stroke: PAPER, 'stroke-width': 1 / k, 'stroke-linejoin': 'round' });
  for (const { place, d } of drawn) add(regions, 'path', { d, fill: `url(#${id}-m-${place.status})` });
  for (const { code, place, anchor } of drawn) {
    const [fill, ink] = colours.get(place.status)!;
    const glyph = STATUS_GLYPH[place.status];
    const box = callouts.get(code);
    if (box) {
      const [x, y, w, h] = box;
      add(map, 'line', { x1: x, y1: y + h / 2, x2: anchor[0], y2: anchor[1], stroke: MUTED, 'stroke-width': 1 / k });
      add(map, 'rect', { x, y, width: w, height: h, rx: 6, fill, stroke: PAPER, 'stroke-width': 1.5 });
      add(map, 'text', { x: x + w * 0.36, y: y + h / 2, 'font-size': 24, 'font-weight': 700, fill: ink }, code.slice(3));
      add(map, 'text', { x: x + w * 0.78, y: y + h / 2, 'font-size': 22, fill: ink }, glyph);
      markers(map, place, x + w / 2, y + 14.5, 1, w / 2 - 17.5);
    } else {
      const [x, y] = anchor;
      add(map, 'circle', { cx: x, cy: y, r: 13 * g, fill, stroke: ink, 'stroke-opacity': 0.55, 'stroke-width': 1.5 * g });
      add(map, 'text', { x, y, 'font-size': 17 * g, 'font-weight': 700, fill: ink }, glyph);
      markers(map, place, x, y, g);
    }
  }
}

// ---- the legend ------------------------------------------------------------------

interface LegendRow {
  /** A status swatch, or a marker. */
  key: Status | 'local' | 'pending';
  label: TextBlock;
}

/** The legend's rows at a font size, for columns `width` px wide. */
function legendRows(scene: MapScene, t: Localizer, size: number, width: number): LegendRow[] {
  const labelWidth = width - size * 1.9;
  const rows: LegendRow[] = scene.legend.map(([status, label, count]) => ({ key: status, label: textBlock(`${label} (${count})`, size, labelWidth) }));
  const places = Object.keys(scene.geometry.regions).map((code) => scene.place(code));
  if (places.some((p) => p && p.localRules > 0)) {
    rows.push({ key: 'local', label: textBlock(t.msg('Local rules in some places'), size * 0.9, labelWidth, 400, MUTED) });
  }
  if (places.some((p) => p?.pending)) rows.push({ key: 'pending', label: textBlock(t.msg('Change pending'), size * 0.9, labelWidth, 400, MUTED) });
  return rows;
}

const rowHeight = (row: LegendRow, size: number) => Math.max(size * 1.4, heightOf(row.label));

/** Height of the legend laid out in `columns`, row by row. */
function legendHeight(rows: LegendRow[], size: number, columns: number): number {
  let height = 0;
  for (let i = 0; i < rows.length; i += columns) {
    height += Math.max(...rows.slice(i, i + columns).map((r) => rowHeight(r, size))) + size * 0.45;
  }
  return height;
}

function drawLegend(svg: Element, rows: LegendRow[], colours: Map<Status, [string, string]>, size: number, box: number[], columns: number, id: string) {
  const [x0, y0, width] = box;
  const gap = size * 1.5;
  const column = (width - gap * (columns - 1)) / columns;
  const swatch = size * 1.4;
  let y = y0;
  for (let i = 0; i < rows.length; i += columns) {
    const line = rows.slice(i, i + columns);
    line.forEach((row, c) => {
      const x = x0 + c * (column + gap);
      const middle = y + swatch / 2;
      if (row.key === 'local') {
        add(svg, 'circle', { cx: x + swatch / 2, cy: middle, r: size * 0.33, fill: INK });
      } else if (row.key === 'pending') {
        const half = size * 0.3;
        add(svg, 'rect', { x: x + swatch / 2 - half, y: middle - half, width: half * 2, height: half * 2, fill: INK, transform: `rotate(45 ${round(x + swatch / 2)} ${round(middle)})` });
      } else {
        const [, ink] = colours.get(row.key)!;
        add(svg, 'rect', { x, y, width: swatch, height: swatch, rx: size * 0.25, fill: `url(#${id}-l-${row.key})`, stroke: ink, 'stroke-opacity': 0.35 });
        add(svg, 'text', { x: x + swatch / 2, y: middle, 'font-size': size * 0.85, 'font-weight': 700, fill: ink, 'text-anchor': 'middle', 'dominant-baseline': 'central' }, STATUS_GLYPH[row.key]);
      }
      // The label's first line centred on the swatch.
      drawText(svg, row.label, x + swatch + size * 0.5, middle - (row.label.size * LEAD) / 2);
    });
    y += Math.max(...line.map((r) => rowHeight(r, size))) + size * 0.45;
  }
}

// ---- the page ----------------------------------------------------------------------

/** The words on the image, in the reader's language. */
function words(scene: MapScene, t: Localizer) {
  const { msg, str } = t;
  const region = scene.region;
  const on = scene.pastDate;
  // A map at a past date keeps its region in the title, with the day after it.
  const title = on
    ? region === 'us'
      ? msg(str`Kratom law in the United States on ${on}`)
      : region === 'ca'
        ? msg(str`Kratom law in Canada on ${on}`)
        : msg(str`Kratom law in the United States and Canada on ${on}`)
    : region === 'us'
      ? msg('Kratom law in the United States')
      : region === 'ca'
        ? msg('Kratom law in Canada')
        : msg('Kratom law in the United States and Canada');
  // The US outlines are the Census Bureau's; Canada and the North America view are Natural Earth's.
  // (No-break spaces: a name is never cut across two lines.)
  const outlines = region === 'us' ? 'U.S.\u00a0Census\u00a0Bureau' : 'Natural\u00a0Earth';
  return {
    title,
    date: scene.dataDate,
    source: `${msg(str`Source: the kratom-widgets dataset, version ${scene.version}, compiled from laws, regulations and court rulings; every record cites its sources.`)} ${msg(str`Map outlines: ${outlines}.`)}`,
    note: msg('This is general information, not legal advice.'),
  };
}

/**
 * A map box's height, 1 px at the least: when the text leaves no room (a
 * very long title or version, say) the last-resort layout's room is zero or
 * less, and the map must not be scaled by nothing, nor turned upside down.
 */
const atLeastOne = (height: number) => Math.max(1, height);

/** Tries font scales from full size down until everything fits; the last one otherwise. */
function firstFit<T>(fits: (scale: number) => T | undefined, last: (scale: number) => T): T {
  for (let scale = 1; scale > 0.55; scale -= 0.05) {
    const layout = fits(scale);
    if (layout) return layout;
  }
  return last(0.55);
}

/** The standalone SVG document for one format. */
export function mapSvg(format: MapImageFormat, scene: MapScene, t: Localizer): SVGSVGElement {
  // Own keys only ("constructor" is no format). The value stays out of the message, since making
  // text of it may throw; map-download.ts checks formats before anything gets here.
  if (!Object.hasOwn(SIZE, format)) throw new Error(`not an image format; use one of ${Object.keys(SIZE).join(', ')}`);
  const [W, H] = SIZE[format];
  const text = words(scene, t);
  // Every id in the file starts with one of its own, so two of these inlined in one page
  // (even from different visits, hence random) never take each other's title or hatching.
  const id = `kratom-map-${Math.random().toString(36).slice(2, 10)}`;
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [key, value] of Object.entries({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, lang: scene.lang, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` })) {
    svg.setAttribute(key, String(value));
  }
  add(svg, 'title', { id: `${id}-title` }, text.title);
  add(svg, 'desc', { id: `${id}-desc` }, `${text.date} ${text.source} ${text.note}`);
  const defs = add(svg, 'defs');
  const statuses = Object.keys(STATUS_GLYPH) as Status[];
  const colours = statusColours(scene.root, statuses);
  add(svg, 'rect', { width: W, height: H, fill: PAPER });
  const page = add(svg, 'g', { 'font-family': FONT });

  const square = W / H < 1.3;
  const pad = square ? 60 : 44;
  const inner = W - 2 * pad;
  const footerBlocks = (s: number) => [textBlock(text.source, s, inner, 400, MUTED), textBlock(text.note, s, inner, 400, MUTED)];

  interface Layout {
    scale: number;
    title: TextBlock;
    date: TextBlock;
    legend: LegendRow[];
    legendSize: number;
    footer: TextBlock[];
    map: number[];
    /** Top of the legend (square) or of the side column (landscape). */
    legendTop: number;
    column: number[];
  }

  const layout = (scale: number, strict: boolean): Layout | undefined => {
    const footer = footerBlocks((square ? 17 : 15) * Math.max(scale, 0.8));
    const footerHeight = footer.reduce((h, b) => h + heightOf(b), 0);
    const bottom = H - pad - footerHeight - (square ? 28 : 22);
    if (square) {
      const title = textBlock(text.title, 52 * scale, inner, 700);
      const date = textBlock(text.date, 26 * scale, inner, 400, MUTED);
      const legendSize = 24 * scale;
      const legend = legendRows(scene, t, legendSize, (inner - legendSize * 1.5) / 2);
      const legendH = legendHeight(legend, legendSize, 2);
      const top = pad + heightOf(title) + 6 * scale + heightOf(date) + 28 * scale;
      const legendTop = bottom - legendH;
      const mapHeight = legendTop - 24 * scale - top;
      if (strict && mapHeight < H * 0.4) return undefined;
      return { scale, title, date, legend, legendSize, footer, map: [pad, top, inner, atLeastOne(mapHeight)], legendTop, column: [pad, legendTop, inner] };
    }
    // Landscape: the map on the left, the title and legend in a column on the right.
    const columnWidth = 380;
    const columnX = W - pad - columnWidth;
    const title = textBlock(text.title, 40 * scale, columnWidth, 700);
    const date = textBlock(text.date, 20 * scale, columnWidth, 400, MUTED);
    const legendSize = 19 * scale;
    const legend = legendRows(scene, t, legendSize, columnWidth);
    const columnHeight = heightOf(title) + 6 * scale + heightOf(date) + 24 * scale + legendHeight(legend, legendSize, 1);
    if (strict && columnHeight > bottom - pad) return undefined;
    const legendTop = pad + heightOf(title) + 6 * scale + heightOf(date) + 24 * scale;
    return { scale, title, date, legend, legendSize, footer, map: [pad, pad, columnX - 36 - pad, atLeastOne(bottom - pad)], legendTop, column: [columnX, legendTop, columnWidth] };
  };

  const chosen = firstFit(
    (s) => layout(s, true),
    (s) => layout(s, false)!,
  );
  const textLeft = chosen.column[0];
  drawMap(page, defs, scene, colours, chosen.map, id);
  patterns(defs, `${id}-l`, scene.hatch, colours, 0.6);
  drawText(page, chosen.title, square ? pad : textLeft, pad);
  drawText(page, chosen.date, square ? pad : textLeft, pad + heightOf(chosen.title) + 6 * chosen.scale);
  drawLegend(page, chosen.legend, colours, chosen.legendSize, chosen.column, square ? 2 : 1, id);
  let y = H - pad - chosen.footer.reduce((h, b) => h + heightOf(b), 0);
  for (const block of chosen.footer) {
    drawText(page, block, pad, y);
    y += heightOf(block);
  }
  return svg;
}

/** The SVG document's text, with its XML declaration. */
export function mapSvgText(format: MapImageFormat, scene: MapScene, t: Localizer): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(mapSvg(format, scene, t))}`;
}

/**
 * The image as a file: the SVG document, or a PNG of exactly the format's
 * size drawn from it. Rejects when the browser cannot draw it, or when
 * decoding takes longer than `limit` allows (the map's time limit on loads,
 * handed over rather than imported for the reason given in map-download.ts).
 */
export async function mapImage(format: MapImageFormat, scene: MapScene, t: Localizer, limit: typeof withTimeout): Promise<Blob> {
  const svg = new Blob([mapSvgText(format, scene, t)], { type: 'image/svg+xml' });
  if (format === 'svg') return svg;
  const [width, height] = SIZE[format];
  // Through an image from a blob: URL; a page whose CSP lists img-src needs blob: in it.
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image(width, height);
    image.src = url;
    // A decode that never ends (a stalled or blocked image) gives up, like every load.
    await limit(image.decode());
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context2d = canvas.getContext('2d');
    if (!context2d) throw new Error('no 2D canvas');
    context2d.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
