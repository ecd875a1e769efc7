// The elements write dates, lists and plurals from tables generated from
// Node's Intl (src/generated/intl-words.ts), and take the bundled places'
// name order from the build, so that a first paint builds no Intl object.
// Here the browser's own Intl checks every one of them.
import { expect } from '@open-wc/testing';
import { formatDate, intlLocale } from '../src/shared/format-date.js';
import { formatList, isOne } from '../src/shared/intl.js';
import { nameRanks } from '../src/shared/name-order.js';
import { BRIEFS } from '../src/generated/jurisdiction-briefs.js';
import { sortByName } from '../src/elements/advocacy-group-list/group-order.js';
import { groups } from '../src/data/groups.js';
import { localize } from '../src/data/localize.js';
import type { Locale } from '../src/shared/locale.js';

const LOCALES: Locale[] = ['en', 'fr', 'es'];
const pad = (n: number) => String(n).padStart(2, '0');

describe('Intl tables', () => {
  for (const locale of LOCALES) {
    const region = intlLocale(locale);

    it(`${locale}: every day of 2024 to 2027, every month and a year read as Intl.DateTimeFormat writes them`, () => {
      const dayFormat = new Intl.DateTimeFormat(region, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      const monthFormat = new Intl.DateTimeFormat(region, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      const mismatches: string[] = [];
      for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
        const date = new Date(t);
        const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
        let expected = dayFormat.format(date);
        // The one difference we make on purpose: « 1er juillet ».
        if (locale === 'fr' && date.getUTCDate() === 1) expected = expected.replace(/^1 /, '1er ');
        if (formatDate(iso, locale) !== expected) mismatches.push(`${iso}: ${formatDate(iso, locale)} ≠ ${expected}`);
        if (date.getUTCDate() === 1) {
          const month = iso.slice(0, 7);
          if (formatDate(month, locale) !== monthFormat.format(date)) mismatches.push(`${month}: ${formatDate(month, locale)} ≠ ${monthFormat.format(date)}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
      expect(formatDate('2017', locale)).to.equal(new Intl.DateTimeFormat(region, { year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2017, 5, 1))));
    });

    it(`${locale}: lists of one to six items read as Intl.ListFormat writes them`, () => {
      const list = new Intl.ListFormat(region, { type: 'conjunction' });
      // Words that begin with an "i" sound change the Spanish "y" to "e"; the others do not.
      const words = ['Texas', 'Idaho', 'illinois', 'Ítaca', 'hielo', 'hierro', 'Hidalgo', 'historia', 'Hawái', 'Yukon', '8 ban kratom', '11 prohíben', 'Iowa', 'hiato', 'HI', 'Île-du-Prince-Édouard', 'Internacional'];
      const mismatches: string[] = [];
      for (let n = 1; n <= 6; n++) {
        for (const last of words) {
          const items = [...words.slice(0, n - 1), last];
          if (formatList(items, locale) !== list.format(items)) mismatches.push(`${formatList(items, locale)} ≠ ${list.format(items)}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
      expect(formatList([], locale)).to.equal(list.format([]));
    });

    it(`${locale}: the singular is used where Intl.PluralRules says "one"`, () => {
      const rules = new Intl.PluralRules(region);
      const wrong = Array.from({ length: 2001 }, (_, n) => n).filter((n) => isOne(n, locale) !== (rules.select(n) === 'one'));
      expect(wrong).to.deep.equal([]);
    });

    it(`${locale}: the bundled places come in the order the browser's Collator sorts their names`, () => {
      const ranks = nameRanks(BRIEFS, locale);
      const ours = [...BRIEFS].sort((a, b) => ranks.get(a.code)! - ranks.get(b.code)!).map((b) => b.code);
      for (const options of [undefined, { sensitivity: 'base' } as const]) {
        const names = new Intl.Collator(region, options);
        const theirs = [...BRIEFS].sort((a, b) => names.compare(localize(a.name, locale), localize(b.name, locale))).map((b) => b.code);
        expect(ours).to.deep.equal(theirs);
      }
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: the bundled organisations come in the order the browser's Collator sorts them`, () => {
      const names = new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
      const theirs = [...groups()].sort((a, b) => names.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)).map((g) => g.id);
      expect(sortByName([...groups()].reverse(), locale).map((g) => g.id)).to.deep.equal(theirs);
    });
  }

  it("a site's own organisations are sorted by their own names", () => {
    const renamed = groups().map((g) => (g.id === 'aka' ? { ...g, name: 'Zz Kratom' } : g));
    expect(sortByName(renamed, 'en').at(-1)!.id).to.equal('aka');
  });

  it("a site's own dataset is sorted by its own names", () => {
    const renamed = BRIEFS.map((b) => (b.code === 'US-WY' ? { ...b, name: { en: 'Aaa', fr: 'Aaa', es: 'Aaa' } } : b));
    const ranks = nameRanks(renamed, 'en');
    expect(ranks.get('US-WY')).to.equal(0);
    expect(nameRanks(BRIEFS, 'en').get('US-WY')).to.not.equal(0);
  });
});
