// The dataset files against their JSON Schemas and the consistency rules
// (scripts/dataset-rules.js, also used by `npm run data:check`).
import { expect } from '@open-wc/testing';
import { checkDataset, EXPECTED_CODES } from '../scripts/dataset-rules.js';
import jurisdictions from '../src/data/jurisdictions.json';
import groups from '../src/data/groups.json';
import faq from '../src/data/faq.json';
import common from '../src/data/schema/common.schema.json';
import jurisdictionsSchema from '../src/data/schema/jurisdictions.schema.json';
import groupsSchema from '../src/data/schema/groups.schema.json';
import faqSchema from '../src/data/schema/faq.schema.json';
import type { FaqFile, GroupsFile, JurisdictionsFile, Status } from '../src/data/types.js';

const schemas = { common, jurisdictions: jurisdictionsSchema, groups: groupsSchema, faq: faqSchema };
/** The types with readonly taken off: a structured clone is the test's own, to break. */
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Files = Mutable<{ jurisdictions: JurisdictionsFile; groups: GroupsFile; faq: FaqFile }>;
const files = () => structuredClone({ jurisdictions, groups, faq }) as unknown as Files;

describe('dataset files', () => {
  it('are valid against their schemas and consistent', () => {
    const { errors, report } = checkDataset(files(), schemas, new Date('2026-11-22'));
    expect(errors).to.deep.equal([]);
    expect(report.jurisdictions).to.equal(71);
    expect(report.untranslated).to.deep.equal([]);
  });

  it('cover exactly the 71 jurisdictions, once each', () => {
    expect(EXPECTED_CODES).to.have.length(71);
    const codes = jurisdictions.jurisdictions.map((j) => j.code).sort();
    expect(codes).to.deep.equal([...EXPECTED_CODES].sort());
  });

  it('give every legal record a source, a review date and a confidence with its reason', () => {
    for (const j of jurisdictions.jurisdictions) {
      expect(j.sources.length, j.code).to.be.greaterThan(0);
      expect(j.checkedThrough, j.code).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(['high', 'medium', 'low'], j.code).to.include(j.confidence.level);
      expect(j.confidence.reason.fr.length, j.code).to.be.greaterThan(10);
    }
  });

  it('have at least 16 FAQ entries covering the four topics', () => {
    expect(faq.faq.length).to.be.at.least(16);
    expect(new Set(faq.faq.map((e) => e.topic))).to.deep.equal(new Set(['advocacy', 'basics', 'safety', 'law']));
  });

  it('keep the organisations of the source documents, with their verification state', () => {
    const state = (id: string) => groups.groups.find((g) => g.id === id)?.verification.state;
    expect(state('aka')).to.equal('verified');
    expect(state('kta')).to.equal('inactive');
    expect(state('bea')).to.equal('inactive');
    expect(state('cka')).to.equal('unverified');
    expect(state('nhprs')).to.equal('unverified');
    expect(state('gkc')).to.equal('verified');
    expect(state('bae')).to.equal('verified');
  });

  it('tell each organisation’s state in one plain sentence, with a one-line tagline for compact cards', () => {
    // "EE. UU." is one abbreviation, not two sentences.
    const sentences = (text: string) => (text.replace(/EE\. UU\./g, 'EEUU').match(/[.!?](\s|$)/g) ?? []).length;
    for (const g of groups.groups) {
      for (const locale of ['en', 'fr', 'es'] as const) {
        expect(sentences(g.verification.note[locale]), `${g.id} ${locale}`).to.equal(1);
        expect(sentences(g.tagline[locale]), `${g.id} ${locale}`).to.be.at.most(1);
        expect(g.tagline[locale].length, `${g.id} ${locale}`).to.be.at.most(locale === 'en' ? 120 : 170);
      }
    }
  });

  describe('the checker catches broken data', () => {
    const errorsFor = (mutate: (f: ReturnType<typeof files>) => void) => {
      const f = files();
      mutate(f);
      return checkDataset(f, schemas).errors.join('\n');
    };

    it('a missing translation', () => {
      expect(errorsFor((f) => delete (f.jurisdictions.jurisdictions[3].summary as unknown as Partial<Record<string, string>>).fr)).to.contain('/jurisdictions/3/summary');
    });
    it('a non-https or javascript: URL', () => {
      expect(errorsFor((f) => (f.groups.groups[0].sources[0].url = 'http://example.org/'))).to.contain('/groups/0/sources/0/url');
      expect(errorsFor((f) => (f.faq.faq[0].sources[0].url = 'javascript:alert(1)'))).to.contain('/faq/0/sources/0/url');
    });
    it('a duplicate or missing jurisdiction', () => {
      const text = errorsFor((f) => (f.jurisdictions.jurisdictions[5].code = 'US-AL'));
      expect(text).to.contain('US-AL appears twice');
      expect(text).to.contain('is missing');
    });
    it('a date that is not ISO 8601 or not real', () => {
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[0].checkedThrough = '07/01/2026'))).to.contain('/jurisdictions/0/checkedThrough');
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[0].checkedThrough = '2026-02-30'))).to.contain('not a real date');
    });
    it('an unknown status or a missing source list', () => {
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[1].status = 'legal' as Status))).to.contain('/jurisdictions/1/status');
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[1].sources = []))).to.contain('/jurisdictions/1/sources');
    });
    // The rules of scripts/source-rules.js, each broken once on a real record.
    const record = (f: ReturnType<typeof files>, code: string) => f.jurisdictions.jurisdictions.find((j) => j.code === code)!;
    const withPrimary = (f: ReturnType<typeof files>) => f.jurisdictions.jurisdictions.find((j) => j.confidence.level === 'high')!;
    it('a bare home page without homepage: true, and homepage: true on a deep link', () => {
      expect(errorsFor((f) => (withPrimary(f).sources[0].url = 'https://example.org/'))).to.contain('is a bare home page without homepage: true');
      expect(errorsFor((f) => ((withPrimary(f).sources[0] as { homepage?: true }).homepage = true))).to.contain('which is not a home page');
    });
    it('a publisher that carries a descriptor, and a source listed twice', () => {
      expect(errorsFor((f) => (withPrimary(f).sources[0].publisher = 'Some Shop (vendor blog)'))).to.contain('carries a descriptor');
      expect(errorsFor((f) => withPrimary(f).sources.push(structuredClone(withPrimary(f).sources[0])))).to.contain('is listed twice');
    });
    it('high confidence without a primary source; medium on industry, advocacy or dataset sources alone', () => {
      expect(errorsFor((f) => withPrimary(f).sources.forEach((s) => (s.kind = 'news')))).to.contain('high confidence needs a primary source');
      const text = errorsFor((f) => {
        const r = withPrimary(f);
        r.confidence.level = 'medium';
        r.sources.forEach((s, i) => (s.kind = i % 2 ? 'industry' : 'advocacy'));
      });
      expect(text).to.contain('so it must be low');
    });
    it('a fact resting on the third-party dataset alone', () => {
      const text = errorsFor((f) => {
        const r = withPrimary(f);
        r.confidence.level = 'low';
        r.sources.forEach((s) => (s.kind = 'dataset'));
      });
      expect(text).to.contain('a third-party dataset never supports a fact alone');
    });
    it('a pending date already past on the day the row was checked', () => {
      const text = errorsFor((f) => {
        const r = f.jurisdictions.jurisdictions.find((j) => j.pending)!;
        r.pending!.date = '2020-01-01';
      });
      expect(text).to.contain('has passed');
    });
    it('events out of order, a latestChange that is not the newest legal event, a status the history contradicts', () => {
      const withEvents = (f: ReturnType<typeof files>) => f.jurisdictions.jurisdictions.find((j) => j.events.length >= 2 && j.events.some((e) => e.status))!;
      expect(errorsFor((f) => withEvents(f).events.reverse())).to.contain('keep events oldest first');
      expect(errorsFor((f) => (withEvents(f).latestChange = '1999-01-01'))).to.contain('but the newest legal event');
      expect(errorsFor((f) => {
        const r = withEvents(f);
        r.status = r.status === 'banned' ? 'regulated' : 'banned';
      })).to.contain('the newest event with a status says');
      expect(errorsFor((f) => (withEvents(f).events[0].sources = ['https://example.org/not-listed']))).to.contain("is not one of the record's sources");
    });
    it('asOf that is not the oldest checkedThrough', () => {
      expect(errorsFor((f) => (f.jurisdictions.asOf = '2026-12-31'))).to.contain('but the oldest checkedThrough is');
      expect(errorsFor((f) => (record(f, 'US-AL').checkedThrough = '2020-01-01'))).to.contain('but the oldest checkedThrough is 2020-01-01');
    });
    it('English left in French or Spanish, reviewers’ phrasing, and French typography', () => {
      expect(errorsFor((f) => (record(f, 'US-MS').summary.fr = 'Le kratom est réglementé in Noxubee counties.'))).to.contain('English left in: counties');
      expect(errorsFor((f) => (record(f, 'US-TX').summary.es = 'El kratom está regulado; excise tax and product registration.'))).to.contain('English left in: excise, tax, and, product, registration');
      expect(errorsFor((f) => (record(f, 'US-AK').summary.en = 'Two secondary trackers agree; the third-party dataset was used only as a lead.'))).to.contain('reviewers’ phrasing'.replace('’', "'"));
      expect(errorsFor((f) => (record(f, 'US-AK').summary.fr = 'Le kratom n\'est pas interdit.'))).to.contain('straight apostrophe');
      expect(errorsFor((f) => (record(f, 'US-AK').summary.fr = 'Statut : légal.'))).to.contain('a plain or wide space before');
      expect(errorsFor((f) => (record(f, 'US-AK').summary.fr = 'Statut: légal.'))).to.contain('no narrow no-break space before :');
      expect(errorsFor((f) => (record(f, 'US-AK').summary.fr = 'La loi dite «\u202f\u202fCJ’s Law\u202f» a échoué.'))).to.contain('doubled');
    });
    it('reviewers’ notes may say anything: no element shows them', () => {
      expect(errorsFor((f) => (record(f, 'US-AK').notes = 'Two secondary trackers agree; the dataset was used only as a lead.'))).to.equal('');
    });
    it('an inactive group without the date it went quiet', () => {
      const text = errorsFor((f) => {
        const kta = f.groups.groups.find((g) => g.id === 'kta')!;
        delete (kta.verification as { since?: string }).since;
      });
      expect(text).to.contain('verification');
    });
  });
});
