// What a host page can do to the elements: fuzzed and removed attributes,
// floods of bad values, right-to-left parents and a theme's !important rules.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { KratomLawMap } from '../src/elements/kratom-law-map/kratom-law-map.js';
import type { KratomStatusBadge } from '../src/elements/kratom-status-badge/kratom-status-badge.js';
import type { KratomShippingNotice } from '../src/elements/kratom-shipping-notice/kratom-shipping-notice.js';
import { captureWarnings, mount, shadow } from './helpers/dom.js';

describe('a host page', () => {
  describe('removed attributes', () => {
    it('a map whose statuses attribute is removed shows every status and keeps rendering', async () => {
      const el = await fixture<KratomLawMap>(html`<kratom-law-map view="table"></kratom-law-map>`);
      el.setAttribute('statuses', 'banned');
      await el.updateComplete;
      const filtered = shadow(el).querySelectorAll('tbody tr').length;
      el.removeAttribute('statuses');
      await el.updateComplete;
      const all = shadow(el).querySelectorAll('tbody tr').length;
      expect(all).to.be.greaterThan(filtered);
      el.setAttribute('view', 'map');
      await el.updateComplete;
      expect(shadow(el).querySelector('svg')).to.exist;
    });
  });

  describe('warnings', () => {
    it('two hundred different bad values of one attribute give one short warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-TX"></kratom-status-badge>`);
        for (let i = 0; i < 200; i++) {
          el.setAttribute('format', `${i}-${'x'.repeat(100_000)}`);
          await el.updateComplete;
        }
        const about = warnings.messages.filter((m) => m.includes('format='));
        expect(about).to.have.length(1);
        expect(about[0].length).to.be.below(400);
        expect(about[0]).to.contain(`format="0-${'x'.repeat(58)}…"`);
      } finally {
        warnings.restore();
      }
    });

    it('an address typed into destination one key at a time warns once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomShippingNotice>(html`<kratom-shipping-notice></kratom-shipping-notice>`);
        const typed = '123 Main St, Austin';
        for (let i = 1; i <= typed.length; i++) {
          el.setAttribute('destination', typed.slice(0, i));
          await el.updateComplete;
        }
        expect(warnings.messages.filter((m) => m.includes('destination='))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('styles', () => {
    const visible = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

    it('a right-to-left parent does not reorder the text or move the punctuation', async () => {
      const outer = await mount(`<div dir="rtl">
        <kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
        <kratom-status-badge jurisdiction="US-TX"></kratom-status-badge>
        <kratom-shipping-notice destination="US-TX"></kratom-shipping-notice>
      </div>`);
      const wrap = outer.firstElementChild!;
      for (const el of wrap.querySelectorAll('kratom-law-lookup, kratom-status-badge, kratom-shipping-notice')) {
        await (el as KratomStatusBadge).updateComplete;
        const inner = shadow(el).querySelector('[part="base"]')!;
        expect(getComputedStyle(el).direction, el.localName).to.equal('ltr');
        expect(getComputedStyle(inner).direction, el.localName).to.equal('ltr');
        expect(getComputedStyle(el).unicodeBidi, el.localName).to.equal('isolate');
        expect(visible(el)).to.not.equal('');
      }
      // Where a reader sees it: "18 and older" starts with its number on the left.
      const lookup = wrap.querySelector('kratom-law-lookup')!;
      const walker = document.createTreeWalker(shadow(lookup), NodeFilter.SHOW_TEXT);
      let mixed: Text | undefined;
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        if (/^\s*\d+\D*[a-z]{3,}/.test(text.data) && text.data.trim().length > 8) {
          mixed = text;
          break;
        }
      }
      expect(mixed, 'a line starting with a number').to.exist;
      const start = mixed!.data.search(/\d/);
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(mixed!, i);
        range.setEnd(mixed!, i + 1);
        return range.getBoundingClientRect().left;
      };
      expect(at(start), mixed!.data).to.be.below(at(mixed!.data.trimEnd().length - 1));
      outer.remove();
    });

    it("the font and colour tokens beat a theme's !important rules", async () => {
      const style = document.createElement('style');
      style.textContent = '* { font-family: "Comic Sans MS", cursive !important; color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      try {
        const el = await fixture<KratomStatusBadge>(html`<kratom-law-lookup
          jurisdiction="US-TX"
          style="--kratom-font-family: Georgia, serif; --kratom-color-text: rgb(0, 0, 128)"
        ></kratom-law-lookup>`);
        await el.updateComplete;
        const inner = shadow(el).querySelector('[part="base"]')!;
        expect(getComputedStyle(inner).fontFamily).to.equal('Georgia, serif');
        expect(getComputedStyle(inner).color).to.equal('rgb(0, 0, 128)');
        const answer = shadow(el).querySelector('[part="card"] p, [part="card"] dd') ?? inner;
        expect(getComputedStyle(answer).fontFamily).to.equal('Georgia, serif');
      } finally {
        style.remove();
      }
    });

    it('with no font token, the element takes the page font', async () => {
      const wrap = await mount('<kratom-disclaimer></kratom-disclaimer>');
      wrap.style.fontFamily = 'Georgia, serif';
      const el = wrap.firstElementChild as KratomStatusBadge;
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('[part="base"]')!).fontFamily).to.equal('Georgia, serif');
      wrap.remove();
    });
  });
});
