// <kratom-law-map downloadable>: the "Download image" control, and the SVG
// and PNG images made in the browser from the map (issue 14, point 6).
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-law-map/define.js';
import { downloadControl, type KratomLawMap, type MapImageFormat } from '../src/elements/kratom-law-map/kratom-law-map.js';
import type { MapScene } from '../src/elements/kratom-law-map/map-image.js';
import { US_MAP } from '../src/elements/kratom-law-map/geometry/us.js';
import { briefs, dataVersion } from '../src/data/briefs.js';
import { STATUS_LABEL, STATUS_ORDER } from '../src/data/status-labels.js';
import { localize } from '../src/data/localize.js';
import type { Status } from '../src/data/types.js';
import { formatDate } from '../src/shared/format-date.js';
import { setLocale, type Locale } from '../src/shared/locale.js';
import { LOAD_TIMEOUT_MS } from '../src/shared/timeout.js';
import { recordData } from '../src/data/records.js';
import { msg, str } from '@lit/localize';
import { $, captureWarnings, shadow } from './helpers/dom.js';
import { secondaryViews } from '../src/elements/kratom-law-map/secondary-views.js';

const settle = async (el: KratomLawMap) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

async function press(el: KratomLawMap, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

const toggle = (el: KratomLawMap) => $(el, '.download-toggle') as HTMLButtonElement;
const choices = (el: KratomLawMap) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.download-menu button')];
/**
 * What has focus inside the element, by its text: chai would describe an
 * element in a failure message by walking all of Lit's internals.
 */
const focused = (el: KratomLawMap) => {
  const active = shadow(el).activeElement as HTMLElement | null;
  return active ? active.textContent?.trim() || active.className : 'nothing';
};
const has = (el: KratomLawMap, selector: string) => shadow(el).querySelector(selector) !== null;
const menuShowing = (el: KratomLawMap) => $(el, '.download-menu').getClientRects().length > 0;

/**
 * Long enough for anything a map loads just after its first render to have
 * arrived: its table (which loads then) is drawn, and a little more time has
 * passed. A check that something was not loaded means something after this.
 * (The table itself is drawn only for view="table" or printing.)
 */
async function afterLateLoads(el: KratomLawMap) {
  await settle(el);
  await waitUntil(() => secondaryViews.value !== undefined, 'the table never loaded', { timeout: 6000 });
  await new Promise((r) => setTimeout(r, 300));
  await settle(el);
}

/** A map with downloadable, once its button is there (it loads just after the first render). */
async function downloadableMap(template: ReturnType<typeof html>): Promise<KratomLawMap> {
  const el = await fixture<KratomLawMap>(template);
  await waitUntil(() => has(el, '.download-toggle'), 'the Download image button never appeared', { timeout: 6000 });
  return el;
}

/** The words drawn on an SVG image, one text line after another, and its root element. */
async function svgImage(blob: Blob) {
  expect(blob.type).to.equal('image/svg+xml');
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? 'well-formed').to.equal('well-formed');
  const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
  return { root: doc.documentElement, text };
}

/** Width and height from a PNG's IHDR chunk, after its 8-byte signature. */
async function pngSize(blob: Blob): Promise<[number, number]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).to.equal('IHDR');
  const view = new DataView(bytes.buffer);
  return [view.getUint32(16), view.getUint32(20)];
}

/** The legend as the image should give it: each status present in the US, with its count. */
function usLegend(locale: Locale): string[] {
  const counts = new Map<Status, number>();
  for (const b of briefs()) if (b.country === 'US' && b.kind !== 'federal') counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
  return STATUS_ORDER.filter((s) => counts.get(s)).map((s) => `${localize(STATUS_LABEL[s], locale)} (${counts.get(s)})`);
}

/**
 * Records the download links the element clicks, instead of downloading. The
 * click is still dispatched (cancelled at the link, so nothing is saved), and
 * `pageClicks` counts those that reached the document.
 */
