// events() and statusOn(): the history behind the records (src/data/history.ts).
import { expect } from '@open-wc/testing';
import { dataVersion, events, EVENT_TYPES, jurisdiction, jurisdictions, statusOn } from '../src/data/index.js';

const total = jurisdictions().reduce((n, r) => n + r.events.length, 0);

describe('events()', () => {
  it('lists every event of every record, newest first, with its place and sources resolved', () => {
    const all = events()!;
    expect(all).to.have.length(total);
    expect(total).to.be.greaterThan(100);
    // Newest first, a partial date sorting as its first day.
    const day = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    for (let i = 1; i < all.length; i++) expect(day(all[i - 1].date) >= day(all[i].date), `${all[i - 1].date} before ${all[i].date}`).to.equal(true);
    for (const e of all) {
      expect(jurisdiction(e.code), e.code).to.not.equal(undefined);
      expect(e.sources.length, `${e.code} ${e.date}`).to.be.greaterThan(0);
      for (const s of e.sources) expect(s.url).to.match(/^https:\/\//);
    }
  });

  it('filters by place (one or several, any accepted form), country, kind, date and count', () => {
    const al = events({ jurisdiction: 'us-al' })!;
    expect(al.map((e) => [e.date, e.type])).to.deep.equal([
      ['2016-05-10', 'enacted'],
      ['2016-02-11', 'introduced'],
    ]);
    expect(al[0].status).to.equal('banned');
    expect(al[0].statusBefore).to.equal('unknown');
    expect(al[1].statusBefore).to.equal(undefined);
    const tn = events({ jurisdiction: 'US-TN', kinds: 'enacted' })!;
    expect([tn[0].statusBefore, tn[0].status]).to.deep.equal(['unknown', 'regulated']);
    expect(al[0].title.fr).to.be.a('string');
    const two = events({ jurisdiction: ['US-AL', 'US-TN'] })!;
    expect(new Set(two.map((e) => e.code))).to.deep.equal(new Set(['US-AL', 'US-TN']));
    expect(events({ jurisdiction: 'US-AL US-TN' })).to.deep.equal(two);
    expect(events({ country: 'ca' })!.every((e) => e.code.startsWith('CA'))).to.equal(true);
    const laws = events({ kinds: ['enacted', 'effective'] })!;
    expect(laws.length).to.be.greaterThan(0);
    expect(laws.every((e) => e.type === 'enacted' || e.type === 'effective')).to.equal(true);
    expect(events({ kinds: 'enacted effective' })).to.deep.equal(laws);
    const recent = events({ since: '2026-01-01' })!;
    expect(recent.length).to.be.greaterThan(0);
    expect(recent.every((e) => e.date >= '2026')).to.equal(true);
    expect(events({ limit: 3 })).to.deep.equal(events()!.slice(0, 3));
    expect(EVENT_TYPES).to.include.members(['enacted', 'effective', 'rule', 'ruling', 'repealed', 'introduced', 'failed']);
  });

  it('gives undefined for an unknown place, kind, date or count, never an exception', () => {
    for (const bad of [
      { jurisdiction: 'US-ZZ' },
      { jurisdiction: ['US-AL', 'nowhere'] },
      { jurisdiction: [] },
      { country: 'mx' },
      { kinds: ['passed'] },
      { kinds: 7 },
      { since: '2026-02-30' },
      { since: 'last year' },
      { limit: -1 },
      { limit: 'many' },
    ]) {
      expect(() => events(bad), JSON.stringify(bad)).not.to.throw();
      expect(events(bad), JSON.stringify(bad)).to.equal(undefined);
    }
    expect(events(null as never)).to.have.length(total);
  });
});

describe('statusOn()', () => {
  it('follows a record’s history: before, at and after the event that set its status', () => {
    expect(statusOn('US-AL', '2016-05-09')).to.equal('unknown');
    expect(statusOn('US-AL', '2016-05-10')).to.equal('banned');
    expect(statusOn('US-AL', '2020')).to.equal('banned');
    // Rhode Island's licensed sales began on April 1, 2026; the date of its earlier ban is not known.
    expect(statusOn('US-RI', '2026-04-01')).to.equal('regulated');
    expect(statusOn('US-RI', '2026-03-31')).to.equal('unknown');
  });

  it('counts an event dated by year or month only once that whole period has passed', () => {
    // Tennessee's 2018 law is dated by year alone.
    expect(statusOn('US-TN', '2018-06-01')).to.equal('unknown');
    expect(statusOn('US-TN', '2019-01-01')).to.equal('regulated');
  });

  it('gives the current status from the date a record was checked through, and unknown where history is missing', () => {
    for (const r of jurisdictions()) expect(statusOn(r.code, r.checkedThrough), r.code).to.equal(r.status);
    expect(statusOn('US-AK', '2026-12-01')).to.equal(jurisdiction('US-AK')!.status);
    expect(statusOn('US-AK', '2019-01-01')).to.equal('unknown');
    expect(statusOn('TX', '2024-01-01', 'us')).to.equal(statusOn('US-TX', '2024-01-01'));
    // A bare "CA" with a country is California, not Canada.
    expect(statusOn('CA', '2026-12-01', 'us')).to.equal(jurisdiction('US-CA')!.status);
    expect(statusOn('CA', '2026-12-01')).to.equal(jurisdiction('CA')!.status);
  });

  it('gives undefined for an unknown code or a date that is not real', () => {
    for (const [code, date] of [
      ['US-ZZ', '2020-01-01'],
      ['US-AL', '2020-13-01'],
      ['US-AL', '2021-02-29'],
      ['US-AL', 'yesterday'],
      [null, '2020'],
      ['US-AL', 20200101],
    ]) {
      expect(() => statusOn(code, date)).not.to.throw();
      expect(statusOn(code, date), `${code} ${date}`).to.equal(undefined);
    }
  });
});

describe('dataVersion()', () => {
  it('names the version and date of the data in use', () => {
    expect(dataVersion()).to.deep.equal({ version: '2.0.0', asOf: '2026-07-15', origin: 'bundled' });
  });
});
