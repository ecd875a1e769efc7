import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/elements/kratom-status-badge/define.js';
import type { KratomStatusBadge } from '../src/elements/kratom-status-badge/kratom-status-badge.js';
import { formatDate as formatIsoDate } from '../src/shared/format-date.js';
import { STATUS_GLYPH } from '../src/shared/status.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow } from './helpers/dom.js';

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

/** One jurisdiction per status, with the English label the pill must show. */
const BY_STATUS = [
  { status: 'banned', code: 'US-AL', name: 'Alabama', label: 'Banned' },
  { status: 'sale-prohibited', code: 'CA-ON', name: 'Ontario', label: 'Sale prohibited' },
  { status: 'restricted-7oh', code: 'US-OH', name: 'Ohio', label: '7\u2011OH restricted' },
  { status: 'regulated', code: 'US-TX', name: 'Texas', label: 'Regulated' },
  { status: 'age-limit-only', code: 'US-IL', name: 'Illinois', label: 'Age limit only' },
  { status: 'legal-unregulated', code: 'US-AK', name: 'Alaska', label: 'Legal, unregulated' },
  { status: 'unknown', code: 'US-GU', name: 'Guam', label: 'Unknown' },
] as const;

/** What a screen reader reads: every text node, hidden ones included, except aria-hidden. */
function spokenText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  shadow(el).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text drawn on screen: skips the visually hidden description. */
function drawnText(el: Element): string {
  return $(el, '[part="label"]').textContent!.trim();
}

