import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-law-lookup/define.js';
import {
  JURISDICTION_SELECT_EVENT,
  STORAGE_KEY,
  type JurisdictionSelectDetail,
  type KratomLawLookup,
} from '../src/elements/kratom-law-lookup/kratom-law-lookup.js';
import { briefs } from '../src/data/briefs.js';
import { jurisdiction } from '../src/data/jurisdictions.js';
import { STATUSES } from '../src/data/statuses.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

/**
 * A plain wrapper (sentence, table, list) around elements. fixture() would
 * wait a frame for a non-Lit root, which a background test page may never
 * get; instead, wait for the elements inside.
 */
async function wrapped<T extends Element>(template: unknown): Promise<T> {
  const root = fixtureSync<T>(template as Parameters<typeof fixtureSync>[0]);
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  return root;
}

const select = (el: KratomLawLookup) => $(el, 'select') as HTMLSelectElement;
/** The places offered (the "Choose…" option aside), in the order shown. */
const places = (el: KratomLawLookup) =>
  [...select(el).querySelectorAll('option')].filter((o) => o.value !== '');
/** Names in one country's group, found by its federal row (the group's label is translated). */
const placeNames = (el: KratomLawLookup, country: 'US' | 'CA') =>
  [...shadow(el).querySelector(`option[value="${country}"]`)!.closest('optgroup')!.querySelectorAll('option')].map((o) =>
    o.textContent!.trim(),
  );
