// A French or Spanish reader meets no English: every jurisdiction in the
// lookup and the map's details panel, every organisation in the list and
// every FAQ answer, read as rendered. Proper names may stay English, and a
// source title may too when the element names its language next to it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/kratom-law-lookup/define.js';
import '../src/elements/kratom-law-map/define.js';
import '../src/elements/advocacy-group-list/define.js';
import '../src/elements/kratom-faq/define.js';
import '../src/elements/kratom-shipping-notice/define.js';
import '../src/elements/kratom-law-updates/define.js';
import type { KratomLawLookup } from '../src/elements/kratom-law-lookup/kratom-law-lookup.js';
import type { KratomLawMap } from '../src/elements/kratom-law-map/kratom-law-map.js';
import { setLocale } from '../src/shared/locale.js';
import { englishWordsIn } from '../scripts/source-rules.js';
import { namesKeptInEnglish } from '../scripts/dataset-rules.js';
import jurisdictions from '../src/data/jurisdictions.json';
import groups from '../src/data/groups.json';
import faq from '../src/data/faq.json';
import { shadow } from './helpers/dom.js';

const allowed = [
  ...namesKeptInEnglish({ jurisdictions, groups, faq }),
  // Publishers are proper names; source titles are skipped only where their language is shown.
  ...[jurisdictions.jurisdictions, groups.groups, faq.faq].flat().flatMap((x) => [
    ...x.sources.map((s) => s.publisher),
    ...('localRules' in x ? x.localRules.flatMap((l) => l.sources.map((s) => s.publisher)) : []),
  ]),
];

/** What a reader sees, less the titles of sources whose language is named beside them. */
function readerText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement) {
      if (node.hidden || node.localName === 'style') return;
      if (node.classList.contains('source-title') && node.nextElementSibling?.classList.contains('source-lang')) return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

for (const locale of ['fr', 'es'] as const) {
  describe(`a reader in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('en'));

    it('meets no English in the lookup, for any of the 71 places', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
      const found: string[] = [];
      for (const { code } of jurisdictions.jurisdictions) {
        el.jurisdiction = code;
        await el.updateComplete;
        await waitUntil(() => shadow(el).querySelector('[part="card"]'));
        for (const d of shadow(el).querySelectorAll('details')) d.open = true;
        const words = englishWordsIn(readerText(shadow(el)), allowed);
        if (words.length) found.push(`${code}: ${words.join(', ')}`);
      }
      expect(found).to.deep.equal([]);
    });

    it('meets no English in the shipping notice, for any of the 71 places', async () => {
      const found: string[] = [];
      for (const { code } of jurisdictions.jurisdictions) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<kratom-shipping-notice destination=${code}></kratom-shipping-notice>`,
        );
        await el.updateComplete;
        await waitUntil(() => shadow(el).querySelector('[part="reason"]'), `${code}: no answer`);
        const words = englishWordsIn(readerText(shadow(el)), allowed);
        if (words.length) found.push(`${code}: ${words.join(', ')}`);
      }
      expect(found).to.deep.equal([]);
    });

    it('meets no English in the map’s details panel', async () => {
      const el = await fixture<KratomLawMap>(html`<kratom-law-map view="table"></kratom-law-map>`);
      const found: string[] = [];
      for (const { code } of jurisdictions.jurisdictions) {
        el.selected = code;
        await el.updateComplete;
        await waitUntil(() => shadow(el).querySelector('.panel'));
        await settle();
        const words = englishWordsIn(readerText(shadow(el).querySelector('.panel')!), allowed);
        if (words.length) found.push(`${code}: ${words.join(', ')}`);
      }
      expect(found).to.deep.equal([]);
    });

    it('meets no English in the history: every event and pending change in <kratom-law-updates>', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<kratom-law-updates kinds="enacted effective rule ruling repealed introduced failed" limit="1000"></kratom-law-updates>`,
      );
      await el.updateComplete;
      const text = readerText(shadow(el));
      expect(shadow(el).querySelectorAll('.change').length).to.equal(jurisdictions.jurisdictions.reduce((n, r) => n + r.events.length, 0));
      expect(englishWordsIn(text, allowed)).to.deep.equal([]);
    });

    it('meets no English in the group list or the FAQ', async () => {
      const list = await fixture(html`<advocacy-group-list></advocacy-group-list>`);
      await waitUntil(() => shadow(list).querySelectorAll('advocacy-group-card').length === groups.groups.length);
      for (const card of shadow(list).querySelectorAll('advocacy-group-card')) {
        await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        for (const d of shadow(card).querySelectorAll('details')) d.open = true;
      }
      const listText = readerText(shadow(list));
      expect(listText).to.contain(groups.groups[0].description[locale].slice(0, 40));
      expect(englishWordsIn(listText, allowed)).to.deep.equal([]);

      const questions = await fixture(html`<kratom-faq></kratom-faq>`);
      await waitUntil(() => shadow(questions).querySelectorAll('[part~="answer"]').length >= faq.faq.length);
      shadow(questions).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
      await waitUntil(() => [...shadow(questions).querySelectorAll<HTMLElement>('[part~="answer"]')].every((a) => !a.hidden));
      const text = readerText(shadow(questions));
      expect(text).to.contain(faq.faq[0].answer[locale].slice(0, 40));
      expect(englishWordsIn(text, allowed)).to.deep.equal([]);
    });
  });
}