describe('<kratom-status-badge>', () => {
  describe('each of the seven statuses', () => {
    for (const { status, code, name, label } of BY_STATUS) {
      it(`${status}: colour, glyph and label for ${code}`, async () => {
        const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction=${code}></kratom-status-badge>`);
        const pill = $(el, '[part="base"]');
        expect(pill.classList.contains(`status-${status}`)).to.equal(true);
        expect(drawnText(el)).to.equal(label);
        const glyph = $(el, '[part="glyph"]');
        expect(glyph.textContent).to.equal(STATUS_GLYPH[status]);
        expect(glyph.getAttribute('aria-hidden')).to.equal('true');
        // The status colour is drawn, and never alone: the glyph and the words are there too.
        expect(getComputedStyle(pill).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
        expect(spokenText(el)).to.contain(name);
        await expect(el).to.be.accessible();
      });
    }

    it('uses a distinct colour for every status', async () => {
      const colours = new Set<string>();
      for (const { code } of BY_STATUS) {
        const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction=${code}></kratom-status-badge>`);
        colours.add(getComputedStyle($(el, '[part="base"]')).backgroundColor);
      }
      expect(colours.size).to.equal(7);
    });
  });

  describe('what screen readers get', () => {
    it('reads the conditions and the date after the label, from text in the shadow root', async () => {
      const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-MS"></kratom-status-badge>`);
      const hidden = $(el, '.visually-hidden');
      // Visually hidden, but not hidden from assistive technology.
      expect(hidden.getAttribute('aria-hidden')).to.equal(null);
      expect(getComputedStyle(hidden).display).not.to.equal('none');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(spokenText(el)).to.equal(
        'Regulated Mississippi. Minimum age 21. 14 local rules. As of July 15, 2026.',
      );
      expect(shadow(el).querySelector('[title]')).to.equal(null);
    });

    it('says when there is no minimum age, one local rule, a pending change, and low confidence', async () => {
      const none = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>`);
      expect(spokenText(none)).to.contain('No minimum age. No local rules listed.');
      expect(spokenText(none)).not.to.contain('pending');
      const one = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-FL"></kratom-status-badge>`);
      expect(spokenText(one)).to.contain('Minimum age 21. 1 local rule.');
      const pending = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-CA"></kratom-status-badge>`);
      expect(spokenText(pending)).to.contain('13 local rules. A change is pending.');
      const low = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-ME"></kratom-status-badge>`);
      expect(spokenText(low)).to.contain('Unverified: low confidence.');
      // A record's own "checked through" date is the one given.
      expect(spokenText(low)).to.contain('As of July 15, 2026.');
    });
  });

  describe('format', () => {
    it('short (default) shows the label only', async () => {
      const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-TX"></kratom-status-badge>`);
      expect(drawnText(el)).to.equal('Regulated');
    });

    it('long shows name, label and minimum age', async () => {
      const el = await fixture<KratomStatusBadge>(
        html`<kratom-status-badge jurisdiction="US-MS" format="long"></kratom-status-badge>`,
      );
      expect(drawnText(el)).to.equal('Mississippi: Regulated, 21+');
      // The name is on screen, so the description does not repeat it.
      expect(spokenText(el)).to.equal('Mississippi: Regulated, 21+ Minimum age 21. 14 local rules. As of July 15, 2026.');
      await expect(el).to.be.accessible();
    });

    it('long leaves the age out where there is none', async () => {
      const el = await fixture<KratomStatusBadge>(
        html`<kratom-status-badge jurisdiction="US-AL" format="long"></kratom-status-badge>`,
      );
      expect(drawnText(el)).to.equal('Alabama: Banned');
    });

    it('follows a format change', async () => {
      const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="CA-QC"></kratom-status-badge>`);
      el.format = 'long';
      await el.updateComplete;
      expect(drawnText(el)).to.equal('Quebec: Sale prohibited');
    });
  });

  describe('inside a sentence and a table', () => {
    it('is inline, on the baseline, at the surrounding font size', async () => {
      const p = await wrapped<HTMLParagraphElement>(
        html`<p style="font-size: 20px">Kratom is <kratom-status-badge jurisdiction="US-TX"></kratom-status-badge> in Texas.</p>`,
      );
      const el = p.querySelector('kratom-status-badge')!;
      await el.updateComplete;
      const style = getComputedStyle(el);
      expect(style.display).to.equal('inline-flex');
      expect(style.verticalAlign).to.equal('baseline');
      expect(style.fontSize).to.equal('20px');
      // On the same line as the words around it.
      const line = p.getBoundingClientRect();
      expect(el.getBoundingClientRect().height).to.be.lessThan(line.height + 1);
      await expect(p).to.be.accessible();
    });

    it('fits a narrow table cell', async () => {
      const table = await wrapped<HTMLTableElement>(html`
        <table style="width: 140px; border-collapse: collapse">
          <tr><th scope="row">Guam</th><td><kratom-status-badge jurisdiction="US-GU" format="long"></kratom-status-badge></td></tr>
        </table>
      `);
      const el = table.querySelector('kratom-status-badge')!;
      await el.updateComplete;
      const cell = table.querySelector('td')!.getBoundingClientRect();
      const badge = el.getBoundingClientRect();
      expect(badge.right).to.be.at.most(cell.right + 0.5);
      await expect(table).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('shows "Unknown jurisdiction" and warns once, listing the accepted forms', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-ZZ"></kratom-status-badge>`);
        await fixture(html`<kratom-status-badge jurisdiction="US-ZZ"></kratom-status-badge>`);
        expect(drawnText(el)).to.equal('Unknown jurisdiction');
        expect($(el, '[part="base"]').classList.contains('status-unknown')).to.equal(true);
        expect(spokenText(el)).to.contain('"US-ZZ" is not a jurisdiction code we know.');
        const about = warnings.messages.filter((m) => m.includes('jurisdiction="US-ZZ"'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('"US-TX", "us-tx", or "TX" with country="us"');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('accepts lower case and, with a country, bare codes; a bare code without one is unknown', async () => {
      const warnings = captureWarnings();
      try {
        const lower = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="us-tx"></kratom-status-badge>`);
        expect(drawnText(lower)).to.equal('Regulated');
        const bare = await fixture<KratomStatusBadge>(
          html`<kratom-status-badge jurisdiction="on" country="ca" format="long"></kratom-status-badge>`,
        );
        expect(drawnText(bare)).to.equal('Ontario: Sale prohibited');
        const orphan = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="TX"></kratom-status-badge>`);
        expect(drawnText(orphan)).to.equal('Unknown jurisdiction');
        expect(warnings.messages.some((m) => m.includes('jurisdiction="TX"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('never throws on a missing code, odd property values or a bad format', async () => {
      const warnings = captureWarnings();
      try {
        const missing = await fixture<KratomStatusBadge>(html`<kratom-status-badge></kratom-status-badge>`);
        expect(drawnText(missing)).to.equal('Unknown jurisdiction');
        expect(warnings.messages.some((m) => m.includes('needs a jurisdiction attribute'))).to.equal(true);

        const odd = await fixture<KratomStatusBadge>(html`<kratom-status-badge></kratom-status-badge>`);
        for (const value of [42, {}, null, '   ', 'US-TX-1', '<b>x</b>']) {
          (odd as unknown as { jurisdiction: unknown }).jurisdiction = value;
          await odd.updateComplete;
          expect(drawnText(odd)).to.equal('Unknown jurisdiction');
        }
        expect(shadow(odd).querySelector('b')).to.equal(null);

        const format = await fixture<KratomStatusBadge>(
          html`<kratom-status-badge jurisdiction="US-TX" format="huge"></kratom-status-badge>`,
        );
        expect(drawnText(format)).to.equal('Regulated');
        expect(warnings.messages.find((m) => m.includes('format="huge"'))).to.contain('"short", "long"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('dates', () => {
    it('formats each ISO precision in each locale', () => {
      expect(formatIsoDate('2025', 'en')).to.equal('2025');
      expect(formatIsoDate('2025-07', 'en')).to.equal('July 2025');
      expect(formatIsoDate('2026-07-01', 'en')).to.equal('July 1, 2026');
      expect(formatIsoDate('2025-07', 'fr')).to.equal('juillet 2025');
      expect(formatIsoDate('2026-07-01', 'fr')).to.equal('1er juillet 2026');
      expect(formatIsoDate('2025-07', 'es')).to.equal('julio de 2025');
      expect(formatIsoDate('2026-07-01', 'es')).to.equal('1 de julio de 2026');
      expect(formatIsoDate('2016', 'fr')).to.equal('2016');
      expect(formatIsoDate('2026-07-02', 'fr')).to.equal('2 juillet 2026');
    });

    it('leaves anything else as written, without throwing', () => {
      for (const bad of ['2025-13', '2025-02-30', 'soon', '25-07-01', '']) {
        expect(formatIsoDate(bad, 'en')).to.equal(bad);
      }
      expect(formatIsoDate(null, 'en')).to.equal('');
      // Time zones never move a date by a day.
      expect(formatIsoDate('2026-01-01', 'en')).to.equal('January 1, 2026');
    });
  });

  describe('locales', () => {
    after(() => setLocale('en'));

    it('shows the label and the date in French and Spanish', async () => {
      const el = await fixture<KratomStatusBadge>(
        html`<kratom-status-badge jurisdiction="US-NY" format="long"></kratom-status-badge>`,
      );
      await setLocale('fr');
      await el.updateComplete;
      expect(drawnText(el)).to.contain('État de New York');
      expect(drawnText(el)).to.contain('Réglementé');
      expect(spokenText(el)).to.contain('15 juillet 2026');
      await expect(el).to.be.accessible();

      await setLocale('es');
      await el.updateComplete;
      expect(drawnText(el)).to.contain('Nueva York');
      expect(drawnText(el)).to.contain('Regulado');
      expect(spokenText(el)).to.contain('15 de julio de 2026');
    });

    it('French and Spanish UI strings (pass once the translations are merged)', async () => {
      const el = await fixture<KratomStatusBadge>(html`<kratom-status-badge jurisdiction="US-MS"></kratom-status-badge>`);
      await setLocale('fr');
      await el.updateComplete;
      expect(spokenText(el)).to.contain('Âge minimum : 21 ans.');
      expect(spokenText(el)).to.contain('4 règles locales.');
      await setLocale('es');
      await el.updateComplete;
      expect(spokenText(el)).to.contain('Edad mínima: 21 años.');
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme, for every status and the unknown state`, async () => {
        const wrapper = await wrapped<HTMLDivElement>(html`
          <div>
            ${BY_STATUS.map(({ code }) => html`<p>Status: <kratom-status-badge theme=${theme} jurisdiction=${code} format="long"></kratom-status-badge></p>`)}
            <p>Status: <kratom-status-badge theme=${theme} jurisdiction="nowhere"></kratom-status-badge></p>
          </div>
        `);
        for (const el of wrapper.querySelectorAll('kratom-status-badge')) await el.updateComplete;
        await expect(wrapper).to.be.accessible();
      });
    }

    it('takes --kratom-status-* overrides', async () => {
      const el = await fixture<KratomStatusBadge>(
        html`<kratom-status-badge style="--kratom-status-banned: rgb(1, 2, 3)" jurisdiction="US-AL"></kratom-status-badge>`,
      );
      expect(getComputedStyle($(el, '[part="base"]')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });
});