function captureDownloads() {
  const original = HTMLAnchorElement.prototype.click;
  const links: { download: string; href: string; blob?: Promise<Blob> }[] = [];
  let pageClicks = 0;
  const onPageClick = (event: Event) => {
    if (event.composedPath()[0] instanceof HTMLAnchorElement) pageClicks++;
  };
  document.addEventListener('click', onPageClick);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    // Read the file while its URL is alive.
    links.push({ download: this.download, href: this.href, blob: fetch(this.href).then((r) => r.blob()) });
    this.addEventListener('click', (event) => event.preventDefault(), { once: true });
    this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  };
  return {
    links,
    pageClicks: () => pageClicks,
    restore: () => {
      HTMLAnchorElement.prototype.click = original;
      document.removeEventListener('click', onPageClick);
    },
  };
}

/** Makes the page's time limit on loads (10 s) pass in a few milliseconds, until restored. */
function quickTimeLimit() {
  const real = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
    real(handler, ms === LOAD_TIMEOUT_MS ? 20 : ms, ...rest)) as typeof window.setTimeout;
  return () => (window.setTimeout = real);
}

/** An Image whose decode() is `decode`, in place of the page's own until restored. */
function replaceImage(decode: (real: () => Promise<void>) => Promise<void>) {
  const RealImage = window.Image;
  window.Image = class extends RealImage {
    override decode() {
      return decode(() => super.decode());
    }
  };
  return (): void => {
    window.Image = RealImage;
  };
}

const never = () => new Promise<never>(() => undefined);

