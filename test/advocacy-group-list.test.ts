import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/elements/advocacy-group-list/define.js';
import type { AdvocacyGroupList } from '../src/elements/advocacy-group-list/advocacy-group-list.js';
import type { AdvocacyGroupCard } from '../src/elements/advocacy-group-card/advocacy-group-card.js';
import { group, groups } from '../src/data/groups.js';
import type { AdvocacyGroup } from '../src/data/types.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const cards = (el: Element) => Array.from(shadow(el).querySelectorAll<AdvocacyGroupCard>('advocacy-group-card'));
const shownIds = (el: Element) => cards(el).map((c) => c.group);
const buttons = (el: Element, group: 'country' | 'kind') =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>(`[aria-labelledby="${group}-label"] button`));
const button = (el: Element, group: 'country' | 'kind', label: string) =>
  buttons(el, group).find((b) => b.textContent!.replace('✓', '').trim() === label)!;
const pressed = (el: Element, group: 'country' | 'kind') =>
  buttons(el, group)
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent!.replace('✓', '').trim());
const status = (el: Element) => $(el, '[role="status"]').textContent!.replace(/\s+/g, ' ').trim();

/** What the data API says a country filter selects: international groups show under us and ca too. */
function expected(country: 'all' | 'us' | 'ca', kind = 'all'): AdvocacyGroup[] {
  if (country === 'all') return [...groups({ kind })];
  return [...groups({ country, kind }), ...groups({ country: 'int', kind })];
}
const byName = (list: AdvocacyGroup[], locale = 'en-US') => {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...list].sort((a, b) => collator.compare(a.name, b.name)).map((g) => g.id);
};

