// A reader who opens one place, or a shop that checks one destination,
// downloads that place's record alone (src/generated/records/), never the
// file with all 71 (data/jurisdictions.ts, 114 kB gzip).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { jurisdictionsData } from '../src/data/lazy-data.js';
import { loadJurisdiction } from '../src/data/briefs.js';
import type { KratomLawMap, KratomShippingNotice } from '../src/index.js';
import { shadow, visibleText } from './helpers/dom.js';

/** The record files this page has requested so far, by code. */
const recordsFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/generated\/records\/([\w-]+)\.json/.exec(entry.name)?.[1])
    .filter((code): code is string => !!code);
const wholeFileFetched = () => performance.getEntriesByType('resource').some((entry) => /\/data\/jurisdictions\.json/.test(entry.name));

describe('per-place records', () => {
  it('the shipping notice loads its destination only', async () => {
    const el = await fixture<KratomShippingNotice>(html`<kratom-shipping-notice destination="US-MS"></kratom-shipping-notice>`);
    await waitUntil(() => el.answer, 'no answer');
    expect(el.answer!.verdict).to.equal('conditions');
    expect(visibleText(el)).to.contain('Mississippi');
    expect(recordsFetched()).to.deep.equal(['US-MS']);
    expect(wholeFileFetched(), 'the file with every record').to.equal(false);
    expect(jurisdictionsData.value).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('the map fetches the place a reader opens, once, and the panel shows it', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map"></kratom-law-map>`);
    await waitUntil(() => shadow(el).querySelector('.target[data-code="US-KY"]'), 'no map');
    shadow(el).querySelector<HTMLElement>('.target[data-code="US-KY"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => shadow(el).querySelector('.panel-title')?.textContent === 'Kentucky', 'no panel');
    expect(visibleText(el)).to.contain('HB 293');
    el.selected = '';
    await el.updateComplete;
    el.selected = 'US-KY';
    await waitUntil(() => shadow(el).querySelector('.panel-title')?.textContent === 'Kentucky', 'no panel the second time');
    expect(recordsFetched().filter((c) => c === 'US-KY')).to.have.length(1);
    expect(wholeFileFetched()).to.equal(false);
  });

  it('gives the same record as the whole list, frozen, and the same object once the list is in', async () => {
    const alone = (await loadJurisdiction('CA-QC'))!;
    expect(Object.isFrozen(alone) && Object.isFrozen(alone.sources)).to.equal(true);
    const { jurisdiction } = await jurisdictionsData.load();
    expect(alone).to.deep.equal(jurisdiction('CA-QC'));
    expect(await loadJurisdiction('CA-QC')).to.equal(jurisdiction('CA-QC'));
    expect(await loadJurisdiction('XX-YY')).to.equal(undefined);
  });
});
