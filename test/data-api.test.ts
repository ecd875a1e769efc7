import { expect } from '@open-wc/testing';
import {
  asOf,
  brief,
  briefs,
  dataSourceState,
  dataVersion,
  EVENT_TYPES,
  events,
  FAQ_TOPICS,
  faq,
  group,
  GROUP_KINDS,
  groupIds,
  groups,
  isSaleAllowed,
  jurisdiction,
  jurisdictions,
  loadJurisdiction,
  localize,
  normalizeCode,
  pendingChanges,
  setDataSource,
  STATUS_ORDER,
  STATUSES,
  statusInfo,
} from '../src/data/index.js';
import { pageState } from '../src/shared/page-state.js';

/** The objects and arrays reachable from a value that are not frozen, by path (at most a few). */
function unfrozen(value: unknown, path = '', seen = new Set<object>(), out: string[] = []): string[] {
  if (!value || typeof value !== 'object' || seen.has(value) || out.length >= 5) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path || '(top)');
  for (const [key, child] of Object.entries(value)) unfrozen(child, `${path}/${key}`, seen, out);
  return out;
}

/** Runs a write that must fail: module code is strict, so a frozen target throws a TypeError. */
const rejects = (write: () => unknown) => expect(write).to.throw(TypeError);

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

  describe('frozen data', () => {
    it('throws a TypeError on a write to a record, and later calls answer as before', () => {
      const tx = jurisdiction('US-TX')!;
      const status = tx.status;
      expect(status).not.to.equal('banned');
      // @ts-expect-error: the record is readonly.
      rejects(() => (tx.status = 'banned'));
      rejects(() => Object.assign(tx, { extra: 1 }));
      expect(jurisdiction('US-TX')!.status).to.equal(status);
      expect(jurisdiction('us-tx')).to.equal(tx);
      expect('extra' in jurisdiction('US-TX')!).to.equal(false);
      expect(isSaleAllowed('US-TX').jurisdiction!.status).to.equal(status);
    });

    it('throws on a write to a nested object or array: sources, name.en, events, local rules', () => {
      const tx = jurisdiction('US-TX')!;
      const [url, name, sourceCount, eventCount] = [tx.sources[0].url, tx.name.en, tx.sources.length, tx.events.length];
      // @ts-expect-error: nested objects are readonly too.
      rejects(() => (tx.sources[0].url = 'https://example.org/'));
      // @ts-expect-error: so is localized text.
      rejects(() => (tx.name.en = 'Tejas'));
      // @ts-expect-error: and the record's arrays.
      rejects(() => tx.sources.push(tx.sources[0]));
      // @ts-expect-error: index writes included.
      rejects(() => (tx.events[0] = tx.events[1]));
      // @ts-expect-error: arrays cannot be sorted in place.
      rejects(() => tx.events.reverse());
      // @ts-expect-error: confidence is readonly.
      rejects(() => (tx.confidence.level = 'high'));
      expect(jurisdiction('US-TX')!.sources[0].url).to.equal(url);
      expect(jurisdiction('US-TX')!.name.en).to.equal(name);
      expect(localize(jurisdiction('US-TX')!.name)).to.equal('Texas');
      expect(jurisdiction('US-TX')!.sources).to.have.length(sourceCount);
      expect(jurisdiction('US-TX')!.events).to.have.length(eventCount);
    });

    it('hands out frozen lists: a push, sort or index write throws, and the next call is whole', () => {
      const lists = {
        jurisdictions: jurisdictions(),
        filtered: jurisdictions({ country: 'ca' }),
        groups: groups(),
        groupIds: groupIds(),
        faq: faq({ topic: 'law' }),
        events: events({ country: 'us' })!,
        pendingChanges: pendingChanges(),
        briefs: briefs(),
        STATUSES,
        STATUS_ORDER,
        EVENT_TYPES,
        GROUP_KINDS,
        FAQ_TOPICS,
      };
      for (const [name, list] of Object.entries(lists)) {
        expect(list.length, name).to.be.greaterThan(1);
        // @ts-expect-error: the lists are readonly.
        rejects(() => list.push(list[0]));
        // @ts-expect-error: sort in place, the mistake an element could make.
        rejects(() => list.sort());
        // @ts-expect-error: index writes.
        rejects(() => (list[0] = list[1]));
        expect([...list].sort(), `${name}: a copy sorts`).to.have.length(list.length);
      }
      expect(jurisdictions()).to.have.length(71);
      expect(jurisdictions()[0].code).to.equal('US');
      expect(briefs()[0].code).to.equal('US');
      expect(STATUS_ORDER[0]).to.equal('banned');
    });

    it('freezes everything reachable from every function, once per dataset', () => {
      expect(unfrozen(jurisdictions())).to.deep.equal([]);
      expect(unfrozen(groups())).to.deep.equal([]);
      expect(unfrozen(faq())).to.deep.equal([]);
      expect(unfrozen(events())).to.deep.equal([]);
      expect(unfrozen(pendingChanges())).to.deep.equal([]);
      expect(unfrozen(briefs())).to.deep.equal([]);
      expect(unfrozen(STATUSES)).to.deep.equal([]);
      for (const j of jurisdictions()) expect(unfrozen(isSaleAllowed(j.code)), j.code).to.deep.equal([]);
      expect(unfrozen(isSaleAllowed('nowhere'))).to.deep.equal([]);
      expect(unfrozen(group('aka'))).to.deep.equal([]);
      expect(unfrozen(statusInfo('banned'))).to.deep.equal([]);
      // The shared objects are handed out, not copies: calls stay cheap.
      expect(jurisdiction('US-AL')).to.equal(jurisdictions()[1]);
      expect(events({ jurisdiction: 'US-TN' })![0]).to.equal(events({ jurisdiction: 'US-TN' })![0]);
      // @ts-expect-error: a resolved event is readonly too.
      rejects(() => (events({ jurisdiction: 'US-TN' })![0].title.en = 'x'));
      const answer = isSaleAllowed('US-FL');
      // @ts-expect-error: so is a sale answer.
      rejects(() => (answer.verdict = 'allowed'));
      // @ts-expect-error: and its conditions.
      rejects(() => answer.conditions.push({ kind: 'minimum-age', age: 1 }));
      // @ts-expect-error: a status's label, which the elements show.
      rejects(() => (statusInfo('banned')!.label.en = 'Fine'));
      expect(statusInfo('banned')!.label.en).to.equal('Banned');
    });

    it('freezes once per dataset: a call walks nothing again', () => {
      events();
      const freeze = Object.freeze;
      let calls = 0;
      const count = (run: () => unknown) => {
        calls = 0;
        Object.freeze = ((value: object) => (calls++, freeze(value))) as typeof Object.freeze;
        try {
          run();
        } finally {
          Object.freeze = freeze;
        }
        return calls;
      };
      expect(count(() => jurisdiction('US-TX'))).to.equal(0);
      expect(count(() => briefs())).to.equal(0);
      expect(count(() => jurisdictions())).to.equal(1);
      // Its own list and the list of records it reads (jurisdictions()).
      expect(count(() => events())).to.equal(2);
      // The answer, its list of conditions, each condition and a local-rules list; never the records they quote.
      const { conditions } = isSaleAllowed('US-FL');
      expect(count(() => isSaleAllowed('US-FL'))).to.equal(2 + conditions.length + conditions.filter((c) => c.kind === 'local-rules').length);
    });

    it('freezes a full record loaded on demand', async () => {
      const me = (await loadJurisdiction('US-ME'))!;
      expect(unfrozen(me)).to.deep.equal([]);
      // @ts-expect-error: readonly.
      rejects(() => (me.status = 'banned'));
      // @ts-expect-error: readonly, nested.
      rejects(() => (me.summary.fr = ''));
      expect((await loadJurisdiction('US-ME'))!.status).to.equal('legal-unregulated');
      expect((await loadJurisdiction('US-ME'))!.summary.fr.length).to.be.greaterThan(10);
    });
  });

  // Last: the page then answers from the site's file until the state is cleared.
  describe('frozen data from a site-configured dataset (setDataSource)', () => {
    after(() => {
      pageState().data = undefined;
    });

    it('is frozen when it is adopted: records, nested objects, lists and briefs', async () => {
      const result = await setDataSource('/test-data/good/frozen');
      expect(result.ok).to.equal(true);
      expect(dataVersion().origin).to.equal('configured');
      const me = jurisdiction('US-ME')!;
      expect(me.status).to.equal('sale-prohibited');
      expect(me).to.equal(dataSourceState()!.dataset!.jurisdictions.find((j) => j.code === 'US-ME'));
      expect(unfrozen(dataSourceState()!.dataset)).to.deep.equal([]);
      expect(unfrozen(dataSourceState()!.briefs)).to.deep.equal([]);
      expect(unfrozen(events())).to.deep.equal([]);
      // @ts-expect-error: readonly.
      rejects(() => (me.status = 'banned'));
      // @ts-expect-error: readonly, nested.
      rejects(() => (me.sources[0].url = 'https://example.org/'));
      // @ts-expect-error: readonly, nested.
      rejects(() => (me.name.en = 'Vacationland'));
      // @ts-expect-error: a returned list.
      rejects(() => jurisdictions().push(me));
      // @ts-expect-error: the briefs.
      rejects(() => (brief('US-ME')!.status = 'banned'));
      // @ts-expect-error: the groups and FAQ of the site's file.
      rejects(() => (groups()[0].name = 'x'));
      // @ts-expect-error: readonly.
      rejects(() => (faq()[0].answer.en = 'x'));
      expect(jurisdiction('US-ME')!.status).to.equal('sale-prohibited');
      expect(jurisdiction('US-ME')!.name.en).to.equal('Maine');
      expect(brief('US-ME')!.status).to.equal('sale-prohibited');
      expect(jurisdictions()).to.have.length(71);
    });

    it('and a full record loaded on demand comes from it, frozen', async () => {
      expect(dataVersion().origin).to.equal('configured');
      const me = (await loadJurisdiction('US-ME'))!;
      expect(me.status).to.equal('sale-prohibited');
      // @ts-expect-error: readonly.
      rejects(() => (me.pending = null));
      expect(unfrozen(me)).to.deep.equal([]);
    });
  });
});
