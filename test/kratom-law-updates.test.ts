import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-law-updates/define.js';
import type { KratomLawUpdates } from '../src/elements/kratom-law-updates/kratom-law-updates.js';
import { events, jurisdictions } from '../src/data/index.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const CHANGES = ['enacted', 'effective', 'rule', 'ruling', 'repealed'];
const changes = (filter = {}) => events({ kinds: CHANGES, ...filter })!;
const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.change')];
// ASCII white space only, so French narrow no-break spaces stay.
const text = (node: Element) => node.textContent!.replace(/[ \t\n\r]+/g, ' ').trim();

async function updates(template: TemplateResult): Promise<KratomLawUpdates> {
  const el = await fixture<KratomLawUpdates>(template);
  await el.updateComplete;
  return el;
}

describe('<kratom-law-updates>', () => {
  describe('recent changes', () => {
    it('lists the newest ten law changes, grouped by month under headings, with dates as <time>', async () => {
      const el = await updates(html`<kratom-law-updates></kratom-law-updates>`);
      const all = changes();
      const shown = items(el);
      expect(shown).to.have.length(10);
      expect($(el, 'h2').textContent).to.equal('Recent changes');
      const first = all[0];
      expect(shown[0].querySelector('time')!.getAttribute('datetime')).to.equal(first.date);
      expect(text(shown[0])).to.contain(first.title.en);
      // Month headings one level below the section heading, newest month first.
      const months = [...shadow(el).querySelectorAll('.month h3')].map((h) => h.textContent);
      expect(months.length).to.be.greaterThan(0);
      expect(months[0]).to.match(/^[A-Z][a-z]+ \d{4}$|^\d{4}$/);
      // Real lists.
      expect(shadow(el).querySelector('.month ol > li.change')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the status before and after a change that set one, and the source', async () => {
      const el = await updates(html`<kratom-law-updates jurisdiction="US-AL"></kratom-law-updates>`);
      const [ban] = items(el);
      expect(text(ban)).to.contain('Alabama: Governor signs the ban');
      expect([...ban.querySelectorAll('[part="status"]')].map(text)).to.deep.equal(['Before: ? Unknown', 'After: ✕ Banned']);
      const link = ban.querySelector<HTMLAnchorElement>('.source a')!;
      expect(link.href).to.match(/^https:\/\//);
      expect(link.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });

    it('filters by places, country, kinds and date', async () => {
      const two = await updates(html`<kratom-law-updates jurisdiction="US-AL us-tn"></kratom-law-updates>`);
      expect(items(two)).to.have.length(changes({ jurisdiction: ['US-AL', 'US-TN'] }).length);
      const us = await updates(html`<kratom-law-updates country="us" limit="500"></kratom-law-updates>`);
      expect(items(us)).to.have.length(changes({ country: 'us' }).length);
      const bills = await updates(html`<kratom-law-updates kinds="introduced" jurisdiction="US-TN"></kratom-law-updates>`);
      expect(items(bills).map((i) => i.querySelector('.kind')!.textContent)).to.deep.equal(['Introduced']);
      const since = await updates(html`<kratom-law-updates since="2026-01-01" limit="500"></kratom-law-updates>`);
      expect(items(since)).to.have.length(changes({ since: '2026-01-01' }).length);
      for (const i of items(since)) expect(i.querySelector('time')!.getAttribute('datetime')! >= '2026').to.equal(true);
    });

    it('"Show more" reveals the next page, moves focus to its first item and says how many are shown', async () => {
      const el = await updates(html`<kratom-law-updates limit="3"></kratom-law-updates>`);
      const total = changes().length;
      expect(items(el)).to.have.length(3);
      expect(text($(el, '.count'))).to.equal(`3 of ${total} changes shown.`);
      $(el, '[part="more"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(shadow(el).activeElement === items(el)[3], 'focus on the first new item').to.equal(true);
      expect(text($(el, '.count'))).to.equal(`6 of ${total} changes shown.`);
      await expect(el).to.be.accessible();
    });

    it('keeps the page in list order, so "Show more" focuses the right item even where dates are only a year', async () => {
      const el = await updates(html`<kratom-law-updates kinds="introduced failed"></kratom-law-updates>`);
      const list = events({ kinds: ['introduced', 'failed'] })!;
      for (const press of [1, 2]) {
        $(el, '[part="more"]').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const focused = shadow(el).activeElement as HTMLElement;
        expect(focused.dataset.index, `press ${press}`).to.equal(String(press * 10));
        expect(focused.querySelector('time')!.getAttribute('datetime')).to.equal(list[press * 10].date);
      }
      const order = items(el).map((i) => Number(i.dataset.index));
      expect(order).to.deep.equal(order.map((_, i) => i));
    });

    it('links each place to the map with map-links', async () => {
      const el = await updates(html`<kratom-law-updates jurisdiction="US-AL" map-links></kratom-law-updates>`);
      const link = items(el)[0].querySelector<HTMLAnchorElement>('[part="map-link"]')!;
      expect(link.getAttribute('href')).to.equal('#US-AL');
      expect(text(link)).to.equal('Alabama (show on the map)');
      expect(link.querySelector('.visually-hidden')!.textContent).to.contain('(show on the map)');
      const plain = await updates(html`<kratom-law-updates jurisdiction="US-AL"></kratom-law-updates>`);
      expect(shadow(plain).querySelector('[part="map-link"]')).to.equal(null);
    });

    it('puts its headings at the level it is given', async () => {
      const el = await updates(html`<kratom-law-updates heading-level="4" jurisdiction="US-AL"></kratom-law-updates>`);
      expect([...shadow(el).querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Recent changes', 'Coming up']);
      expect(shadow(el).querySelector('.month h5')).to.not.equal(null);
    });
  });

  describe('coming up', () => {
    it('lists the pending bills and rules of the places shown, marking unverified ones', async () => {
      const el = await updates(html`<kratom-law-updates jurisdiction="US-TN US-AL"></kratom-law-updates>`);
      const pending = [...shadow(el).querySelectorAll('.pending')];
      expect(pending).to.have.length(1);
      expect(text(pending[0])).to.contain('Tennessee, unverified:');
      expect(text(pending[0])).to.contain(jurisdictions().find((j) => j.code === 'US-TN')!.pending!.what.en);
      const all = await updates(html`<kratom-law-updates></kratom-law-updates>`);
      expect(shadow(all).querySelectorAll('.pending')).to.have.length(jurisdictions().filter((j) => j.pending).length);
      await expect(all).to.be.accessible();
    });

    it('says so when nothing is pending', async () => {
      const el = await updates(html`<kratom-law-updates jurisdiction="US-AL"></kratom-law-updates>`);
      expect(visibleText(el)).to.contain('No pending bills or rules are known for these places.');
    });
  });

  describe('bad input', () => {
    it('drops unknown places, kinds, dates and limits with one warning each, and never goes blank', async () => {
      const warnings = captureWarnings();
      try {
        const el = await updates(
          html`<kratom-law-updates jurisdiction="US-TN Atlantis" kinds="introduced passed" since="last week" limit="lots"></kratom-law-updates>`,
        );
        // The known place and kind still apply; the bad date and limit fall back to every date and ten.
        const shown = items(el);
        expect(shown).to.have.length(Math.min(10, events({ jurisdiction: 'US-TN', kinds: ['introduced'] })!.length));
        expect(shown.every((i) => i.querySelector('.kind')!.textContent === 'Introduced')).to.equal(true);
        expect(shown.every((i) => text(i).includes('Tennessee'))).to.equal(true);
        const count = (part: string) => warnings.messages.filter((w) => w.includes(part)).length;
        expect(count('jurisdiction="Atlantis" is not a known place')).to.equal(1);
        expect(count('kinds="introduced passed"')).to.equal(1);
        expect(count('since="last week" is not a date')).to.equal(1);
        expect(count('limit="lots" is not valid')).to.equal(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('quotes a long bad value cut short in its warning', async () => {
      const warnings = captureWarnings();
      try {
        const long = 'nonsense'.repeat(20);
        await updates(html`<kratom-law-updates heading-level=${long} kinds=${long}></kratom-law-updates>`);
        const about = warnings.messages.filter((w) => w.includes('nonsense'));
        expect(about).to.have.length(2);
        for (const w of about) {
          expect(w).to.contain('…');
          expect(w).not.to.contain(long);
        }
      } finally {
        warnings.restore();
      }
    });

    it('never throws when a script sets arrays, numbers or null', async () => {
      const el = await updates(html`<kratom-law-updates></kratom-law-updates>`);
      (el as unknown as Record<string, unknown>).kinds = ['introduced'];
      (el as unknown as Record<string, unknown>).jurisdiction = ['US-TN'];
      (el as unknown as Record<string, unknown>).since = 2026;
      (el as unknown as Record<string, unknown>).limit = null;
      await el.updateComplete;
      expect(items(el).every((i) => text(i).includes('Tennessee') && i.querySelector('time')!.getAttribute('datetime')! >= '2026')).to.equal(true);
      expect(items(el).length).to.be.greaterThan(0);
    });

    it('reads a bare code with country="us" as a state: CA is California, not Canada', async () => {
      const el = await updates(html`<kratom-law-updates country="us" jurisdiction="CA" limit="100"></kratom-law-updates>`);
      expect(items(el)).to.have.length(changes({ jurisdiction: 'US-CA' }).length);
      expect(items(el).every((i) => text(i).includes('California'))).to.equal(true);
    });

    it('shows an empty state, not every change, when every place named is unknown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await updates(html`<kratom-law-updates jurisdiction="nowhere"></kratom-law-updates>`);
        expect(items(el)).to.have.length(0);
        expect(visibleText(el)).to.contain('No changes match these filters.');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('locales and themes', () => {
    after(() => setLocale('en'));

    it('speaks French and Spanish, months and statuses included', async () => {
      const el = await updates(html`<kratom-law-updates jurisdiction="US-AL"></kratom-law-updates>`);
      await setLocale('fr');
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Changements récents');
      expect(text(items(el)[0])).to.contain('10 mai 2016');
      expect(text(items(el)[0])).to.contain('Adoption');
      expect(text(items(el)[0])).to.contain('Interdit');
      expect(text(items(el)[0])).to.contain('Alabama\u202f: Le gouverneur');
      await expect(el).to.be.accessible();
      await setLocale('es');
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Cambios recientes');
      expect(text(items(el)[0])).to.contain('10 de mayo de 2016');
      expect(text(items(el)[0])).to.contain('Prohibido');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await updates(html`<kratom-law-updates theme=${theme} map-links></kratom-law-updates>`);
        await expect(el).to.be.accessible();
        expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
      });
    }
  });
});
