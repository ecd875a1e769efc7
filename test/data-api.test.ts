import { expect } from '@open-wc/testing';
import {
  asOf,
  brief,
  briefs,
  dataVersion,
  faq,
  group,
  groupIds,
  groups,
  isSaleAllowed,
  jurisdiction,
  jurisdictions,
  localize,
  normalizeCode,
  STATUSES,
  statusInfo,
} from '../src/data/index.js';

describe('kratom-widgets/data', () => {
  it('exposes the dataset date and version', () => {
    expect(asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(dataVersion().version).to.match(/^\d+\.\d+\.\d+$/);
    expect(dataVersion().asOf).to.equal(asOf);
  });

  describe('jurisdictions()', () => {
    it('lists all 71, and filters by country and status', () => {
      expect(jurisdictions()).to.have.length(71);
      expect(jurisdictions({ country: 'ca' })).to.have.length(14);
      expect(jurisdictions({ country: 'US' })).to.have.length(57);
      const banned = jurisdictions({ status: 'banned' });
      expect(banned.length).to.be.greaterThan(0);
      expect(banned.every((j) => j.status === 'banned')).to.equal(true);
      expect(banned.map((j) => j.code)).to.include('US-AL');
    });

    it('ignores filters it does not understand', () => {
      expect(jurisdictions({ country: 'mx' })).to.have.length(71);
      expect(jurisdictions({ status: 42 })).to.have.length(71);
    });
  });

  describe('jurisdiction(code)', () => {
    it('accepts the documented forms, case-insensitively', () => {
      expect(jurisdiction('US-TX')?.name.en).to.equal('Texas');
      expect(jurisdiction('us-tx')?.code).to.equal('US-TX');
      expect(jurisdiction(' us_tx ')?.code).to.equal('US-TX');
      expect(jurisdiction('TX', 'US')?.code).to.equal('US-TX');
      expect(jurisdiction('on', 'ca')?.name.fr).to.equal('Ontario');
      expect(jurisdiction('QC', 'CA')?.name.fr).to.equal('Québec');
      expect(jurisdiction('US')?.kind).to.equal('federal');
      expect(jurisdiction('ca')?.kind).to.equal('federal');
    });

    it('gives undefined for bad input, never an exception', () => {
      for (const bad of ['XX-ZZ', 'US-ZZ', 'TX', 'Texas', '', '   ', null, undefined, 42, {}, [], 'US-TX-1']) {
        expect(() => jurisdiction(bad), String(bad)).not.to.throw();
        expect(jurisdiction(bad), String(bad)).to.equal(undefined);
      }
      expect(jurisdiction('TX', 'MX')).to.equal(undefined);
      expect(normalizeCode(7, 'US')).to.equal(undefined);
    });

    it('keeps uncertainty visible: low confidence and conflicts stay stated', () => {
      const dc = jurisdiction('US-DC')!;
      expect(dc.conflict?.en).to.be.a('string');
      // Tennessee's reported ban has no official source: the row says so and keeps the ban pending.
      const tn = jurisdiction('US-TN')!;
      expect(tn.confidence.level).to.equal('low');
      expect(tn.pending?.what.en).to.contain('ban');
      const guam = jurisdiction('US-GU')!;
      expect(guam.status).to.equal('unknown');
      expect(guam.confidence.level).to.equal('low');
    });
  });

  describe('briefs()', () => {
    it('agree with the full record of every jurisdiction', () => {
      const all = jurisdictions();
      expect(briefs()).to.have.length(all.length);
      for (const j of all) {
        const b = brief(j.code)!;
        expect({ code: b.code, country: b.country, kind: b.kind, name: b.name, status: b.status, minimumAge: b.minimumAge }, j.code).to.deep.equal({
          code: j.code,
          country: j.country,
          kind: j.kind,
          name: { en: j.name.en, fr: j.name.fr, es: j.name.es },
          status: j.status,
          minimumAge: j.minimumAge,
        });
        expect(b.localRules, j.code).to.equal(j.localRules.filter((r) => r.kind !== 'advisory').length);
        expect(b.pending, j.code).to.equal(j.pending !== null);
        expect(b.confidence, j.code).to.equal(j.confidence.level);
        expect(b.checkedThrough, j.code).to.equal(j.checkedThrough);
      }
    });
  });

  describe('status metadata', () => {
    it('describes all seven statuses in every locale, with a theme token', () => {
      expect(STATUSES.map((s) => s.status)).to.have.members([
        'banned', 'sale-prohibited', 'regulated', 'age-limit-only', 'restricted-7oh', 'legal-unregulated', 'unknown',
      ]);
      for (const s of STATUSES) {
        expect(s.token).to.equal(`--kratom-status-${s.status}`);
        for (const l of ['en', 'fr', 'es'] as const) {
          expect(s.label[l].length).to.be.greaterThan(2);
          expect(s.description[l].length).to.be.greaterThan(20);
        }
      }
      expect(statusInfo('banned')?.adultSale).to.equal('unlawful');
      expect(statusInfo('regulated')?.label.fr).to.equal('Réglementé');
      expect(statusInfo('nope')).to.equal(undefined);
    });

    it('localize() picks a locale and falls back to English', () => {
      const text = { en: 'Banned', fr: 'Interdit', es: 'Prohibido' };
      expect(localize(text, 'fr')).to.equal('Interdit');
      expect(localize(text, 'de')).to.equal('Banned');
    });
  });

  describe('groups() and group(id)', () => {
    it('filters by country and kind', () => {
      const all = groups();
      expect(all.length).to.be.greaterThan(5);
      expect(groups({ country: 'all' })).to.have.length(all.length);
      const ca = groups({ country: 'ca' });
      expect(ca.length).to.be.greaterThan(0);
      expect(ca.every((g) => g.country === 'CA')).to.equal(true);
      const trade = groups({ kind: 'trade-association' });
      expect(trade.every((g) => g.kind === 'trade-association')).to.equal(true);
      expect(groups({ country: 'us', kind: 'consumer-advocacy' }).map((g) => g.id)).to.include('aka');
      expect(groups({ country: 'fr' })).to.have.length(0);
    });

    it('finds a group by id, case-insensitively, and gives undefined otherwise', () => {
      expect(group('AKA')?.name).to.equal('American Kratom Association');
      expect(group('nope')).to.equal(undefined);
      expect(group(null)).to.equal(undefined);
      expect(group(3)).to.equal(undefined);
      expect(groupIds()).to.include('gkc');
    });
  });

  describe('faq()', () => {
    it('filters by topic and ids', () => {
      expect(faq().length).to.be.at.least(16);
      const law = faq({ topic: 'law' });
      expect(law.length).to.be.greaterThan(0);
      expect(law.every((e) => e.topic === 'law')).to.equal(true);
      expect(faq({ topic: ['law', 'safety'] }).length).to.equal(law.length + faq({ topic: 'safety' }).length);
      const first = faq()[0];
      expect(faq({ ids: [first.id] })).to.deep.equal([first]);
      expect(faq({ topic: 'nope' })).to.have.length(0);
      expect(faq({ topic: 5 })).to.have.length(faq().length);
    });
  });

  describe('isSaleAllowed(code)', () => {
    it('says prohibited where kratom is banned or its sale is prohibited, with sources', () => {
      const al = isSaleAllowed('US-AL');
      expect(al.verdict).to.equal('prohibited');
      expect(al.sources.length).to.be.greaterThan(0);
      expect(al.reason.en).to.contain('controlled');
      expect(isSaleAllowed('CA-ON').verdict).to.equal('prohibited');
    });

    it('lists the conditions where sale is regulated', () => {
      const fl = isSaleAllowed('us-fl');
      expect(fl.verdict).to.equal('conditions');
      expect(fl.conditions).to.deep.include({ kind: 'minimum-age', age: 21 });
      expect(fl.conditions.some((c) => c.kind === 'law')).to.equal(true);
    });

    it('turns local bans in an otherwise open state into conditions, and says so', () => {
      const withLocalBans = jurisdictions().filter(
        (j) => j.status === 'legal-unregulated' && j.localRules.some((r) => r.kind === 'ban'),
      );
      expect(withLocalBans.length).to.be.greaterThan(0);
      for (const j of withLocalBans) {
        const answer = isSaleAllowed(j.code);
        expect(answer.verdict, j.code).to.equal('conditions');
        const local = answer.conditions.find((c) => c.kind === 'local-rules');
        expect(local, j.code).to.not.equal(undefined);
      }
    });

    it('flags low-confidence rows as uncertain', () => {
      const ks = isSaleAllowed('US-KS');
      expect(ks.conditions.some((c) => c.kind === 'uncertain')).to.equal(true);
    });

    it('answers unknown for unknown or malformed codes, never throwing', () => {
      for (const bad of ['ZZ', '', null, undefined, 12, 'US-XX']) {
        const answer = isSaleAllowed(bad);
        expect(answer.verdict, String(bad)).to.equal('unknown');
        expect(answer.reason.en).to.contain('US-TX');
      }
      expect(isSaleAllowed('US-GU').verdict).to.equal('unknown');
    });

    it('gives every one of the 71 jurisdictions a verdict with a reason', () => {
      for (const j of jurisdictions()) {
        const answer = isSaleAllowed(j.code);
        expect(['allowed', 'conditions', 'prohibited', 'unknown']).to.include(answer.verdict);
        expect(answer.reason.es.length).to.be.greaterThan(10);
        expect(answer.asOf).to.equal(asOf);
      }
    });
  });
});
