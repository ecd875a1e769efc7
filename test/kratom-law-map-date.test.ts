// <kratom-law-map date> and <kratom-law-map timeline>: the map as the
// history says it stood on a past day, and the year slider.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-law-map/define.js';
import type { KratomLawMap } from '../src/elements/kratom-law-map/kratom-law-map.js';
import { briefs } from '../src/data/briefs.js';
import { statusOn } from '../src/data/history.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const US = briefs().filter((b) => b.country === 'US' && b.kind !== 'federal');

/** How many US states and territories the history gives each status on a day. */
function countsOn(date: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of US) {
    const status = statusOn(b.code, date)!;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

const legendCount = (el: Element, status: string) => {
  const item = shadow(el).querySelector(`.legend-item.status-${status}`);
  return item ? Number(/\((\d+)\)/.exec(item.textContent!)![1]) : 0;
};

const regionStatus = (el: Element, code: string) =>
  [...shadow(el).querySelector(`path.region[data-code="${code}"]`)!.classList].find((c) => c.startsWith('status-'));

describe('<kratom-law-map date>', () => {
  it('draws the statuses the history gives for that day, says so above the map, and the legend counts follow', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" date="2019-01-01"></kratom-law-map>`);
    const counts = countsOn('2019-01-01');
    expect(counts.banned).to.be.greaterThan(0);
    expect(counts.unknown).to.be.greaterThan(0);
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on January 1, 2019');
    expect($(el, '.summary').textContent).to.match(/^On January 1, 2019, across 56 jurisdictions: /);
    for (const status of ['banned', 'unknown', 'regulated', 'legal-unregulated']) {
      expect(legendCount(el, status), status).to.equal(counts[status] ?? 0);
    }
    // Alabama banned kratom in 2016; Texas's law came later, and its history does not say what held before.
    expect(regionStatus(el, 'US-AL')).to.equal('status-banned');
    expect(regionStatus(el, 'US-TX')).to.equal(`status-${statusOn('US-TX', '2019-01-01')}`);
    await expect(el).to.be.accessible();
  });

  it('shows unknown everywhere before the history begins: never a guess', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" date="2000-06-15"></kratom-law-map>`);
    expect(legendCount(el, 'unknown')).to.equal(56);
    expect(legendCount(el, 'banned')).to.equal(0);
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on June 15, 2000');
  });

  it('the table at a past date lists only name and status, under a dated caption', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="table" date="2019-01-01"></kratom-law-map>`);
    expect($(el, 'caption').textContent!.trim()).to.equal('Kratom law in 56 jurisdictions on January 1, 2019');
    expect([...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Jurisdiction', 'Status']);
    const alabama = [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Alabama'))!;
    expect(alabama.textContent).to.contain('Banned');
    await expect(el).to.be.accessible();
  });

  it('a date that is not a date warns once and shows the data as it is; so does removing the date', async () => {
    const warnings = captureWarnings();
    let el: KratomLawMap;
    try {
      el = await fixture<KratomLawMap>(html`<kratom-law-map date="last spring"></kratom-law-map>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((m) => m.includes('date="last spring"'))).to.have.length(1);
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    expect($(el, '.summary').textContent).to.match(/^As of July 15, 2026/);

    el.setAttribute('date', '2019-01-01');
    await el.updateComplete;
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on January 1, 2019');
    el.removeAttribute('date');
    await el.updateComplete;
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    expect(legendCount(el, 'banned')).to.equal(US.filter((b) => b.status === 'banned').length);
  });

  it('a date on or after the data’s own date shows the data as it is, under its own date', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map date="2026-10-01"></kratom-law-map>`);
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    expect($(el, '.summary').textContent).to.match(/^As of July 15, 2026/);
  });

  it('speaks French: the heading and the summary', async () => {
    await setLocale('fr');
    try {
      const el = await fixture<KratomLawMap>(html`<kratom-law-map date="2019-01-01"></kratom-law-map>`);
      expect($(el, '.on-date').textContent!.trim()).to.equal('Lois sur le kratom le 1er janvier 2019');
      expect($(el, '.summary').textContent).to.match(/^Le 1er janvier 2019, sur 56 administrations\u202f: /);
    } finally {
      await setLocale('en');
    }
  });
});

describe('<kratom-law-map timeline>', () => {
  const slider = (el: Element) => $(el, 'input[type="range"]') as HTMLInputElement;
  const live = (el: Element) => $(el, '.live').textContent!.trim();

  it('has a labelled year slider from the first dated year to the data’s year, at the latest data', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" timeline></kratom-law-map>`);
    const input = slider(el);
    expect(input.labels![0].textContent!.trim()).to.equal('Year');
    expect([input.min, input.max, input.value]).to.deep.equal(['2012', '2026', '2026']);
    expect(input.getAttribute('aria-valuetext')).to.equal('2026, the latest data');
    expect(visibleText(el)).to.contain('2012');
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('arrow keys move a year at a time; the heading, legend and live region follow', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" timeline></kratom-law-map>`);
    slider(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(slider(el).value).to.equal('2025');
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on January 1, 2025');
    expect(legendCount(el, 'unknown')).to.equal(countsOn('2025-01-01').unknown ?? 0);
    expect(live(el)).to.match(/^January 1, 2025: \d+ changes?: /);

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(slider(el).value).to.equal('2012');
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on January 1, 2012');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(slider(el).value).to.equal('2013');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(slider(el).value).to.equal('2026');
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    expect(live(el)).to.match(/^July 15, 2026: /);
    await expect(el).to.be.accessible();
  });

  it('Play steps through the years from the start, and Pause stops it', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" timeline></kratom-law-map>`);
    const play = $(el, '.play');
    expect(play.textContent!.trim()).to.equal('Play the years');
    play.click();
    await el.updateComplete;
    // The button says what it will do next (no pressed state on top of a changing name).
    expect(play.hasAttribute('aria-pressed')).to.equal(false);
    expect(play.textContent!.trim()).to.equal('Pause');
    expect(slider(el).value).to.equal('2012');
    await waitUntil(() => slider(el).value === '2013', 'Play never stepped to the next year', { timeout: 4000 });
    play.click();
    await el.updateComplete;
    expect(play.textContent!.trim()).to.equal('Play the years');
    const stopped = slider(el).value;
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(slider(el).value).to.equal(stopped);
    await expect(el).to.be.accessible();
  });
});

describe('<kratom-law-map date> when the history cannot load', () => {
  it('says so with Try again, shows today’s data meanwhile, and draws the date once it loads', async () => {
    const { historyData } = await import('../src/data/lazy-data.js');
    const load = historyData.load;
    historyData.load = () => Promise.reject(new Error('offline'));
    const warnings = captureWarnings();
    let el: KratomLawMap;
    try {
      el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" date="2019-01-01" timeline></kratom-law-map>`);
    } finally {
      historyData.load = load;
      warnings.restore();
    }
    const notice = $(el, '.timeline-failed');
    expect(notice.textContent).to.contain('The history could not be loaded.');
    expect(shadow(el).querySelector('.on-date')).to.equal(null);
    expect($(el, '.summary').textContent).to.match(/^As of July 15, 2026/);
    await expect(el).to.be.accessible();

    (notice.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.timeline-failed')).to.equal(null);
    expect($(el, '.on-date').textContent!.trim()).to.equal('Kratom law on January 1, 2019');
    expect((shadow(el).querySelector('input[type="range"]') as HTMLInputElement).value).to.equal('2019');
  });
});