async function settle(el: AdvocacyGroupList) {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

describe('<advocacy-group-list>', () => {
  describe('what it shows', () => {
    it('shows every organisation, sorted by name', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list></advocacy-group-list>`);
      await settle(el);
      expect(shownIds(el)).to.deep.equal(byName([...groups()]));
      expect(shownIds(el)).to.have.length(groups().length);
      // Each card renders its organisation.
      expect(visibleText(cards(el)[0])).to.contain(group(shownIds(el)[0]!)!.name);
      await expect(el).to.be.accessible();
    });

    for (const country of ['us', 'ca', 'all'] as const) {
      it(`country="${country}" shows the organisations the data API gives`, async () => {
        const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country=${country}></advocacy-group-list>`);
        await settle(el);
        const want = expected(country);
        expect(want.length).to.be.greaterThan(0);
        expect(shownIds(el)).to.deep.equal(byName(want));
        await expect(el).to.be.accessible();
      });
    }

    it('kind filters by kind, alone and with a country', async () => {
      for (const kind of ['trade-association', 'consumer-advocacy', 'research-society', 'coalition', 'media']) {
        const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list kind=${kind}></advocacy-group-list>`);
        await settle(el);
        expect(shownIds(el), kind).to.deep.equal(byName(expected('all', kind)));
        expect(shownIds(el).length, kind).to.be.greaterThan(0);
      }
      const both = await fixture<AdvocacyGroupList>(
        html`<advocacy-group-list country="ca" kind="consumer-advocacy"></advocacy-group-list>`,
      );
      await settle(both);
      expect(shownIds(both)).to.deep.equal(byName(expected('ca', 'consumer-advocacy')));
      expect(shownIds(both)).to.have.length(groups({ country: 'ca', kind: 'consumer-advocacy' }).length);
    });

    it('shows a clear empty state, which the page can replace', async () => {
      expect(groups({ country: 'ca', kind: 'media' })).to.have.length(0);
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca" kind="media"></advocacy-group-list>`);
      expect(visibleText(el)).to.equal('No organisations match these filters.');
      expect(shadow(el).querySelector('ul')).to.equal(null);
      await expect(el).to.be.accessible();

      const custom = await fixture<AdvocacyGroupList>(html`
        <advocacy-group-list country="ca" kind="media"><p slot="empty">Nothing yet. Tell us about a group.</p></advocacy-group-list>
      `);
      expect(visibleText(custom)).to.equal('Nothing yet. Tell us about a group.');
    });

    it('passes variant, hide and new-tab to its cards', async () => {
      const el = await fixture<AdvocacyGroupList>(
        html`<advocacy-group-list variant="compact" hide="website" new-tab country="ca"></advocacy-group-list>`,
      );
      await settle(el);
      for (const c of cards(el)) {
        expect(c.variant).to.equal('compact');
        expect(c.hide).to.equal('website');
        expect(c.newTab).to.equal(true);
        expect(shadow(c).querySelector('.description')).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('headings', () => {
    it('cards use h2 by default', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca"></advocacy-group-list>`);
      await settle(el);
      expect(shadow(el).querySelector('h2, h3')).to.equal(null);
      for (const c of cards(el)) expect(shadow(c).querySelector('h2')).not.to.equal(null);
    });

    it('with a heading, cards go one level deeper', async () => {
      const el = await fixture<AdvocacyGroupList>(
        html`<advocacy-group-list country="ca" heading="Groups in Canada" heading-level="3"></advocacy-group-list>`,
      );
      await settle(el);
      expect(shadow(el).querySelector('h3')?.textContent).to.equal('Groups in Canada');
      for (const c of cards(el)) expect(shadow(c).querySelector('h4')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('without a heading, cards use heading-level itself', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca" heading-level="3"></advocacy-group-list>`);
      await settle(el);
      for (const c of cards(el)) expect(shadow(c).querySelector('h3')).not.to.equal(null);
    });
  });

  describe('layout', () => {
    it('cards in a row end together, each footer at its card’s foot, and long acronyms stay readable', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list></advocacy-group-list>`);
      el.style.inlineSize = '1200px';
      await settle(el);
      const cards = [...shadow(el).querySelectorAll<AdvocacyGroupCard>('advocacy-group-card')];
      for (const card of cards) await card.updateComplete;
      for (const card of cards) {
        const box = card.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
        const footer = card.shadowRoot!.querySelector('.footer')!.getBoundingClientRect();
        // The padding is 0.75em of 16 px: the footer ends there, whatever the card's length.
        expect(box.bottom - footer.bottom, card.getAttribute('group')!).to.be.within(10, 14);
      }
      const hart = cards.find((c) => c.getAttribute('group') === 'hart')!;
      const letters = parseFloat(getComputedStyle(hart.shadowRoot!.querySelector('.monogram')!).fontSize);
      expect(letters).to.be.at.least(13);
      el.style.inlineSize = '';
    });

    it('grid puts cards side by side on a wide container; list stacks them', async () => {
      const grid = await fixture<AdvocacyGroupList>(
        html`<advocacy-group-list style="width: 1000px" layout="grid"></advocacy-group-list>`,
      );
      await settle(grid);
      const [a, b] = cards(grid).map((c) => c.getBoundingClientRect());
      expect(b.top).to.equal(a.top);
      expect(b.left).to.be.greaterThan(a.right);

      const list = await fixture<AdvocacyGroupList>(
        html`<advocacy-group-list style="width: 1000px" layout="list"></advocacy-group-list>`,
      );
      await settle(list);
      const [c, d] = cards(list).map((x) => x.getBoundingClientRect());
      expect(d.top).to.be.greaterThan(c.bottom);
      expect(c.width).to.be.greaterThan(900);
      await expect(list).to.be.accessible();
    });

    it('grid falls back to one column at 280px without overflowing', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list style="width: 280px" filters></advocacy-group-list>`);
      await settle(el);
      // Cards out of sight are laid out only once a frame has said which are in view (content-visibility).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const [a, b] = cards(el).map((c) => c.getBoundingClientRect());
      expect(b.top).to.be.greaterThan(a.bottom);
      expect(el.scrollWidth).to.be.at.most(280);
    });
  });

  describe('filter buttons', () => {
    it('filters shows country and kind buttons, pressed from the attributes', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters country="us"></advocacy-group-list>`);
      await settle(el);
      expect(buttons(el, 'country').map((b) => b.textContent!.replace('✓', '').trim())).to.deep.equal([
        'All countries',
        'United States',
        'Canada',
      ]);
      expect(pressed(el, 'country')).to.deep.equal(['United States']);
      expect(pressed(el, 'kind')).to.deep.equal(['All kinds']);
      // Only kinds that have organisations get a button.
      const kinds = buttons(el, 'kind').map((b) => b.textContent!.replace('✓', '').trim());
      expect(kinds).to.include('Consumer advocacy');
      expect(kinds).not.to.include('Recovery support');
      const region = $(el, '[role="status"]');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal(`Showing ${expected('us').length} organisations`);
      await expect(el).to.be.accessible();
    });

    it('are operated with Tab, Enter and Space, announcing the new count', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      try {
        const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters></advocacy-group-list>`);
        await settle(el);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(button(el, 'country', 'All countries'));
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(button(el, 'country', 'Canada'));

        const event = oneEvent(el, 'advocacy-group-filter');
        await sendKeys({ press: 'Enter' });
        const { detail } = await event;
        await settle(el);
        const canada = expected('ca');
        expect(detail).to.deep.equal({ country: 'ca', kind: 'all', count: canada.length });
        expect(pressed(el, 'country')).to.deep.equal(['Canada']);
        expect(button(el, 'country', 'All countries').getAttribute('aria-pressed')).to.equal('false');
        expect(shownIds(el)).to.deep.equal(byName(canada));
        await waitUntil(() => status(el) === `Showing ${canada.length} organisations`, 'count never announced');
        // Focus stays on the button the reader pressed.
        expect(shadow(el).activeElement).to.equal(button(el, 'country', 'Canada'));
        await expect(el).to.be.accessible();

        // Shift+Tab back to "United States", Space to press it, then a kind.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Space' });
        await settle(el);
        expect(pressed(el, 'country')).to.deep.equal(['United States']);
        expect(shownIds(el)).to.deep.equal(byName(expected('us')));

        button(el, 'kind', 'Trade association').focus();
        await sendKeys({ press: 'Space' });
        await settle(el);
        const trade = expected('us', 'trade-association');
        expect(pressed(el, 'kind')).to.deep.equal(['Trade association']);
        expect(shownIds(el)).to.deep.equal(byName(trade));
        await waitUntil(() => status(el) === `Showing ${trade.length} organisations`, 'count never announced');
      } finally {
        before.remove();
      }
    });

    it('announces one organisation in the singular, and none with the empty message', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters></advocacy-group-list>`);
      button(el, 'kind', 'Coalition').click();
      await settle(el);
      expect(groups({ kind: 'coalition' })).to.have.length(1);
      await waitUntil(() => status(el) === 'Showing 1 organisation', 'singular never shown');
      button(el, 'country', 'Canada').click();
      await settle(el);
      await waitUntil(() => status(el) === 'No organisations match these filters.', 'empty never announced');
      // Said once on screen (the empty message); the status is for screen readers.
      expect($(el, '.empty').textContent!.trim()).to.equal('No organisations match these filters.');
      expect($(el, '[role="status"]').classList.contains('visually-hidden')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the pressed button with a tick, also in forced-colours mode', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters="country"></advocacy-group-list>`);
      const tick = (b: HTMLElement) => getComputedStyle(b.querySelector('.check')!).display;
      expect(tick(button(el, 'country', 'All countries'))).to.equal('inline');
      expect(tick(button(el, 'country', 'Canada'))).to.equal('none');
      // Puppeteer's emulateMedia ignores forced-colors; the runner's CDP command does not.
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours not emulated').to.equal(true);
        const pressedButton = button(el, 'country', 'All countries');
        // The pressed filter takes the system highlight, kept as is (forced-color-adjust: none).
        expect(getComputedStyle(pressedButton).forcedColorAdjust).to.equal('none');
        const on = getComputedStyle(pressedButton).backgroundColor;
        const off = getComputedStyle(button(el, 'country', 'Canada')).backgroundColor;
        expect(on).not.to.equal(off);
        expect(tick(pressedButton)).to.equal('inline');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('filters="country" shows only the country buttons', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters="country"></advocacy-group-list>`);
      expect(buttons(el, 'country')).to.have.length(3);
      expect(buttons(el, 'kind')).to.have.length(0);
    });

    it('a new attribute value from the page resets the reader\'s choice', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters></advocacy-group-list>`);
      button(el, 'country', 'Canada').click();
      await settle(el);
      el.country = 'us';
      await settle(el);
      expect(pressed(el, 'country')).to.deep.equal(['United States']);
      expect(shownIds(el)).to.deep.equal(byName(expected('us')));
    });
  });

  describe('bad input', () => {
    it('falls back and warns once, naming the valid values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AdvocacyGroupList>(html`
          <advocacy-group-list country="mx" kind="club" layout="table" filters="bogus" variant="huge"></advocacy-group-list>
        `);
        await settle(el);
        expect(shownIds(el)).to.have.length(groups().length);
        expect(buttons(el, 'country')).to.have.length(3);
        const about = (word: string) => warnings.messages.filter((m) => m.includes(word));
        expect(about('country="mx"')[0]).to.contain('"all", "us", "ca", "int"');
        expect(about('kind="club"')[0]).to.contain('"trade-association"');
        expect(about('layout="table"')[0]).to.contain('"grid", "list"');
        expect(about('"bogus"')[0]).to.contain('"country", "kind"');
        expect(about('variant="huge"')[0]).to.contain('"full", "compact"');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('locales', () => {
    after(() => setLocale('en'));

    it('re-renders its cards in French and keeps them sorted', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca"></advocacy-group-list>`);
      await settle(el);
      await setLocale('fr');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(byName(expected('ca'), 'fr-CA'));
      for (const c of cards(el)) expect(visibleText(c)).to.contain(group(c.group!)!.description.fr);
      await expect(el).to.be.accessible();
      await setLocale('en');
      await settle(el);
      for (const c of cards(el)) expect(visibleText(c)).to.contain(group(c.group!)!.description.en);
    });

    // Needs data-work/translations-advocacy-group-list.json (and -card.json) merged into xliff/.
    it('translates its filter labels into French and Spanish', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list filters></advocacy-group-list>`);
      await setLocale('fr');
      await settle(el);
      expect(buttons(el, 'country').map((b) => b.textContent!.replace('✓', '').trim())).to.deep.equal([
        'Tous les pays',
        'États-Unis',
        'Canada',
      ]);
      expect($(el, '#kind-label').textContent).to.equal('Type d’organisme');
      expect(status(el)).to.equal(`${groups().length} organismes affichés`);
      await setLocale('es');
      await settle(el);
      expect($(el, '#country-label').textContent).to.equal('País');
      expect(status(el)).to.equal(`Se muestran ${groups().length} organizaciones`);
      await setLocale('en');
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme (list with filters, grid)`, async () => {
        const el = await fixture<AdvocacyGroupList>(
          html`<advocacy-group-list theme=${theme} filters heading="Organisations"></advocacy-group-list>`,
        );
        await settle(el);
        for (const c of cards(el)) expect(c.getAttribute('theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });

      it(`passes axe in the ${theme} theme (compact list, a filter pressed)`, async () => {
        const el = await fixture<AdvocacyGroupList>(
          html`<advocacy-group-list theme=${theme} filters layout="list" variant="compact"></advocacy-group-list>`,
        );
        button(el, 'kind', 'Trade association').click();
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it(`passes axe in the ${theme} theme (empty state)`, async () => {
        const el = await fixture<AdvocacyGroupList>(
          html`<advocacy-group-list theme=${theme} filters country="ca" kind="media"></advocacy-group-list>`,
        );
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the page: light on a light-only page, the system setting where the page supports dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const background = (el: Element) => getComputedStyle($(el, '.list')).backgroundColor;
      try {
        const lightOnly = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca"></advocacy-group-list>`);
        await settle(lightOnly);
        expect(background(lightOnly)).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle($(cards(lightOnly)[0], '.card')).backgroundColor).to.equal('rgb(246, 247, 248)');

        document.documentElement.style.colorScheme = 'light dark';
        const auto = await fixture<AdvocacyGroupList>(html`<advocacy-group-list country="ca"></advocacy-group-list>`);
        await settle(auto);
        expect(background(auto)).to.equal('rgb(18, 20, 22)');
        expect(getComputedStyle($(cards(auto)[0], '.card')).backgroundColor).to.equal('rgb(30, 34, 38)');
        await expect(auto).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('dark theme reaches the cards', async () => {
      const el = await fixture<AdvocacyGroupList>(html`<advocacy-group-list theme="dark" country="ca"></advocacy-group-list>`);
      await settle(el);
      expect(getComputedStyle($(cards(el)[0], '.card')).backgroundColor).to.equal('rgb(30, 34, 38)');
    });
  });
});
