// <kratom-law-map downloadable>: the "Download image" control, and the SVG
// and PNG images made in the browser from the map (issue 14, point 6).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-law-map/define.js';
import type { KratomLawMap, MapImageFormat } from '../src/elements/kratom-law-map/kratom-law-map.js';
import type { MapScene } from '../src/elements/kratom-law-map/map-image.js';
import { US_MAP } from '../src/elements/kratom-law-map/geometry/us.js';
import { briefs, dataVersion } from '../src/data/briefs.js';
import { STATUS_LABEL, STATUS_ORDER } from '../src/data/status-labels.js';
import { localize } from '../src/data/localize.js';
import type { Status } from '../src/data/types.js';
import { formatDate } from '../src/shared/format-date.js';
import { setLocale, type Locale } from '../src/shared/locale.js';
import { msg, str } from '@lit/localize';
import { $, captureWarnings, shadow } from './helpers/dom.js';

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

/** Records the download links the element clicks, instead of downloading. */
function captureDownloads() {
  const original = HTMLAnchorElement.prototype.click;
  const links: { download: string; href: string; blob?: Promise<Blob> }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    // Read the file while its URL is alive.
    links.push({ download: this.download, href: this.href, blob: fetch(this.href).then((r) => r.blob()) });
  };
  return { links, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

// Room to record every module this page loads, so the first test can tell which arrived.
performance.setResourceTimingBufferSize(10_000);

describe('<kratom-law-map downloadable>', () => {
  afterEach(() => setLocale('en'));

  it('loads the control only with downloadable, and the image code only when an image is asked for', async () => {
    const loaded = (name: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/kratom-law-map/${name}.`));
    const plain = await fixture<KratomLawMap>(html`<kratom-law-map></kratom-law-map>`);
    await settle(plain);
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
    expect(has(el, '.download')).to.equal(false);
    el.setAttribute('downloadable', '');
    await waitUntil(() => has(el, '.download-toggle'), 'no button', { timeout: 6000 });
    expect(toggle(el).textContent?.trim()).to.equal('Download image');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('download-menu');
    expect(menuShowing(el)).to.equal(false);
    expect(choices(el).map((b) => b.textContent?.trim())).to.deep.equal([
      'SVG, for print and editing',
      'PNG, 1200 × 630 (social cards)',
      'PNG, 1080 × 1080 (square posts)',
    ]);
    el.removeAttribute('downloadable');
    await settle(el);
    expect(has(el, '.download')).to.equal(false);
    el.downloadable = true;
    await settle(el);
    expect(has(el, '.download-toggle')).to.equal(true);
  });

  it('opens with Enter or Space, moves with the arrow keys and Tab, and Escape closes it and returns focus to the button', async () => {
    const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
    const [svg, wide, square] = choices(el).map((b) => b.textContent!.trim());
    const button = 'Download image';
    toggle(el).focus();
    await press(el, 'Enter');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(menuShowing(el)).to.equal(true);
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(svg);
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(wide);
    await press(el, 'End');
    expect(focused(el)).to.equal(square);
    await press(el, 'ArrowDown');
    expect(focused(el), 'Down from the last wraps to the first').to.equal(svg);
    await press(el, 'ArrowUp');
    expect(focused(el), 'Up from the first wraps to the last').to.equal(square);
    await press(el, 'Escape');
    expect(focused(el)).to.equal(button);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(menuShowing(el)).to.equal(false);

    await press(el, ' ');
    expect(menuShowing(el)).to.equal(true);
    await press(el, 'Tab');
    expect(focused(el)).to.equal(svg);
    await press(el, 'Tab');
    expect(focused(el)).to.equal(wide);
    await press(el, 'Escape');
    expect(focused(el)).to.equal(button);
    expect(menuShowing(el)).to.equal(false);

    // Down on the closed button opens the choices at the first; Tab past the last closes them.
    await press(el, 'ArrowDown');
    expect(menuShowing(el)).to.equal(true);
    expect(focused(el)).to.equal(svg);
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect([svg, wide, square, button]).not.to.include(focused(el));
    expect(menuShowing(el), 'focus left the choices').to.equal(false);
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
      const paths = [...root.querySelectorAll('path[fill^="url(#m-"]')];
      expect(paths).to.have.length(Object.keys(US_MAP.regions).length);
      const texas = briefs().find((b) => b.code === 'US-TX')!;
      expect(paths.some((p) => p.getAttribute('d') === US_MAP.regions['US-TX'].d && p.getAttribute('fill') === `url(#m-${texas.status})`)).to.equal(true);
    });
  }

  it('names the region drawn, and the date of a map at a past date', async () => {
    const na = await downloadableMap(html`<kratom-law-map region="na" downloadable></kratom-law-map>`);
    const north = await svgImage((await na.imageBlob('svg'))!);
    expect(north.text).to.contain('Kratom law in the United States and Canada');
    expect(north.text).to.contain('Map outlines: Natural\u00a0Earth.');
    // Asked for at once, before the history has arrived: the image waits for it.
    const past = document.createElement('kratom-law-map') as KratomLawMap;
    past.date = '2019-01-01';
    document.body.append(past);
    const pending = past.imageBlob('svg');
    const { text, root } = await svgImage((await pending)!);
    past.remove();
    expect(root.querySelector('title')?.textContent).to.equal('Kratom law on January 1, 2019');
    expect(text).to.contain('Kratom law on January 1, 2019');
    // The history had arrived: not every place unknown.
    expect(root.querySelectorAll('path[fill="url(#m-banned)"]').length).to.be.above(0);
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
      pastTitle: '</text><text>injected',
      dataDate: 'Data as of today.',
      version: '1.0.0"><script>',
    };
    const doc = new DOMParser().parseFromString(mapSvgText('svg', scene, { msg, str }), 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? 'well-formed').to.equal('well-formed');
    expect(doc.querySelectorAll('script').length).to.equal(0);
    expect(doc.querySelector('title')?.textContent).to.equal('</text><text>injected');
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
      // The link was only there for its click.
      expect(has(el, 'a[download]')).to.equal(false);
      toggle(el).click();
      await settle(el);
      choices(el)[2].click();
      await waitUntil(() => downloads.links.length === 3, 'no third download', { timeout: 6000 });
      expect(downloads.links[2].download).to.equal(`kratom-law-map-ca-${asOf}.png`);
      expect(await pngSize(await downloads.links[2].blob!)).to.deep.equal([1080, 1080]);
    } finally {
      downloads.restore();
    }
  });

  it('says so, warns once and throws nothing when the PNG cannot be drawn', async () => {
    const downloads = captureDownloads();
    const warnings = captureWarnings();
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    const RealImage = window.Image;
    // An image the browser cannot decode.
    window.Image = class extends RealImage {
      override decode() {
        return Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError'));
      }
    };
    try {
      const el = await downloadableMap(html`<kratom-law-map downloadable></kratom-law-map>`);
      toggle(el).click();
      await settle(el);
      choices(el)[2].click();
      await waitUntil(() => $(el, '.download-note').textContent?.trim() === 'The image could not be made.', 'no message', { timeout: 6000 });
      expect($(el, '.download-note').getAttribute('role')).to.equal('status');
      expect($(el, '.download-note').getClientRects().length).to.be.above(0);
      expect(await el.imageBlob('png-1200x630')).to.equal(undefined);
      expect(await el.imageBlob('gif' as MapImageFormat)).to.equal(undefined);
      expect(downloads.links).to.have.length(0);
      const ours = warnings.messages.filter((m) => m.includes('could not make'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('<kratom-law-map> could not make the png-1080x1080 image');
      expect(ours[0]).to.contain('img-src needs blob:');
      await expect(el).to.be.accessible();
      // The SVG needs no decoding: it still works, and clears the message.
      window.Image = RealImage;
      expect(await el.imageBlob('svg')).to.be.instanceOf(Blob);
      await settle(el);
      expect($(el, '.download-note').textContent?.trim()).to.equal('');
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.Image = RealImage;
      window.removeEventListener('unhandledrejection', onUnhandled);
      warnings.restore();
      downloads.restore();
    }
  });
});
