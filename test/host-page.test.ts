// What a host page can do to the elements: fuzzed and removed attributes,
// floods of bad values, right-to-left parents and a theme's !important rules.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { KratomLawMap } from '../src/elements/kratom-law-map/kratom-law-map.js';
import type { KratomStatusBadge } from '../src/elements/kratom-status-badge/kratom-status-badge.js';
import type { KratomShippingNotice } from '../src/elements/kratom-shipping-notice/kratom-shipping-notice.js';
import { captureWarnings, shadow } from './helpers/dom.js';

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
});