/** The card's text as a reader sees it on one line (textContent: no spaces added between inline pieces). */
const cardText = (el: KratomLawLookup) => $(el, '[part="card"]').textContent!.replace(/\s+/g, ' ').trim();
/** The conditions list as { term: description }. */
const facts = (el: KratomLawLookup) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('[part="facts"] .fact')].map((f) => [
      f.querySelector('dt')!.textContent!.trim(),
      f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
const cardName = (el: KratomLawLookup) => $(el, '[part="card"] [part="heading"]').textContent!.trim();
const statusLabel = (el: KratomLawLookup) => $(el, '[part="card"] [part="status"] .status-label').textContent!.trim();

/** Chooses a place the way a reader's change does, and waits for the card. */
async function choose(el: KratomLawLookup, code: string) {
  select(el).value = code;
  select(el).dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Counts every localStorage call, to prove nothing is read or written. */
function spyStorage() {
  const calls: string[] = [];
  const proto = Storage.prototype;
  const originals = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem, key: proto.key };
  for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (proto as any)[name] = function (this: Storage, ...args: unknown[]) {
      calls.push(name);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (originals[name] as any).apply(this, args);
    };
  }
  return {
    calls,
    restore: () => Object.assign(proto, originals),
  };
}

describe('<kratom-law-lookup>', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  after(() => localStorage.removeItem(STORAGE_KEY));

  describe('the list', () => {
    it('is a labelled native select of all 71 places, US and Canada grouped, federal rows first', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
      const label = $(el, 'label');
      expect(label.textContent!.trim()).to.equal('Is kratom legal where you live?');
      expect(label.getAttribute('for')).to.equal(select(el).id);
      expect(places(el)).to.have.length(71);
      const groups = [...shadow(el).querySelectorAll('optgroup')].map((g) => g.label);
      expect(groups).to.deep.equal(['United States', 'Canada']);
      expect(placeNames(el, 'US')[0]).to.equal('United States (federal)');
      expect(placeNames(el, 'CA')[0]).to.equal('Canada (federal)');
      expect(placeNames(el, 'US')).to.have.length(57);
      expect(placeNames(el, 'CA')).to.have.length(14);
      expect(select(el).value).to.equal('');
      expect(select(el).selectedOptions[0].textContent!.trim()).to.equal('Choose a place');
      expect(visibleText(el)).to.contain('Choose a place to see what its kratom law says.');
      await expect(el).to.be.accessible();
    });

    it('sorts the places by name after the federal row', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
      const us = placeNames(el, 'US').slice(1);
      expect(us.slice(0, 4)).to.deep.equal(['Alabama', 'Alaska', 'American Samoa', 'Arizona']);
      expect(us).to.deep.equal([...us].sort((a, b) => a.localeCompare(b, 'en')));
      expect(placeNames(el, 'CA').slice(1, 3)).to.deep.equal(['Alberta', 'British Columbia']);
    });

    it('country="us" and country="ca" limit the list', async () => {
      const us = await fixture<KratomLawLookup>(html`<kratom-law-lookup country="us"></kratom-law-lookup>`);
      expect(places(us)).to.have.length(57);
      expect(shadow(us).querySelectorAll('optgroup')).to.have.length(1);
      expect(select(us).selectedOptions[0].textContent!.trim()).to.equal('Choose a state or territory');
      const ca = await fixture<KratomLawLookup>(html`<kratom-law-lookup country="ca"></kratom-law-lookup>`);
      expect(places(ca).map((o) => o.value)).to.include.members(['CA', 'CA-ON', 'CA-QC']);
      expect(places(ca)).to.have.length(14);
      expect(select(ca).selectedOptions[0].textContent!.trim()).to.equal('Choose a province or territory');
      await expect(ca).to.be.accessible();
    });
  });

  describe('every place', () => {
    it('can be chosen, and the card answers with its name and status', async function () {
      this.timeout(60000);
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
      const codes = places(el).map((o) => o.value);
      expect(codes).to.have.length(71);
      expect(new Set(codes)).to.deep.equal(new Set(briefs().map((b) => b.code)));
      const checkedAxe = new Set<string>();
      for (const code of codes) {
        const b = briefs().find((x) => x.code === code)!;
        await choose(el, code);
        expect(el.jurisdiction, code).to.equal(code);
        expect(el.getAttribute('jurisdiction'), code).to.equal(code);
        expect(cardName(el), code).to.equal(b.name.en);
        expect(statusLabel(el), code).to.equal(STATUSES.find((s) => s.status === b.status)!.label.en);
        expect($(el, '[part="card"]').getAttribute('aria-busy'), code).to.equal('false');
        expect(visibleText(el), code).to.contain('Data as of July 15, 2026');
        // Reviewers' notes stay out of what a reader sees.
        const notes = jurisdiction(code)!.notes;
        if (notes) expect(visibleText(el), code).not.to.contain(notes.slice(0, 50));
        if (!checkedAxe.has(b.status)) {
          checkedAxe.add(b.status);
          await expect(el, code).to.be.accessible();
        }
      }
      expect(checkedAxe.size).to.equal(7);
    });
  });

  describe('the answer card', () => {
    it('gives the status in plain words, the conditions, local rules, sources, confidence, dates and a note', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-MS"></kratom-law-lookup>`);
      const text = cardText(el);
      expect(statusLabel(el)).to.equal('Regulated');
      expect($(el, '.pill .glyph').getAttribute('aria-hidden')).to.equal('true');
      expect(text).to.contain('Adults may buy kratom under a consumer protection law');
      const ms = jurisdiction('US-MS')!;
      const fact = facts(el);
      expect(fact['Minimum age']).to.equal('21 and older');
      expect(fact['Main law']).to.equal(`${ms.law!.name}${ms.law!.citation} Took effect: July 1, 2025`);
      expect(fact['7-OH rules']).to.equal(ms.sevenOh!.en);
      expect(fact['Pending change']).to.equal('None known');
      const rules = [...shadow(el).querySelectorAll('.rules > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rules).to.have.length(ms.localRules.length);
      expect(rules[0]).to.match(/^Rankin County · Local ban: /);
      expect(rules[0]).to.contain(`Sources: ${ms.localRules[0].sources[0].title}`);
      const low = ms.localRules.findIndex((r) => r.confidence === 'low');
      expect(rules[low]).to.contain(', unverified:');
      expect(text).to.contain(`High confidence. ${ms.confidence.reason.en}`);
      expect([...shadow(el).querySelectorAll('[part="dates"] time')].map((t) => [t.getAttribute('datetime'), t.textContent])).to.deep.equal([
        ['2026-07-15', 'July 15, 2026'],
        ['2026-07-15', 'July 15, 2026'],
      ]);
      expect($(el, '[part="dates"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Data as of July 15, 2026 Checked through July 15, 2026',
      );
      expect($(el, '[part="note"]').textContent).to.contain('not legal advice');
      await expect(el).to.be.accessible();
    });

    it('links every source over https, safely, with its publisher, date and kind', async () => {
      const tx = jurisdiction('US-TX')!;
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
      const sources = $(el, '[part="sources"]') as HTMLDetailsElement;
      expect(sources.querySelector('summary')!.textContent!.trim()).to.equal(`Sources (${tx.sources.length})`);
      sources.open = true;
      const items = [...sources.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items[0]).to.equal('Texas Senate Bill SB497 Enrolled / Bill — Legiplex, April 24, 2023 · Official source');
      expect(sources.querySelectorAll('a')).to.have.length(tx.sources.length);
      for (const a of sources.querySelectorAll('a')) {
        expect(a.href.startsWith('https://')).to.equal(true);
        expect(a.rel).to.equal('noopener noreferrer');
      }
      expect(sources.querySelectorAll('.source-kind.kind-primary').length).to.equal(tx.sources.filter((x) => x.kind === 'primary').length);
      await expect(el).to.be.accessible();
    });

    it('formats month-only dates as month and year', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-AL"></kratom-law-lookup>`);
      const items = [...$(el, '[part="sources"]').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(items.some((t) => t.includes('— Southern Torch, May 2016 · News report'))).to.equal(true);
    });

    it('marks low confidence as unverified, with the reason, and says when sources disagree', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-VT"></kratom-law-lookup>`);
      const confidence = $(el, '[part="confidence"]');
      expect(confidence.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `⚠ Unverified (low confidence). ${jurisdiction('US-VT')!.confidence.reason.en}`,
      );
      expect(confidence.querySelector('.warning-glyph')!.getAttribute('aria-hidden')).to.equal('true');
      expect(confidence.classList.contains('confidence-low')).to.equal(true);
      expect($(el, '[part="conflict"]').textContent).to.contain('Sources disagree.');
      await expect(el).to.be.accessible();
    });

    it('shows a pending change with its date, and the record’s own review date', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-MD"></kratom-law-lookup>`);
      expect(facts(el)['Pending change']).not.to.equal('None known');
      expect(facts(el)['Pending change'].length).to.be.greaterThan(20);
      expect(cardText(el)).to.contain('Checked through July 15, 2026');
    });

    it('puts the place’s name in a heading at the level it is given', async () => {
      const el = await fixture<KratomLawLookup>(
        html`<kratom-law-lookup jurisdiction="US-TX" heading-level="2"></kratom-law-lookup>`,
      );
      expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal('Texas');
      const byDefault = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
      expect(shadow(byDefault).querySelector('h3')!.textContent!.trim()).to.equal('Texas');
    });

    it('renders no inline styles', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-CA"></kratom-law-lookup>`);
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('preselection and reflection', () => {
    it('preselects from the jurisdiction attribute, in any accepted form', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="us-tx"></kratom-law-lookup>`);
      expect(select(el).value).to.equal('US-TX');
      expect(cardName(el)).to.equal('Texas');
      const bare = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="qc" country="ca"></kratom-law-lookup>`);
      expect(select(bare).value).to.equal('CA-QC');
      expect(cardName(bare)).to.equal('Quebec');
      await expect(bare).to.be.accessible();
    });

    it('reflects the reader’s choice to the attribute, and follows the property', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
      await choose(el, 'CA-BC');
      expect(el.getAttribute('jurisdiction')).to.equal('CA-BC');
      el.jurisdiction = 'US-FL';
      await el.updateComplete;
      expect(select(el).value).to.equal('US-FL');
      expect(cardName(el)).to.equal('Florida');
      el.setAttribute('jurisdiction', 'US-OR');
      await el.updateComplete;
      expect(select(el).value).to.equal('US-OR');
      await choose(el, '');
      expect(el.hasAttribute('jurisdiction')).to.equal(false);
      expect(visibleText(el)).to.contain('Choose a place to see what its kratom law says.');
    });

    it('works from the keyboard: Tab to the list, arrow keys change the answer', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      try {
        const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-AL"></kratom-law-lookup>`);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(select(el));
        const event = oneEvent(el, JURISDICTION_SELECT_EVENT);
        await sendKeys({ press: 'ArrowDown' });
        const { detail } = (await event) as CustomEvent<JurisdictionSelectDetail>;
        await el.updateComplete;
        expect(detail.code).to.equal('US-AK');
        expect(cardName(el)).to.equal('Alaska');
        expect($(el, '[role="status"]').textContent!.trim()).to.equal('Alaska: Legal, unregulated');
      } finally {
        before.remove();
      }
    });
  });

  describe('the kratom-jurisdiction-select event', () => {
    it('bubbles out of shadow roots with the code and the full record', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
      const heard = oneEvent(document, JURISDICTION_SELECT_EVENT);
      select(el).value = 'US-KY';
      select(el).dispatchEvent(new Event('change'));
      const event = (await heard) as CustomEvent<JurisdictionSelectDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.code).to.equal('US-KY');
      expect(event.detail.record?.name.en).to.equal('Kentucky');
      expect(event.detail.record?.sources.length).to.be.greaterThan(0);
    });

    it('is not fired by attribute changes, nor for going back to "Choose…"', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-KY"></kratom-law-lookup>`);
      const events: JurisdictionSelectDetail[] = [];
      el.addEventListener(JURISDICTION_SELECT_EVENT, (e) => events.push((e as CustomEvent<JurisdictionSelectDetail>).detail));
      el.jurisdiction = 'US-TN';
      await el.updateComplete;
      el.setAttribute('jurisdiction', 'US-AL');
      await el.updateComplete;
      await choose(el, '');
      expect(events).to.have.length(0);
      await choose(el, 'CA-YT');
      expect(events.map((d) => [d.code, d.record.name.en])).to.deep.equal([['CA-YT', 'Yukon']]);
    });
  });

  describe('bad input', () => {
    it('shows an "Unknown jurisdiction" card and warns once, listing the accepted forms', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="Texas"></kratom-law-lookup>`);
        await fixture(html`<kratom-law-lookup jurisdiction="Texas"></kratom-law-lookup>`);
        expect(cardName(el)).to.equal('Unknown jurisdiction');
        expect(visibleText(el)).to.contain('"Texas" is not a place in this list.');
        expect(select(el).value).to.equal('');
        const about = warnings.messages.filter((m) => m.includes('jurisdiction="Texas"'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('"US-TX", "us-tx", or "TX" with country="us"');
        await expect(el).to.be.accessible();
        // The reader can still choose a place.
        await choose(el, 'US-TX');
        expect(cardName(el)).to.equal('Texas');
      } finally {
        warnings.restore();
      }
    });

    it('treats a place outside the country filter, a bare code without country, and a bad country plainly', async () => {
      const warnings = captureWarnings();
      try {
        const outside = await fixture<KratomLawLookup>(html`<kratom-law-lookup country="us" jurisdiction="CA-ON"></kratom-law-lookup>`);
        expect(cardName(outside)).to.equal('Unknown jurisdiction');
        expect(warnings.messages.some((m) => m.includes('jurisdiction="CA-ON" is not in the list for country="us"'))).to.equal(true);
        const bare = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="TX"></kratom-law-lookup>`);
        expect(cardName(bare)).to.equal('Unknown jurisdiction');
        const country = await fixture<KratomLawLookup>(html`<kratom-law-lookup country="mx"></kratom-law-lookup>`);
        expect(places(country)).to.have.length(71);
        expect(warnings.messages.find((m) => m.includes('country="mx"'))).to.contain('"both", "us", "ca"');
      } finally {
        warnings.restore();
      }
    });

    it('never throws on odd property values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup></kratom-law-lookup>`);
        for (const value of [42, {}, null, '', 'US-TX-1', '<img src=x>']) {
          (el as unknown as { jurisdiction: unknown }).jurisdiction = value;
          await el.updateComplete;
        }
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(cardName(el)).to.equal('Unknown jurisdiction');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('storage', () => {
    it('stores and reads nothing without remember', async () => {
      const spy = spyStorage();
      try {
        const before = localStorage.length;
        const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
        await choose(el, 'US-AZ');
        await choose(el, 'CA-ON');
        expect(spy.calls).to.deep.equal([]);
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
        expect(localStorage.length).to.equal(before);
        expect(shadow(el).querySelector('[part="forget"]')).to.equal(null);
      } finally {
        spy.restore();
      }
    });

    it('with remember, stores the choice, restores it (over the preselection), and forgets it', async () => {
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      const first = await fixture<KratomLawLookup>(html`<kratom-law-lookup remember></kratom-law-lookup>`);
      expect(shadow(first).querySelector('[part="forget"]')).to.equal(null);
      await choose(first, 'US-NC');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('US-NC');
      expect($(first, '[part="memory"]').textContent).to.contain('Your choice is saved in this browser.');
      await expect(first).to.be.accessible();

      const second = await fixture<KratomLawLookup>(html`<kratom-law-lookup remember jurisdiction="US-TX"></kratom-law-lookup>`);
      expect(select(second).value).to.equal('US-NC');
      expect(cardName(second)).to.equal('North Carolina');
      expect(second.getAttribute('jurisdiction')).to.equal('US-NC');

      const forget = $(second, '[part="forget"]') as HTMLButtonElement;
      expect(forget.textContent!.trim()).to.equal('Forget my choice');
      forget.focus();
      await sendKeys({ press: 'Enter' });
      await second.updateComplete;
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(shadow(second).querySelector('[part="forget"]')).to.equal(null);
      expect(shadow(second).activeElement).to.equal(select(second));
      expect($(second, '[role="status"]').textContent!.trim()).to.equal('Your choice was forgotten.');
      await expect(second).to.be.accessible();

      const third = await fixture<KratomLawLookup>(html`<kratom-law-lookup remember jurisdiction="US-TX"></kratom-law-lookup>`);
      expect(cardName(third)).to.equal('Texas');
    });

    it('with remember, going back to "Choose…" clears the stored choice', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup remember></kratom-law-lookup>`);
      await choose(el, 'US-VA');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('US-VA');
      await choose(el, '');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('drops a stored value it does not recognise', async () => {
      localStorage.setItem(STORAGE_KEY, 'javascript:alert(1)');
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup remember></kratom-law-lookup>`);
      expect(select(el).value).to.equal('');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });
  });

  describe('locales', () => {
    after(() => setLocale('en'));

    it('re-sorts the places by their French names and answers in French', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="CA-BC"></kratom-law-lookup>`);
      await setLocale('fr');
      await el.updateComplete;
      const canada = placeNames(el, 'CA');
      expect(canada[0]).to.equal('Canada (fédéral)');
      // Among the C's, and Île-du-Prince-Édouard among the I's, not after Yukon.
      expect(canada.slice(1, 4)).to.deep.equal(['Alberta', 'Colombie-Britannique', 'Île-du-Prince-Édouard']);
      expect(canada.at(-1)).to.equal('Yukon');
      const collator = new Intl.Collator('fr-CA');
      const us = placeNames(el, 'US').slice(1);
      expect(us).to.deep.equal([...us].sort(collator.compare));
      expect(us.indexOf('État de New York')).to.be.lessThan(us.indexOf('Floride'));
      expect(cardName(el)).to.equal('Colombie-Britannique');
      expect(statusLabel(el)).to.equal('Vente interdite');
      expect(visibleText(el)).to.contain(jurisdiction('CA-BC')!.summary.fr);
      expect(visibleText(el)).to.contain('Source officielle');
      expect(visibleText(el)).to.contain('15 juillet 2026');
      expect(select(el).value).to.equal('CA-BC');
      await expect(el).to.be.accessible();

      await setLocale('es');
      await el.updateComplete;
      expect(cardName(el)).to.equal('Columbia Británica');
      expect(statusLabel(el)).to.equal('Venta prohibida');
      expect(visibleText(el)).to.contain('15 de julio de 2026');
      const usEs = placeNames(el, 'US').slice(1);
      expect(usEs).to.deep.equal([...usEs].sort(new Intl.Collator('es-US').compare));

      await setLocale('en');
      await el.updateComplete;
      expect(placeNames(el, 'CA').slice(1, 3)).to.deep.equal(['Alberta', 'British Columbia']);
    });

    it('French and Spanish UI strings (pass once the translations are merged)', async () => {
      const el = await fixture<KratomLawLookup>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
      await setLocale('fr');
      await el.updateComplete;
      expect($(el, 'label').textContent!.trim()).to.equal('Le kratom est-il légal là où vous habitez\u202f?');
      expect([...shadow(el).querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['États-Unis', 'Canada']);
      expect(visibleText(el)).to.contain('Âge minimum 18 ans et plus');
      await setLocale('es');
      await el.updateComplete;
      expect($(el, 'label').textContent!.trim()).to.equal('¿Es legal el kratom donde usted vive?');
      expect(visibleText(el)).to.contain('Edad mínima 18 años o más');
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme: empty, answered, low confidence, unknown, remembered`, async () => {
        const wrapper = await wrapped<HTMLDivElement>(html`
          <div>
            <kratom-law-lookup theme=${theme}></kratom-law-lookup>
            <kratom-law-lookup theme=${theme} jurisdiction="US-MS"></kratom-law-lookup>
            <kratom-law-lookup theme=${theme} jurisdiction="US-DC"></kratom-law-lookup>
            <kratom-law-lookup theme=${theme} jurisdiction="nowhere"></kratom-law-lookup>
          </div>
        `);
        const warnings = captureWarnings();
        try {
          for (const el of wrapper.querySelectorAll('kratom-law-lookup')) {
            await el.updateComplete;
            (el.shadowRoot!.querySelector('details') as HTMLDetailsElement | null)?.setAttribute('open', '');
          }
          await expect(wrapper).to.be.accessible();
          const remembered = await fixture<KratomLawLookup>(html`<kratom-law-lookup theme=${theme} remember></kratom-law-lookup>`);
          await choose(remembered, 'US-OH');
          await expect(remembered).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  });
});