/** The ids an SVG image defines, and the ids it refers to (fills and its accessible name). */
function idsOf(root: Element) {
  const defined = [...root.querySelectorAll('[id]')].map((e) => e.id);
  const fills = [...root.querySelectorAll('[fill^="url(#"]')].map((e) => /^url\(#(.+)\)$/.exec(e.getAttribute('fill')!)![1]);
  const named = root.getAttribute('aria-labelledby')!.split(' ');
  return { defined, referred: [...new Set([...fills, ...named])] };
}

/** A colour as a canvas writes it (#rrggbb): the same whatever its spelling, and untouched by forced colours. */
function canonical(colour: string): string {
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  context.fillStyle = colour;
  return context.fillStyle as string;
}

// Room to record every module this page loads, so the first test can tell which arrived.
performance.setResourceTimingBufferSize(10_000);

describe('<kratom-law-map downloadable>', () => {
  afterEach(() => setLocale('en'));

  it('loads the control only with downloadable, and the image code only when an image is asked for', async () => {
    const loaded = (name: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/kratom-law-map/${name}.`));
    const plain = await fixture<KratomLawMap>(html`<kratom-law-map></kratom-law-map>`);
    await afterLateLoads(plain);
    expect(loaded('map-download'), 'not on a map without downloadable').to.equal(false);
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    expect(loaded('map-download')).to.equal(true);
    toggle(el).click();
    await settle(el);
    expect(loaded('map-image'), 'not for drawing the button or opening its choices').to.equal(false);
    expect(await el.imageBlob('svg')).to.be.instanceOf(Blob);
    expect(loaded('map-image')).to.equal(true);
  });

  it('shows the Download image control only with downloadable', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map></kratom-law-map>`);
    // Not at once, and not once whatever loads after the first render has had time to arrive.
    expect(has(el, '.download')).to.equal(false);
    await afterLateLoads(el);
    expect(has(el, '.download')).to.equal(false);
    el.setAttribute('downloadable', '');
    await waitUntil(() => has(el, '.download-toggle'), 'no button', { timeout: 6000 });
    expect(toggle(el).textContent?.trim()).to.equal('Download image');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('download-menu');
    expect(menuShowing(el)).to.equal(false);
    expect(choices(el).map((b) => b.textContent?.trim())).to.deep.equal([
      'SVG, for print and editing',
      'PNG, 1200\u00a0×\u00a0630 (social cards)',
      'PNG, 1080\u00a0×\u00a01080 (square posts)',
    ]);
    el.removeAttribute('downloadable');
    await afterLateLoads(el);
    expect(has(el, '.download')).to.equal(false);
    el.downloadable = true;
    await settle(el);
    expect(has(el, '.download-toggle')).to.equal(true);
  });

  it('opens with Enter or Space, moves with the arrow keys and Tab, and Escape closes it and returns focus to the button, at once while a load is under way', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    // A load in the background for the whole test: the details of a place, held back. The map's
    // updateComplete waits for it (up to 10 s), so a key that waited for updateComplete would lag.
    let arrive!: () => void;
    const held = new Promise<void>((resolve) => (arrive = resolve));
    const load = recordData.load;
    recordData.load = (code) => held.then(() => load(code));
    let loadsDone = false;
    try {
      el.selected = 'US-TX';
      await new Promise((r) => setTimeout(r, 50));
      void el.updateComplete.then(() => (loadsDone = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(loadsDone, 'a load is under way').to.equal(false);
      // Keys and what they do, checked as soon as the browser has handled each one.
      const key = async (press: string) => {
        await sendKeys({ press });
        await new Promise((r) => setTimeout(r, 0));
      };
      const [svg, wide, square] = choices(el).map((b) => b.textContent!.trim());
      const button = 'Download image';
      toggle(el).focus();
      await key('Enter');
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(menuShowing(el)).to.equal(true);
      await key('ArrowDown');
      expect(focused(el)).to.equal(svg);
      await key('ArrowDown');
      expect(focused(el)).to.equal(wide);
      await key('End');
      expect(focused(el)).to.equal(square);
      await key('ArrowDown');
      expect(focused(el), 'Down from the last wraps to the first').to.equal(svg);
      await key('ArrowUp');
      expect(focused(el), 'Up from the first wraps to the last').to.equal(square);
      await key('Home');
      expect(focused(el)).to.equal(svg);
      await key('Escape');
      expect(focused(el)).to.equal(button);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(menuShowing(el)).to.equal(false);

      await key(' ');
      expect(menuShowing(el)).to.equal(true);
      await key('Tab');
      expect(focused(el)).to.equal(svg);
      await key('Tab');
      expect(focused(el)).to.equal(wide);
      await key('Escape');
      expect(focused(el)).to.equal(button);
      expect(menuShowing(el)).to.equal(false);

      // Down on the closed button opens the choices at the first; Tab past the last closes them.
      await key('ArrowDown');
      expect(menuShowing(el)).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(svg);
      await key('Tab');
      await key('Tab');
      await key('Tab');
      expect([svg, wide, square, button]).not.to.include(focused(el));
      expect(menuShowing(el), 'focus left the choices').to.equal(false);
      expect(loadsDone, 'the load in the background was still under way').to.equal(false);
    } finally {
      recordData.load = load;
      arrive();
    }
    await settle(el);
  });

  it('keeps the toolbar to one line in a narrow column: the icon alone, the label still its name', async () => {
    const wrap = document.createElement('div');
    wrap.className = 'narrow-8102';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.narrow-8102 { inline-size: 320px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      await setLocale('fr');
      document.body.append(wrap);
      const el = document.createElement('kratom-law-map') as KratomLawMap;
      el.downloadable = true;
      wrap.append(el);
      await waitUntil(() => has(el, '.download-toggle'), 'no button', { timeout: 6000 });
      await settle(el);
      const button = toggle(el).getBoundingClientRect();
      const tiles = $(el, '.switch').getBoundingClientRect();
      expect(Math.round(button.top), 'on the line of the Map/Table switch').to.equal(Math.round(tiles.top));
      expect(Math.round(button.height)).to.equal(Math.round(tiles.height));
      expect(button.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(toggle(el).textContent?.trim()).to.equal('Télécharger l’image');
      await expect(el).to.be.accessible();
    } finally {
      wrap.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('passes axe with the choices closed and open, in light and dark', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    await expect(el).to.be.accessible();
    toggle(el).click();
    await settle(el);
    expect(menuShowing(el)).to.equal(true);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'fr', 'es'] as const) {
    it(`makes an SVG with the title, every legend label, the data date and the source, in ${locale}`, async () => {
      await setLocale(locale);
      const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
      await settle(el);
      const { root, text } = await svgImage((await el.imageBlob('svg'))!);
      expect(root.getAttribute('width')).to.equal('1200');
      expect(root.getAttribute('height')).to.equal('630');
      expect(root.getAttribute('lang')).to.equal(locale);
      const { asOf, version } = dataVersion();
      const expected = {
        en: {
          title: 'Kratom law in the United States',
          date: `Data as of ${formatDate(asOf, 'en')}.`,
          source: `Source: the kratom-widgets dataset, version ${version}, compiled from laws, regulations and court rulings; every record cites its sources.`,
          outlines: 'Map outlines: U.S.\u00a0Census\u00a0Bureau.',
          note: 'This is general information, not legal advice.',
        },
        fr: {
          title: 'Lois sur le kratom aux États-Unis',
          date: `Données à jour au ${formatDate(asOf, 'fr')}.`,
          source: `Source\u202f: jeu de données kratom-widgets, version ${version}, compilé à partir des lois, des règlements et des décisions judiciaires\u202f; chaque fiche cite ses sources.`,
          outlines: 'Contours de la carte\u202f: U.S.\u00a0Census\u00a0Bureau.',
          note: 'Ces renseignements sont généraux ; ils ne constituent pas un avis juridique.',
        },
        es: {
          title: 'Leyes sobre el kratom en los Estados Unidos',
          date: `Datos al ${formatDate(asOf, 'es')}.`,
          source: `Fuente: conjunto de datos kratom-widgets, versión ${version}, compilado a partir de leyes, reglamentos y fallos judiciales; cada registro cita sus fuentes.`,
          outlines: 'Contornos del mapa: U.S.\u00a0Census\u00a0Bureau.',
          note: 'Esta es información general; no constituye asesoramiento legal.',
        },
      }[locale];
      expect(text).to.contain(expected.title);
      expect(root.querySelector('title')?.textContent).to.equal(expected.title);
      for (const label of usLegend(locale)) expect(text).to.contain(label);
      expect(text).to.contain(expected.date);
      expect(text).to.contain(expected.source);
      expect(text).to.contain(expected.outlines);
      expect(text).to.contain(expected.note);
      // One outline per place the map draws, each filled with its status's hatching.
      const paths = [...root.querySelectorAll('path[fill*="-m-"]')];
      expect(paths).to.have.length(Object.keys(US_MAP.regions).length);
      const texas = briefs().find((b) => b.code === 'US-TX')!;
      const fill = paths.find((p) => p.getAttribute('d') === US_MAP.regions['US-TX'].d)?.getAttribute('fill');
      expect(fill).to.match(new RegExp(`^url\\(#[\\w-]+-m-${texas.status}\\)$`));
      // The sizes in the menu never break across lines.
      const labels = choices(el).map((b) => b.textContent!.trim());
      expect(labels[1]).to.contain('1200\u00a0×\u00a0630');
      expect(labels[2]).to.contain('1080\u00a0×\u00a01080');
    });
  }

  it('names the region drawn, and the date of a map at a past date with its region', async () => {
    const na = await downloadableMap(html`<kratom-law-map region="na" downloadable></kratom-law-map>`);
    const north = await svgImage((await na.imageBlob('svg'))!);
    expect(north.text).to.contain('Kratom law in the United States and Canada');
    expect(north.text).to.contain('Map outlines: Natural\u00a0Earth.');
    // Asked for at once, before the history has arrived: the image waits for it.
    const past = fixtureSync<KratomLawMap>(html`<kratom-law-map date="2019-01-01"></kratom-law-map>`);
    const pending = past.imageBlob('svg');
    const { text, root } = await svgImage((await pending)!);
    expect(root.querySelector('title')?.textContent).to.equal('Kratom law in the United States on January 1, 2019');
    expect(text).to.contain('Kratom law in the United States on January 1, 2019');
    // The history had arrived: a place whose status then was not today's is drawn as it was then.
    const { statusOn } = await import('../src/data/history.js');
    const then = (code: string) => statusOn(code, '2019-01-01') ?? 'unknown';
    const changed = briefs().filter((b) => b.code in US_MAP.regions && then(b.code) !== b.status);
    expect(changed.length, 'some place changed since 2019').to.be.above(0);
    for (const place of changed) {
      const fill = [...root.querySelectorAll('path')].find((p) => p.getAttribute('d') === US_MAP.regions[place.code].d)?.getAttribute('fill');
      expect(fill, place.code).to.match(new RegExp(`-m-${then(place.code)}\\)$`));
    }
    // In another language and region too.
    await setLocale('fr');
    const canada = fixtureSync<KratomLawMap>(html`<kratom-law-map region="ca" date="2019-01-01"></kratom-law-map>`);
    const title = (await svgImage((await canada.imageBlob('svg'))!)).root.querySelector('title')?.textContent;
    expect(title).to.equal(`Lois sur le kratom au Canada le ${formatDate('2019-01-01', 'fr')}`);
  });

  it('escapes text: the SVG is built with DOM calls, never from markup', async () => {
    const { mapSvgText } = await import('../src/elements/kratom-law-map/map-image.js');
    const scene: MapScene = {
      region: 'us',
      geometry: US_MAP,
      root: document.body,
      lang: 'en',
      place: (code) => briefs().find((b) => b.code === code),
      legend: [['banned', '<script>alert(1)</script> & "quotes"', 3]],
      hatch: { banned: '', 'sale-prohibited': '', 'restricted-7oh': '', regulated: '', 'age-limit-only': '', 'legal-unregulated': '', unknown: '' },
      pastDate: '</text><text>injected',
      dataDate: 'Data as of today.',
      version: '1.0.0"><script>',
    };
    const doc = new DOMParser().parseFromString(mapSvgText('svg', scene, { msg, str }), 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? 'well-formed').to.equal('well-formed');
    expect(doc.querySelectorAll('script').length).to.equal(0);
    expect(doc.querySelector('title')?.textContent).to.equal('Kratom law in the United States on </text><text>injected');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).to.contain('<script>alert(1)</script> & "quotes" (3)');
    expect(text).to.contain('version 1.0.0"><script>');
  });

  const SIZES: [MapImageFormat, number, number][] = [
    ['png-1200x630', 1200, 630],
    ['png-1080x1080', 1080, 1080],
  ];
  for (const [format, width, height] of SIZES) {
    it(`makes a ${width} × ${height} PNG with the map drawn on it (${format})`, async () => {
      const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
      const blob = (await el.imageBlob(format))!;
      expect(blob.type).to.equal('image/png');
      expect(await pngSize(blob)).to.deep.equal([width, height]);
      // Not a blank page: a good share of the pixels carry a status colour.
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, width, height).data;
      let coloured = 0;
      for (let i = 0; i < pixels.length; i += 4) if (Math.max(pixels[i], pixels[i + 1], pixels[i + 2]) - Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) > 60) coloured++;
      expect(coloured / (width * height)).to.be.above(0.12);
    });
  }

  it('downloads the choice clicked, named after the region and the data date, and returns focus to the button', async () => {
    const downloads = captureDownloads();
    try {
      const el = await downloadableMap(html`<kratom-law-map region="ca" downloadable></kratom-law-map>`);
      const { asOf } = dataVersion();
      toggle(el).click();
      await settle(el);
      choices(el)[1].click();
      await settle(el);
      expect(menuShowing(el)).to.equal(false);
      expect(focused(el)).to.equal('Download image');
      await waitUntil(() => downloads.links.length === 1, 'no download', { timeout: 6000 });
      const [png] = downloads.links;
      expect(png.download).to.equal(`kratom-law-map-ca-${asOf}.png`);
      expect(png.href).to.match(/^blob:/);
      const pngBlob = await png.blob!;
      expect(pngBlob.type).to.equal('image/png');
      expect(await pngSize(pngBlob)).to.deep.equal([1200, 630]);

      toggle(el).click();
      await settle(el);
      choices(el)[0].click();
      await waitUntil(() => downloads.links.length === 2, 'no second download', { timeout: 6000 });
      expect(downloads.links[1].download).to.equal(`kratom-law-map-ca-${asOf}.svg`);
      expect((await downloads.links[1].blob!).type).to.equal('image/svg+xml');
      // The link was only there for its click, which the page's own listeners never saw.
      expect(has(el, 'a[download]')).to.equal(false);
      toggle(el).click();
      await settle(el);
      choices(el)[2].click();
      await waitUntil(() => downloads.links.length === 3, 'no third download', { timeout: 6000 });
      expect(downloads.links[2].download).to.equal(`kratom-law-map-ca-${asOf}.png`);
      expect(await pngSize(await downloads.links[2].blob!)).to.deep.equal([1080, 1080]);
      expect(downloads.pageClicks(), 'clicks on the download link that reached the document').to.equal(0);
    } finally {
      downloads.restore();
    }
  });

  it('names the file after the map the image shows, even when the map changes while it is made', async () => {
    const downloads = captureDownloads();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let decoding = false;
    const restoreImage = replaceImage((decode) => {
      decoding = true;
      return held.then(decode);
    });
    try {
      const el = await downloadableMap(html`<kratom-law-map region="ca" downloadable></kratom-law-map>`);
      toggle(el).click();
      choices(el)[1].click();
      await waitUntil(() => decoding, 'the image was never drawn', { timeout: 6000 });
      el.region = 'us';
      await settle(el);
      release();
      await waitUntil(() => downloads.links.length === 1, 'no download', { timeout: 6000 });
      expect(downloads.links[0].download).to.equal(`kratom-law-map-ca-${dataVersion().asOf}.png`);
    } finally {
      release();
      restoreImage();
      downloads.restore();
    }
  });

  it('gives every id in an image a prefix of its own, so two images inlined in one page never share one', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    const first = idsOf((await svgImage((await el.imageBlob('svg'))!)).root);
    const second = idsOf((await svgImage((await el.imageBlob('svg'))!)).root);
    expect(first.defined.length).to.be.above(10);
    expect(first.defined.filter((id) => second.defined.includes(id))).to.deep.equal([]);
    for (const { defined, referred } of [first, second]) {
      expect(new Set(defined).size, 'no id twice in one image').to.equal(defined.length);
      expect(referred.filter((id) => !defined.includes(id)), 'references to ids the image lacks').to.deep.equal([]);
    }
  });

  it('draws the status colours in forced-colours mode, a site’s own colours included, not the system’s', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    el.style.setProperty('--kratom-status-regulated', 'rgb(1, 2, 3)');
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { root } = await svgImage((await el.imageBlob('svg'))!);
      const ground = (status: string) => canonical(root.querySelector(`pattern[id$="-m-${status}"] rect`)!.getAttribute('fill')!);
      const ink = (status: string) => canonical(root.querySelector(`pattern[id$="-m-${status}"] path`)!.getAttribute('stroke')!);
      expect(ground('banned')).to.equal('#d55e00');
      expect(ink('banned')).to.equal('#000000');
      expect(ground('regulated')).to.equal('#010203');
      expect(ground('unknown')).to.equal('#bbbbbb');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
      el.style.removeProperty('--kratom-status-regulated');
    }
  });

  it('keeps the map upright and finite when the text leaves it no room', async () => {
    const { mapSvgText } = await import('../src/elements/kratom-law-map/map-image.js');
    const scene: MapScene = {
      region: 'us',
      geometry: US_MAP,
      root: document.body,
      lang: 'en',
      place: (code) => briefs().find((b) => b.code === code),
      legend: [['banned', 'Banned', 3]],
      hatch: { banned: '', 'sale-prohibited': '', 'restricted-7oh': '', regulated: '', 'age-limit-only': '', 'legal-unregulated': '', unknown: '' },
      pastDate: '',
      dataDate: 'Data as of today.',
      // A version string long enough to fill the page with the source line.
      version: 'long '.repeat(1500),
    };
    for (const format of ['svg', 'png-1080x1080'] as const) {
      const text = mapSvgText(format, scene, { msg, str });
      expect(text, format).not.to.match(/NaN|Infinity/);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const scales = [...doc.querySelectorAll('[transform*="scale("], [patternTransform]')].map((e) =>
        Number(/scale\(([^)]+)\)/.exec(e.getAttribute('transform') ?? e.getAttribute('patternTransform')!)![1]),
      );
      expect(scales.length, format).to.be.above(0);
      for (const k of scales) expect(k, format).to.be.above(0).and.below(Number.MAX_VALUE);
    }
  });

  describe('when something fails', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    // Each test sees the first warning of each kind for itself, whatever ran before it.
    beforeEach(() => {
      warnings = captureWarnings();
      unhandled.length = 0;
      window.addEventListener('unhandledrejection', onUnhandled);
    });
    afterEach(async () => {
      await new Promise((r) => setTimeout(r, 50));
      window.removeEventListener('unhandledrejection', onUnhandled);
      warnings.restore();
      expect(unhandled, 'unhandled rejections').to.deep.equal([]);
    });
    const ours = (text: string) => warnings.messages.filter((m) => m.includes(text));
    const note = (el: KratomLawMap) => $(el, '.download-note').textContent!.replace(/\s+/g, ' ').trim();
    const retry = (el: KratomLawMap) => shadow(el).querySelector<HTMLButtonElement>('.download-note button.retry');
    // An image the browser cannot decode.
    const undecodable = () => replaceImage(() => Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError')));

    it('a reader’s PNG that cannot be drawn says so with Try again, which makes the same file once it can', async () => {
      const downloads = captureDownloads();
      let restoreImage = undecodable();
      try {
        const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
        toggle(el).click();
        choices(el)[2].click();
        await waitUntil(() => retry(el), 'no message', { timeout: 6000 });
        expect(note(el)).to.equal('The image could not be made. Try again');
        expect($(el, '.download-note').getAttribute('role')).to.equal('status');
        expect($(el, '.download-note').getClientRects().length).to.be.above(0);
        expect(downloads.links).to.have.length(0);
        expect(ours('could not make')).to.have.length(1);
        expect(ours('could not make')[0]).to.contain('<kratom-law-map> could not make the png-1080x1080 image');
        expect(ours('could not make')[0]).to.contain('img-src needs blob:');
        await expect(el).to.be.accessible();
        // Once per page and kind: a second PNG failure says nothing more.
        expect(await el.imageBlob('png-1200x630')).to.equal(undefined);
        expect(ours('could not make')).to.have.length(1);
        // Try again: the same choice, focus back on the button, the note gone once it worked.
        restoreImage();
        restoreImage = () => undefined;
        retry(el)!.click();
        expect(focused(el)).to.equal('Download image');
        await waitUntil(() => downloads.links.length === 1, 'no download', { timeout: 6000 });
        expect(downloads.links[0].download).to.match(/\.png$/);
        expect(await pngSize(await downloads.links[0].blob!)).to.deep.equal([1080, 1080]);
        await settle(el);
        expect(note(el)).to.equal('');
      } finally {
        restoreImage();
        downloads.restore();
      }
    });

    it('a script’s imageBlob() neither shows the reader’s failure note nor clears it', async () => {
      const restoreImage = undecodable();
      try {
        const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
        expect(await el.imageBlob('png-1200x630')).to.equal(undefined);
        await settle(el);
        expect(note(el), 'after a script’s failure').to.equal('');
        toggle(el).click();
        choices(el)[1].click();
        await waitUntil(() => retry(el), 'no message', { timeout: 6000 });
        expect(await el.imageBlob('svg')).to.be.instanceOf(Blob);
        await settle(el);
        expect(note(el), 'after a script’s success').to.equal('The image could not be made. Try again');
      } finally {
        restoreImage();
      }
    });

    it('warns about each kind of failure on its own: a wrong format never hides the PNG’s hint', async () => {
      const restoreImage = undecodable();
      const load = imageCodeLoad();
      try {
        const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
        expect(await el.imageBlob('gif' as MapImageFormat)).to.equal(undefined);
        expect(ours('not an image format')).to.have.length(1);
        expect(ours('not an image format')[0]).to.contain('"gif" is not an image format; use svg, png-1200x630, png-1080x1080');
        expect(await el.imageBlob('png-1200x630')).to.equal(undefined);
        expect(ours('could not make the png-1200x630 image')).to.have.length(1);
        expect(ours('could not make the png-1200x630 image')[0]).to.contain('img-src needs blob:');
        // An SVG that fails (its code missing, here) has its own warning, without the hint.
        (await load).fail();
        expect(await el.imageBlob('svg')).to.equal(undefined);
        expect(ours('could not make the svg image')).to.have.length(1);
        expect(ours('could not make the svg image')[0]).not.to.contain('img-src');
      } finally {
        (await load).restore();
        restoreImage();
      }
    });

    it('never rejects, whatever a script passes as the format', async () => {
      const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
      const hostile = { toString: () => { throw new Error('no text'); } };
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const format of [hostile, proxy, Symbol('svg'), null, 'constructor', 'toString']) {
        expect(await el.imageBlob(format as unknown as MapImageFormat)).to.equal(undefined);
      }
      expect(ours('not an image format')).to.have.length(1);
      expect(ours('not an image format')[0]).to.contain('[object Object]');
    });

    it('without the control’s chunk: no button, one warning, imageBlob() undefined; the next update tries again', async () => {
      const load = downloadControl.load;
      downloadControl.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const el = await fixture<KratomLawMap>(html`<kratom-law-map downloadable></kratom-law-map>`);
        await waitUntil(() => ours('download button could not be loaded').length > 0, 'no warning', { timeout: 6000 });
        expect(await el.imageBlob('svg')).to.equal(undefined);
        await afterLateLoads(el);
        expect(has(el, '.download')).to.equal(false);
        expect(ours('download button could not be loaded')).to.have.length(1);
        expect(ours('download button could not be loaded')[0]).to.contain('Failed to fetch dynamically imported module');
        downloadControl.load = load;
        el.statuses = 'banned';
        await waitUntil(() => has(el, '.download-toggle'), 'no button once the chunk is there', { timeout: 6000 });
      } finally {
        downloadControl.load = load;
      }
    });

    it('a chunk that never arrives gives up after the time limit: the control’s, the drawing code’s, or an image that never decodes', async () => {
      const load = downloadControl.load;
      const restoreTime = quickTimeLimit();
      const code = imageCodeLoad();
      let restoreImage = (): void => undefined;
      try {
        downloadControl.load = never;
        const stalled = await fixture<KratomLawMap>(html`<kratom-law-map downloadable></kratom-law-map>`);
        expect(await stalled.imageBlob('svg')).to.equal(undefined);
        expect(ours('download button could not be loaded (Error: no answer after 10 s)')).to.have.length(1);
        downloadControl.load = load;

        const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
        (await code).stall();
        expect(await el.imageBlob('svg')).to.equal(undefined);
        expect(ours('could not make the svg image: Error: no answer after 10 s')).to.have.length(1);
        (await code).restore();

        restoreImage = replaceImage(never);
        expect(await el.imageBlob('png-1200x630')).to.equal(undefined);
        expect(ours('could not make the png-1200x630 image: Error: no answer after 10 s')).to.have.length(1);
      } finally {
        downloadControl.load = load;
        (await code).restore();
        restoreImage();
        restoreTime();
      }
    });
  });

  it('closes the choices on a press outside them, listening only while they are open', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    const listening = new Set<unknown>();
    const add = document.addEventListener;
    const remove = document.removeEventListener;
    document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
      if (type === 'pointerdown') listening.add(listener);
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
      if (type === 'pointerdown') listening.delete(listener);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof document.removeEventListener;
    try {
      const press = (target: Element) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(listening.size, 'closed: not listening').to.equal(0);
      toggle(el).click();
      expect(menuShowing(el)).to.equal(true);
      expect(listening.size, 'open: listening').to.equal(1);
      press(choices(el)[1]);
      press(toggle(el));
      expect(menuShowing(el), 'a press inside keeps them open').to.equal(true);
      press(document.body);
      expect(menuShowing(el), 'a press outside closes them').to.equal(false);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(listening.size, 'closed again: listening no more').to.equal(0);
      await settle(el);
      expect(menuShowing(el)).to.equal(false);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });

  it('keeps an Escape that closes the choices from the page; one that does not, the page still gets', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    const seen: string[] = [];
    const onKey = (event: KeyboardEvent) => seen.push(event.key);
    document.addEventListener('keydown', onKey);
    try {
      toggle(el).focus();
      await press(el, 'Enter');
      expect(menuShowing(el)).to.equal(true);
      await press(el, 'Escape');
      expect(menuShowing(el)).to.equal(false);
      expect(seen, 'the Escape that closed the choices').not.to.include('Escape');
      await press(el, 'Escape');
      expect(seen, 'an Escape with the choices closed').to.include('Escape');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });
});

/**
 * The drawing code's loader (map-download.ts, loaded once a map has its
 * control), made to fail or stall until restored.
 */
async function imageCodeLoad() {
  const { imageCode } = await import('../src/elements/kratom-law-map/map-download.js');
  const load = imageCode.load;
  return {
    fail: () => (imageCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
    stall: () => (imageCode.load = never),
    restore: () => (imageCode.load = load),
  };
}
