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

const schemas = { common, jurisdictions: jurisdictionsSchema, groups: groupsSchema, faq: faqSchema };
const files = () => structuredClone({ jurisdictions, groups, faq });

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

  describe('the checker catches broken data', () => {
    const errorsFor = (mutate: (f: ReturnType<typeof files>) => void) => {
      const f = files();
      mutate(f);
      return checkDataset(f, schemas).errors.join('\n');
    };

    it('a missing translation', () => {
      expect(errorsFor((f) => delete (f.jurisdictions.jurisdictions[3].summary as Partial<Record<string, string>>).fr)).to.contain('/jurisdictions/3/summary');
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
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[1].status = 'legal'))).to.contain('/jurisdictions/1/status');
      expect(errorsFor((f) => (f.jurisdictions.jurisdictions[1].sources = []))).to.contain('/jurisdictions/1/sources');
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
