import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, emulateMedia } from '@web/test-runner-commands';
import '../src/elements/kratom-disclaimer/define.js';
import type { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const FDA = 'Food and Drug Administration';
const HEALTH_CANADA = 'Health Canada';

describe('<kratom-disclaimer>', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  describe('full variant (default)', () => {
    it('shows a heading and all three topics, naming both regulators', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
      const heading = $(el, 'h2');
      expect(heading.textContent).to.equal('Important information');
      const text = visibleText(el);
      expect(text).to.contain('Not medical advice.');
      expect(text).to.contain('Not approved for medical use.');
      expect(text).to.contain('Not legal advice.');
      expect(text).to.contain(FDA);
      expect(text).to.contain(HEALTH_CANADA);
      expect(text).to.contain('pregnant, breastfeeding or taking any medication');
      expect(shadow(el).querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is a labelled note', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
      const note = $(el, '[role="note"]');
      expect(note.getAttribute('aria-labelledby')).to.equal('heading');
      expect($(el, '#heading').textContent).to.equal('Important information');
    });

    it('uses the heading level it is given', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer heading-level="4"></kratom-disclaimer>`);
      expect(shadow(el).querySelector('h4')?.textContent).to.equal('Important information');
      expect(shadow(el).querySelector('h2')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('appends site-specific text from the default slot', async () => {
      const el = await fixture<KratomDisclaimer>(
        html`<kratom-disclaimer><p>Our shop does not ship to Alabama.</p></kratom-disclaimer>`,
      );
      const text = visibleText(el);
      expect(text.endsWith('Our shop does not ship to Alabama.')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('topics', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['medical', ['Not medical advice.'], ['Not legal advice.', 'Not approved for medical use.']],
      ['legal', ['Not legal advice.'], ['Not medical advice.', 'Not approved for medical use.']],
      ['regulatory', ['Not approved for medical use.'], ['Not medical advice.', 'Not legal advice.']],
      ['legal medical', ['Not medical advice.', 'Not legal advice.'], ['Not approved for medical use.']],
    ];
    for (const [topics, shown, hidden] of cases) {
      it(`topics="${topics}" shows only those parts`, async () => {
        const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer topics=${topics}></kratom-disclaimer>`);
        const text = visibleText(el);
        for (const s of shown) expect(text).to.contain(s);
        for (const s of hidden) expect(text).not.to.contain(s);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('country', () => {
    it('country="us" names the FDA and state laws, not Health Canada', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer country="us"></kratom-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain(FDA);
      expect(text).to.contain('differ from state to state');
      expect(text).not.to.contain(HEALTH_CANADA);
      expect(text).not.to.contain('province');
      await expect(el).to.be.accessible();
    });

    it('country="ca" names Health Canada and provinces, not the FDA', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer country="ca"></kratom-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain(HEALTH_CANADA);
      expect(text).to.contain('provinces and territories');
      expect(text).not.to.contain(FDA);
      await expect(el).to.be.accessible();
    });

    it('country="both" names both regulators', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer country="both"></kratom-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain(FDA);
      expect(text).to.contain(HEALTH_CANADA);
      expect(text).to.contain('states, provinces and territories');
    });
  });

  describe('short variant', () => {
    it('shows one sentence and a collapsed "Read more" button', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short"></kratom-disclaimer>`);
      const button = $(el, 'button');
      expect(button.textContent?.trim()).to.equal('Read more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('body');
      expect(visibleText(el)).to.equal('This is general information, not medical or legal advice. Read more');
      expect(shadow(el).querySelector('h2')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('picks the sentence that matches the topics', async () => {
      const medical = await fixture<KratomDisclaimer>(
        html`<kratom-disclaimer variant="short" topics="medical regulatory"></kratom-disclaimer>`,
      );
      expect($(medical, '.summary').textContent).to.contain('not medical advice.');
      const regulatory = await fixture<KratomDisclaimer>(
        html`<kratom-disclaimer variant="short" topics="regulatory" country="ca"></kratom-disclaimer>`,
      );
      expect($(regulatory, '.summary').textContent).to.contain('Health Canada has not authorized');
    });

    it('expands with Enter and collapses with Space, keeping aria-expanded in step', async () => {
      const el = await fixture<KratomDisclaimer>(
        html`<kratom-disclaimer variant="short"><p>Shop note.</p></kratom-disclaimer>`,
      );
      const button = $(el, 'button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Show less');
      expect(el.open).to.equal(true);
      const text = visibleText(el);
      expect(text).to.contain('Not medical advice.');
      expect(text).to.contain('Shop note.');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleText(el)).not.to.contain('Not medical advice.');
    });

    it('reaches the button with Tab', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short"></kratom-disclaimer>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal($(el, 'button'));
      before.remove();
    });

    it('starts expanded with the open attribute', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short" open></kratom-disclaimer>`);
      expect($(el, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(el)).to.contain('Not legal advice.');
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const variant of ['full', 'short'] as const) {
        it(`passes axe in the ${theme} theme (${variant})`, async () => {
          const el = await fixture<KratomDisclaimer>(
            html`<kratom-disclaimer theme=${theme} variant=${variant} ?open=${variant === 'short'}></kratom-disclaimer>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('follows the page: light on a light-only page, the system setting where the page supports dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const background = (el: Element) => getComputedStyle($(el, '.notice')).backgroundColor;
      const lightOnly = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
      expect(background(lightOnly)).to.equal('rgb(246, 247, 248)');

      document.documentElement.style.colorScheme = 'light dark';
      try {
        const auto = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
        const pinned = await fixture<KratomDisclaimer>(html`<kratom-disclaimer theme="light"></kratom-disclaimer>`);
        expect(background(auto)).to.equal('rgb(30, 34, 38)');
        expect(background(pinned)).to.equal('rgb(246, 247, 248)');
        await expect(auto).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('takes --kratom-* custom properties set by the page', async () => {
      const el = await fixture<KratomDisclaimer>(
        html`<kratom-disclaimer style="--kratom-color-surface: rgb(1, 2, 3)"></kratom-disclaimer>`,
      );
      expect(getComputedStyle($(el, '.notice')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('bad input', () => {
    it('falls back and warns once, naming the valid values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomDisclaimer>(
          html`<kratom-disclaimer variant="tiny" topics="legal bogus" country="mx" heading-level="9"></kratom-disclaimer>`,
        );
        await fixture(html`<kratom-disclaimer variant="tiny"></kratom-disclaimer>`);
        const text = visibleText(el);
        expect(text).to.contain('Not legal advice.');
        expect(text).not.to.contain('Not medical advice.');
        expect(text).to.contain('states, provinces and territories');
        expect(shadow(el).querySelector('h2')).not.to.equal(null);
        const about = (word: string) => warnings.messages.filter((m) => m.includes(word));
        expect(about('variant="tiny"')).to.have.length(1);
        expect(about('variant="tiny"')[0]).to.contain('"full", "short"');
        expect(about('"bogus"')[0]).to.contain('"medical", "legal", "regulatory"');
        expect(about('country="mx"')[0]).to.contain('"both", "us", "ca"');
        expect(about('heading-level="9"')[0]).to.contain('1 to 6');
        const themed = await fixture<KratomDisclaimer>(html`<kratom-disclaimer theme="blue"></kratom-disclaimer>`);
        expect(about('theme="blue"')[0]).to.contain('"auto", "light", "dark"');
        await expect(themed).to.be.accessible();
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('shows every topic when none of the given topics is known', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer topics="nonsense"></kratom-disclaimer>`);
        const text = visibleText(el);
        expect(text).to.contain('Not medical advice.');
        expect(text).to.contain('Not legal advice.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('topics="nonsense"');
      } finally {
        warnings.restore();
      }
    });

    it('renders slotted markup as the host wrote it, and never sets inline styles', async () => {
      const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short"></kratom-disclaimer>`);
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });
});
