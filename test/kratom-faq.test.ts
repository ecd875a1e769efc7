import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/kratom-faq/define.js';
import type { KratomFaq } from '../src/elements/kratom-faq/kratom-faq.js';
import { faq } from '../src/data/faq.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

const ALL = faq();
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const questions = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button.question'));
/** The question as written (without the "Found in the answer" hint). */
const questionText = (button: HTMLButtonElement) => {
  const span = button.querySelector('.question-text')!;
  return Array.from(span.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('hint')))
    .map((n) => n.textContent)
    .join('')
    .trim();
};
const questionTexts = (el: Element) => questions(el).map(questionText);
const button = (el: Element, slug: string) => $(el, `#faq-${slug}-question`) as HTMLButtonElement;
const panel = (el: Element, slug: string) => $(el, `#faq-${slug}-answer`);
const isOpen = (el: Element, slug: string) => button(el, slug).getAttribute('aria-expanded') === 'true';
const status = (el: Element) => $(el, '[part="status"]').textContent!.trim();
const searchField = (el: Element) => $(el, 'input[type="search"]') as HTMLInputElement;
const ldScripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'));

async function search(el: KratomFaq, query: string) {
  const input = searchField(el);
  input.focus();
  input.select();
  if (query === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: query });
  await el.updateComplete;
}

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<kratom-faq>', () => {
  afterEach(async () => {
    clearHash();
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('entries from the dataset', () => {
    it('shows every built-in question as a collapsed button inside an h3', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      expect(questionTexts(el)).to.deep.equal(ALL.map((e) => e.question.en));
      expect(questionTexts(el)).to.include('What is kratom?');
      for (const b of questions(el)) {
        expect(b.parentElement!.localName).to.equal('h3');
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const controlled = shadow(el).getElementById(b.getAttribute('aria-controls')!)!;
        expect(controlled.hidden).to.equal(true);
      }
      expect(visibleText(el)).not.to.contain('Mitragyna speciosa');
      await expect(el).to.be.accessible();
    });

    it('draws a closed answer only when it opens: its text, sources and link tools', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      const first = questions(el)[0];
      const answer = () => shadow(el).getElementById(first.getAttribute('aria-controls')!)!;
      expect(answer().textContent!.trim()).to.equal('');
      expect(answer().querySelector('a')).to.equal(null);
      first.click();
      await el.updateComplete;
      expect(answer().hidden).to.equal(false);
      expect(answer().querySelectorAll('p').length).to.be.greaterThan(0);
      expect(answer().querySelector('[part="sources"] a[href^="https://"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('filters by topics, keeping dataset order', async () => {
      const safety = await fixture<KratomFaq>(html`<kratom-faq topics="safety"></kratom-faq>`);
      const expected = ALL.filter((e) => e.topic === 'safety').map((e) => e.question.en);
      expect(expected).to.have.length(6);
      expect(questionTexts(safety)).to.deep.equal(expected);

      const two = await fixture<KratomFaq>(html`<kratom-faq topics="law basics"></kratom-faq>`);
      expect(questionTexts(two)).to.deep.equal(
        ALL.filter((e) => e.topic === 'basics' || e.topic === 'law').map((e) => e.question.en),
      );
    });

    it('shows only the given ids, in the given order', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq ids="kratom-deaths what-is-kratom"></kratom-faq>`);
      expect(questionTexts(el)).to.deep.equal(['Has kratom been linked to deaths?', 'What is kratom?']);
    });

    it('lists each built-in answer\'s sources as https links with rel="noopener noreferrer"', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq ids="what-is-kratom"></kratom-faq>`);
      button(el, 'what-is-kratom').click();
      await el.updateComplete;
      const entry = ALL.find((e) => e.id === 'what-is-kratom')!;
      const links = Array.from(panel(el, 'what-is-kratom').querySelectorAll('a'));
      expect(links.map((a) => a.textContent)).to.deep.equal(entry.sources.map((s) => s.title));
      for (const a of links) {
        expect(a.href.startsWith('https://')).to.equal(true);
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
      expect(visibleText(el)).to.contain('Checked through July 15, 2026.');
      expect(visibleText(el)).to.contain('Mitragyna speciosa');
    });
  });

  describe('topic headings (group-by-topic)', () => {
    it('puts entries under topic headings one level above the questions', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq group-by-topic topics="basics safety"></kratom-faq>`);
      const headings = Array.from(shadow(el).querySelectorAll('[part="topic-heading"]'));
      expect(headings.map((h) => [h.localName, h.textContent])).to.deep.equal([
        ['h2', 'The basics'],
        ['h2', 'Safety'],
      ]);
      expect(shadow(el).querySelectorAll('h3 > button.question')).to.have.length(10);
      await expect(el).to.be.accessible();
    });

    it('follows heading-level, and moves questions to h2 when heading-level is 1', async () => {
      const four = await fixture<KratomFaq>(html`<kratom-faq group-by-topic heading-level="4"></kratom-faq>`);
      expect(shadow(four).querySelectorAll('h3[part="topic-heading"]')).to.have.length(4);
      expect(shadow(four).querySelectorAll('h4 > button.question')).to.have.length(20);
      const one = await fixture<KratomFaq>(html`<kratom-faq group-by-topic heading-level="1"></kratom-faq>`);
      expect(shadow(one).querySelectorAll('h1[part="topic-heading"]')).to.have.length(4);
      expect(shadow(one).querySelectorAll('h2 > button.question')).to.have.length(20);
    });

    it('shows no topic heading when only one topic shows', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq group-by-topic topics="law" heading-level="2"></kratom-faq>`);
      expect(shadow(el).querySelectorAll('[part="topic-heading"]')).to.have.length(0);
      expect(shadow(el).querySelectorAll('h2 > button.question')).to.have.length(4);
    });
  });

  describe('keyboard (WAI-ARIA APG accordion)', () => {
    it('Tab moves between questions; Enter and Space toggle', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
        const [first, second] = questions(el);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal($(el, '[part="expand-all"]'));
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal($(el, '[part="collapse-all"]'));
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(first);
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(second);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(shadow(el).activeElement).to.equal(first);

        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(first.getAttribute('aria-expanded')).to.equal('true');
        const answer = shadow(el).getElementById(first.getAttribute('aria-controls')!)!;
        expect(answer.hidden).to.equal(false);
        expect(visibleText(el)).to.contain('Mitragyna speciosa');
        await expect(el).to.be.accessible();

        // An open panel's links and "Copy link" come next in the Tab order, before the next question.
        await sendKeys({ press: 'Tab' });
        expect(answer.contains(shadow(el).activeElement)).to.equal(true);
        first.focus();

        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(first.getAttribute('aria-expanded')).to.equal('false');
        expect(answer.hidden).to.equal(true);
      } finally {
        before.remove();
      }
    });

    it('Down, Up, Home and End move between questions', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="law"></kratom-faq>`);
      const list = questions(el);
      list[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(list[1]);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(list[3]);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(list[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(list[3]);
      await sendKeys({ press: 'Home' });
      expect(shadow(el).activeElement).to.equal(list[0]);
    });

    it('answers are regions labelled by their question while there are at most 6 panels', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="safety"></kratom-faq>`);
      const b = button(el, 'interactions');
      const p = panel(el, 'interactions');
      expect(p.getAttribute('role')).to.equal('region');
      expect(p.getAttribute('aria-labelledby')).to.equal(b.id);
      expect(b.getAttribute('aria-controls')).to.equal(p.id);
    });

    it('drops the region role with more than 6 panels in multiple mode (landmark proliferation), keeps it in single mode', async () => {
      const many = await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      const p = panel(many, 'interactions');
      expect(p.hasAttribute('role')).to.equal(false);
      expect(p.hasAttribute('aria-labelledby')).to.equal(false);
      expect(button(many, 'interactions').getAttribute('aria-controls')).to.equal(p.id);

      const single = await fixture<KratomFaq>(html`<kratom-faq mode="single"></kratom-faq>`);
      expect(panel(single, 'interactions').getAttribute('role')).to.equal('region');
    });
  });

  describe('modes', () => {
    it('multiple (default): several answers stay open, and each toggle fires kratom-faq-toggle', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      const [first, second] = questions(el);
      setTimeout(() => first.click());
      const opened = await oneEvent(el, 'kratom-faq-toggle');
      expect(opened.detail).to.deep.equal({ id: 'faq-what-is-kratom', open: true });
      second.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      setTimeout(() => first.click());
      const closed = await oneEvent(el, 'kratom-faq-toggle');
      expect(closed.detail).to.deep.equal({ id: 'faq-what-is-kratom', open: false });
    });

    it('single: opening one answer closes the other, and there is no expand-all', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq mode="single" topics="basics"></kratom-faq>`);
      const [first, second] = questions(el);
      first.click();
      await el.updateComplete;
      second.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, 'what-is-kratom').hidden).to.equal(true);
      expect(shadow(el).querySelector('[part="expand-all"]')).to.equal(null);
      second.click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('switching to single mode keeps one answer open', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      questions(el)[1].click();
      questions(el)[2].click();
      await el.updateComplete;
      el.mode = 'single';
      await el.updateComplete;
      expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
    });

    it('expand all opens every answer and collapse all closes them, announcing each change', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      const toggles: Array<{ id: string; open: boolean }> = [];
      el.addEventListener('kratom-faq-toggle', (e) => toggles.push((e as CustomEvent).detail));
      questions(el)[0].click();
      await el.updateComplete;
      $(el, '[part="expand-all"]').click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(shadow(el).querySelectorAll('.answer[hidden]')).to.have.length(0);
      await expect(el).to.be.accessible();
      $(el, '[part="collapse-all"]').click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(shadow(el).querySelectorAll('.answer[hidden]')).to.have.length(20);
      // One open by hand, 19 more by expand all, 20 closed by collapse all.
      expect(toggles.filter((t) => t.open)).to.have.length(20);
      expect(toggles.filter((t) => !t.open)).to.have.length(20);
    });

    it('does not follow the URL hash again when the element is moved', async () => {
      const original = window.location.hash;
      const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
      window.location.hash = '#faq-what-is-kratom';
      await changed;
      try {
        const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
        await waitUntil(() => isOpen(el, 'what-is-kratom'));
        const input = document.createElement('input');
        input.setAttribute('aria-label', 'elsewhere');
        document.body.append(input);
        input.focus();
        const wrapper = document.createElement('div');
        document.body.append(wrapper);
        wrapper.append(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 20));
        // Compared as a boolean: chai would spend minutes describing a DOM node.
        expect(document.activeElement === input).to.equal(true);
        input.remove();
        wrapper.remove();
      } finally {
        window.location.hash = original;
      }
    });

    it('expanding changes nothing above the answer (no layout shift)', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      const b = button(el, 'main-alkaloids');
      const next = button(el, 'forms-of-use');
      const before = b.getBoundingClientRect();
      const nextBefore = next.getBoundingClientRect();
      b.click();
      await el.updateComplete;
      const after = b.getBoundingClientRect();
      expect([after.top, after.height, after.width]).to.deep.equal([before.top, before.height, before.width]);
      const answerHeight = panel(el, 'main-alkaloids').getBoundingClientRect().height;
      expect(next.getBoundingClientRect().top - nextBefore.top).to.be.closeTo(answerHeight, 1);
    });
  });

  describe('search', () => {
    it('has a labelled field that filters case-insensitively, highlights with <mark> and announces the count', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      const input = searchField(el);
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Search the questions');
      await search(el, 'ALKALOIDS');
      const expected = ALL.filter((e) => fold(`${e.question.en} ${e.answer.en}`).includes('alkaloids'));
      expect(questions(el)).to.have.length(expected.length);
      expect(questionTexts(el)).to.include("What are kratom's main alkaloids?");
      const marks = Array.from(shadow(el).querySelectorAll('mark'));
      expect(marks.length).to.be.greaterThan(0);
      for (const mark of marks) expect(mark.textContent!.toLowerCase()).to.equal('alkaloids');
      // Typing is slow on a busy machine: an announcement for the first letters may come first; the last one counts.
      const final = `${expected.length} of 20 questions match your search.`;
      await waitUntil(() => status(el) === final, `never announced "${final}" (last: "${status(el)}")`);
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('Escape in the field clears the search and shows every question again, by keyboard alone', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      searchField(el).focus();
      await sendKeys({ type: 'alkaloids' });
      await el.updateComplete;
      expect(questions(el).length).to.be.below(20);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(searchField(el).value).to.equal('');
      expect(questions(el)).to.have.length(20);
      expect(shadow(el).activeElement).to.equal(searchField(el));
      await expect(el).to.be.accessible();
    });

    it('ignores accents: "regle" finds "règle" in French', async () => {
      await setLocale('fr');
      try {
        const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
        await search(el, 'regle');
        const expected = ALL.filter((e) => fold(`${e.question.fr}\n${e.answer.fr}`).includes('regle'));
        expect(expected.length).to.be.greaterThan(1);
        expect(questionTexts(el)).to.deep.equal(expected.map((e) => e.question.fr));
        // Matches in closed answers are flagged under the question.
        expect(shadow(el).querySelectorAll('[part="hint"]')).to.have.length(expected.length);
        $(el, '[part="expand-all"]').click();
        await el.updateComplete;
        const marks = Array.from(shadow(el).querySelectorAll('mark')).map((m) => m.textContent!);
        expect(marks).to.include('règle');
        for (const mark of marks) expect(fold(mark)).to.equal('regle');
        await waitUntil(() => status(el).includes(String(expected.length)), 'no announcement');
        expect(status(el)).to.contain('20');
        await expect(el).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });

    it('ignores accents in the site owner\'s items too: "QUEBEC" finds "Québec"', async () => {
      const el = await fixture<KratomFaq>(html`
        <kratom-faq searchable no-builtin>
          <kratom-faq-item question="Do you ship to Québec?">Yes, from our Montréal warehouse.</kratom-faq-item>
          <kratom-faq-item question="Do you ship to Alaska?">No.</kratom-faq-item>
        </kratom-faq>
      `);
      await search(el, 'QUEBEC');
      expect(questionTexts(el)).to.deep.equal(['Do you ship to Québec?']);
      expect(shadow(el).querySelector('mark')!.textContent).to.equal('Québec');
      await search(el, 'montreal');
      expect(questionTexts(el)).to.deep.equal(['Do you ship to Québec?']);
      expect($(el, '[part="hint"]').textContent).to.equal('Found in the answer');
    });

    it('needs every word, in any order', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      await search(el, 'deaths linked');
      expect(questionTexts(el)).to.include('Has kratom been linked to deaths?');
      for (const e of ALL.filter((x) => questionTexts(el).includes(x.question.en))) {
        const text = fold(`${e.question.en} ${e.answer.en}`);
        expect(text.includes('deaths') && text.includes('linked')).to.equal(true);
      }
    });

    it('shows a clear empty state, renders the query as text, and clears back to everything', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      await search(el, '<img src=x>zzz');
      expect(questions(el)).to.have.length(0);
      const empty = $(el, '[part="empty"]');
      expect(empty.textContent).to.contain('No questions match “<img src=x>zzz”.');
      expect(shadow(el).querySelector('img')).to.equal(null);
      await waitUntil(() => status(el) === 'No questions match your search.', 'no announcement');
      await expect(el).to.be.accessible();

      $(el, '[part="clear"]').click();
      await el.updateComplete;
      expect(questions(el)).to.have.length(20);
      expect(searchField(el).value).to.equal('');
      await waitUntil(() => shadow(el).activeElement === searchField(el), 'search field not focused');
      await waitUntil(() => status(el) === 'Showing all 20 questions.', 'no announcement');
    });

    it('keeps open answers open through a search', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      button(el, 'what-is-kratom').click();
      await el.updateComplete;
      await search(el, 'contaminated');
      expect(shadow(el).querySelector('#faq-what-is-kratom')).to.equal(null);
      await search(el, '');
      expect(isOpen(el, 'what-is-kratom')).to.equal(true);
      expect(panel(el, 'what-is-kratom').hidden).to.equal(false);
    });

    it('expand all while searching opens only the matching answers', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      await search(el, '7-OH');
      const shown = questions(el).length;
      expect(shown).to.be.greaterThan(1);
      $(el, '[part="expand-all"]').click();
      await el.updateComplete;
      await search(el, '');
      expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(shown);
    });
  });

  describe('deep links', () => {
    it('opens, scrolls to and focuses the entry named in the hash when created', async () => {
      location.hash = '#faq-kratom-deaths';
      const el = await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      await waitUntil(() => isOpen(el, 'kratom-deaths'), 'entry not opened');
      expect(panel(el, 'kratom-deaths').hidden).to.equal(false);
      expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
      await waitUntil(() => shadow(el).activeElement === button(el, 'kratom-deaths'), 'not focused');
      const top = $(el, '#faq-kratom-deaths').getBoundingClientRect().top;
      expect(top).to.be.within(0, window.innerHeight - 20);
    });

    it('follows hashchange', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      expect(isOpen(el, 'interactions')).to.equal(false);
      setTimeout(() => (location.hash = '#faq-interactions'));
      await oneEvent(window, 'hashchange');
      await waitUntil(() => isOpen(el, 'interactions'), 'entry not opened');
      expect(shadow(el).activeElement).to.equal(button(el, 'interactions'));
    });

    it('ignores hashes for entries it does not show', async () => {
      location.hash = '#faq-kratom-deaths';
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      await aTimeout(50);
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      location.hash = '#what-is-kratom';
      await aTimeout(50);
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('clears a search that hides the linked entry', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      await search(el, 'contaminated');
      setTimeout(() => (location.hash = '#faq-what-is-kratom'));
      await oneEvent(window, 'hashchange');
      await waitUntil(() => shadow(el).querySelector('#faq-what-is-kratom') !== null, 'search not cleared');
      await waitUntil(() => isOpen(el, 'what-is-kratom'), 'entry not opened');
      expect(searchField(el).value).to.equal('');
    });

    it('links to the site owner\'s items by slug', async () => {
      location.hash = '#faq-shipping';
      const el = await fixture<KratomFaq>(html`
        <kratom-faq no-builtin>
          <kratom-faq-item question="Do you ship to Québec?" slug="shipping">Yes.</kratom-faq-item>
          <kratom-faq-item question="Do you ship to Québec?">Duplicate question, own slug.</kratom-faq-item>
        </kratom-faq>
      `);
      await waitUntil(() => isOpen(el, 'shipping'), 'entry not opened');
      expect(shadow(el).querySelector('#faq-do-you-ship-to-quebec')).not.to.equal(null);
    });
  });

  describe('copy link', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const setClipboard = (value: unknown) =>
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('copies the page address with the entry\'s hash and says so in a live region', async () => {
      const copied: string[] = [];
      setClipboard({ writeText: async (text: string) => void copied.push(text) });
      const el = await fixture<KratomFaq>(html`<kratom-faq topics="basics"></kratom-faq>`);
      button(el, 'what-is-kratom').click();
      await el.updateComplete;
      const copy = panel(el, 'what-is-kratom').querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      expect(copy.textContent!.trim()).to.equal('Copy link');
      copy.click();
      const liveRegion = panel(el, 'what-is-kratom').querySelector('[part="copy-status"]')!;
      await waitUntil(() => liveRegion.textContent!.trim() === 'Link copied', 'no confirmation');
      expect(liveRegion.getAttribute('role')).to.equal('status');
      expect(copied).to.deep.equal([`${location.origin}${location.pathname}${location.search}#faq-what-is-kratom`]);
      await expect(el).to.be.accessible();
    });

    for (const [name, clipboard] of [
      ['missing', undefined],
      ['refusing', { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }],
    ] as const) {
      it(`shows the link, selected, when the clipboard is ${name}`, async () => {
        setClipboard(clipboard);
        const el = await fixture<KratomFaq>(html`<kratom-faq topics="law"></kratom-faq>`);
        button(el, 'kcpa-requirements').click();
        await el.updateComplete;
        panel(el, 'kcpa-requirements').querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => shadow(el).querySelector('[part="link-field"]'), 'no link shown');
        const field = $(el, '[part="link-field"]') as HTMLInputElement;
        expect(field.value).to.equal(`${location.origin}${location.pathname}${location.search}#faq-kcpa-requirements`);
        await waitUntil(() => shadow(el).activeElement === field, 'link not focused');
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        const liveRegion = panel(el, 'kcpa-requirements').querySelector('[part="copy-status"]')!;
        expect(liveRegion.textContent!.trim()).to.equal('Copy this link:');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the site owner\'s items', () => {
    it('are appended after the built-in entries, with their answer left in the light DOM', async () => {
      const el = await fixture<KratomFaq>(html`
        <kratom-faq topics="safety">
          <kratom-faq-item question="Do you ship to Québec?">
            <p>No. See our <a href="https://example.com/shipping">shipping page</a>.</p>
          </kratom-faq-item>
          <kratom-faq-item question="Do you test every batch?"><p>Yes, in an outside lab.</p></kratom-faq-item>
        </kratom-faq>
      `);
      const texts = questionTexts(el);
      expect(texts).to.have.length(8);
      expect(texts.slice(6)).to.deep.equal(['Do you ship to Québec?', 'Do you test every batch?']);
      button(el, 'do-you-ship-to-quebec').click();
      await el.updateComplete;
      const link = el.querySelector('a')!;
      expect(link.getRootNode()).to.equal(document);
      const item = el.querySelector('kratom-faq-item')!;
      expect(item.assignedSlot).to.equal(panel(el, 'do-you-ship-to-quebec').querySelector('slot'));
      expect(visibleText(el)).to.contain('No. See our shipping page');
      const slots = Array.from(el.querySelectorAll('kratom-faq-item')).map((i) => i.slot);
      expect(new Set(slots).size).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('stand alone with no-builtin', async () => {
      const el = await fixture<KratomFaq>(html`
        <kratom-faq no-builtin>
          <kratom-faq-item question="What are your opening hours?">Nine to five.</kratom-faq-item>
        </kratom-faq>
      `);
      expect(questionTexts(el)).to.deep.equal(['What are your opening hours?']);
      expect(shadow(el).querySelector('[part="expand-all"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follow changes to the items', async () => {
      const el = await fixture<KratomFaq>(html`
        <kratom-faq no-builtin><kratom-faq-item question="First?">One.</kratom-faq-item></kratom-faq>
      `);
      const added = document.createElement('kratom-faq-item');
      added.question = 'Second?';
      added.textContent = 'Two.';
      el.append(added);
      await waitUntil(() => questions(el).length === 2, 'new item not shown');
      el.querySelector('kratom-faq-item')!.setAttribute('question', 'First, renamed?');
      await waitUntil(() => questionTexts(el)[0] === 'First, renamed?', 'question not updated');
    });

    it('skip an item without a question, with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomFaq>(html`
          <kratom-faq no-builtin><kratom-faq-item>Orphan answer.</kratom-faq-item></kratom-faq>
        `);
        expect(questions(el)).to.have.length(0);
        expect(visibleText(el)).not.to.contain('Orphan answer.');
        expect(warnings.messages.some((m) => m.includes('question="…"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('structured data (structured-data)', () => {
    const parse = () => {
      const scripts = ldScripts();
      expect(scripts).to.have.length(1);
      expect(scripts[0].parentNode).to.equal(document.head);
      return JSON.parse(scripts[0].textContent!);
    };

    it('is off by default', async () => {
      await fixture<KratomFaq>(html`<kratom-faq></kratom-faq>`);
      expect(ldScripts()).to.have.length(0);
    });

    it('adds one FAQPage listing exactly the visible entries, follows search, and goes on disconnect', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq structured-data searchable topics="safety"></kratom-faq>`);
      let data = parse();
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(questionTexts(el));
      const deaths = ALL.find((e) => e.id === 'kratom-deaths')!;
      const entry = data.mainEntity.find((q: { name: string }) => q.name === deaths.question.en);
      expect(entry['@type']).to.equal('Question');
      expect(entry.acceptedAnswer).to.deep.equal({ '@type': 'Answer', text: deaths.answer.en.trim() });

      await search(el, 'contaminated');
      data = parse();
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(questionTexts(el));
      expect(data.mainEntity.length).to.be.lessThan(6);

      el.remove();
      expect(ldScripts()).to.have.length(0);
    });

    it('follows the locale', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq structured-data topics="basics"></kratom-faq>`);
      await setLocale('fr');
      try {
        await el.updateComplete;
        const data = parse();
        expect(data.inLanguage).to.equal('fr');
        expect(data.mainEntity[0].name).to.equal('Qu’est-ce que le kratom\u202f?');
      } finally {
        await setLocale('en');
      }
    });

    it('survives a hostile answer containing </script><script>', async () => {
      const hostile = '</script><script>window.__faqPwned = 1</script><!-- & > done';
      const el = await fixture<KratomFaq>(html`
        <kratom-faq structured-data no-builtin>
          <kratom-faq-item question="Tricky?">${hostile}</kratom-faq-item>
          <kratom-faq-item question="Plain?">A plain answer.</kratom-faq-item>
        </kratom-faq>
      `);
      await el.updateComplete;
      const script = ldScripts()[0];
      expect(script.textContent).not.to.match(/[<>&]/);
      expect(script.textContent).to.contain('\\u003c/script\\u003e');
      const data = parse();
      expect(data.mainEntity).to.deep.equal([
        { '@type': 'Question', name: 'Tricky?', acceptedAnswer: { '@type': 'Answer', text: hostile } },
        { '@type': 'Question', name: 'Plain?', acceptedAnswer: { '@type': 'Answer', text: 'A plain answer.' } },
      ]);
      // Serialised into HTML (as a server-side snapshot would), it is still one script holding the same JSON.
      const reparsed = new DOMParser().parseFromString(`<head>${script.outerHTML}</head>`, 'text/html');
      const scripts = reparsed.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(data);
      expect((window as unknown as Record<string, unknown>).__faqPwned).to.equal(undefined);
      // Shown as text in the answer, too.
      expect(el.querySelector('script')).to.equal(null);
    });

    it('follows changes to the site owner\'s answers', async () => {
      const el = await fixture<KratomFaq>(html`
        <kratom-faq structured-data no-builtin><kratom-faq-item question="Hours?">Nine to five.</kratom-faq-item></kratom-faq>
      `);
      el.querySelector('kratom-faq-item')!.textContent = 'Ten to six.';
      await waitUntil(() => parse().mainEntity[0].acceptedAnswer.text === 'Ten to six.', 'not updated');
    });
  });

  describe('locales', () => {
    after(() => setLocale('en'));

    it('shows the dataset in French and Spanish, keeping open answers open', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      button(el, 'what-is-kratom').click();
      await el.updateComplete;
      await setLocale('fr');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(ALL.map((e) => e.question.fr));
      expect(questionTexts(el)).to.include('Qu’est-ce que le kratom\u202f?');
      expect(isOpen(el, 'what-is-kratom')).to.equal(true);
      expect(visibleText(el)).to.contain(ALL[6].answer.fr.split('\n')[0].slice(0, 60));
      await expect(el).to.be.accessible();

      await setLocale('es');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(ALL.map((e) => e.question.es));
      expect(questionTexts(el)).to.include('¿Qué es el kratom?');
      expect(isOpen(el, 'what-is-kratom')).to.equal(true);
      await setLocale('en');
    });

    it('keeps the search through a locale switch and refreshes the matches', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable></kratom-faq>`);
      await search(el, 'kratom');
      await setLocale('fr');
      await el.updateComplete;
      expect(searchField(el).value).to.equal('kratom');
      const expected = ALL.filter((e) => fold(`${e.question.fr}\n${e.answer.fr}`).includes('kratom'));
      expect(questionTexts(el)).to.deep.equal(expected.map((e) => e.question.fr));
      await setLocale('en');
    });

    // These assert the element's own UI strings in French and Spanish: they pass once the
    // integrator has merged data-work/translations-kratom-faq.json into the xliff files.
    it('translates its own UI strings', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable group-by-topic topics="basics safety"></kratom-faq>`);
      await setLocale('fr');
      await el.updateComplete;
      expect(searchField(el).labels?.[0]?.textContent?.trim()).to.equal('Rechercher dans les questions');
      expect($(el, '[part="expand-all"]').textContent!.trim()).to.equal('Tout déplier');
      expect($(el, '[part="topic-heading"]').textContent).to.equal('Notions de base');
      await setLocale('es');
      await el.updateComplete;
      expect($(el, '[part="collapse-all"]').textContent!.trim()).to.equal('Contraer todo');
      expect($(el, '[part="topic-heading"]').textContent).to.equal('Lo básico');
      await setLocale('en');
    });
  });

  describe('themes', function () {
    // Three axe runs over every question: slow on a busy machine (10 s was seen to run out).
    this.timeout(30_000);
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe collapsed, expanded and searching in the ${theme} theme`, async () => {
        await emulateMedia({ colorScheme: theme });
        const el = await fixture<KratomFaq>(
          html`<kratom-faq theme=${theme} searchable group-by-topic topics="basics law">
            <kratom-faq-item question="Do you ship to Québec?"><p>No, sorry.</p></kratom-faq-item>
          </kratom-faq>`,
        );
        await expect(el).to.be.accessible();
        $(el, '[part="expand-all"]').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await search(el, 'kratom');
        await waitUntil(() => status(el) !== '', 'no announcement');
        expect(shadow(el).querySelectorAll('mark').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        await search(el, 'nothing-matches-this');
        await expect(el).to.be.accessible();
      });
    }

    it('follows the page\'s colour scheme when no theme is set', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const background = (el: Element) => getComputedStyle($(el, '.faq')).backgroundColor;
      const lightOnly = await fixture<KratomFaq>(html`<kratom-faq topics="law"></kratom-faq>`);
      expect(background(lightOnly)).to.equal('rgb(255, 255, 255)');
      document.documentElement.style.colorScheme = 'light dark';
      try {
        const auto = await fixture<KratomFaq>(html`<kratom-faq topics="law"></kratom-faq>`);
        expect(background(auto)).to.equal('rgb(18, 20, 22)');
        await expect(auto).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('takes --kratom-* custom properties', async () => {
      const el = await fixture<KratomFaq>(
        html`<kratom-faq searchable style="--kratom-color-mark: rgb(1, 2, 3); --kratom-color-border: rgb(4, 5, 6)"></kratom-faq>`,
      );
      await search(el, 'kratom');
      expect(getComputedStyle(shadow(el).querySelector('mark')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.item')).borderBottomColor).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('bad input', () => {
    it('falls back and warns once, naming the valid values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KratomFaq>(
          html`<kratom-faq mode="accordion" topics="safety bogus" heading-level="9" ids="nope interactions"></kratom-faq>`,
        );
        expect(questionTexts(el)).to.deep.equal(['Can kratom interact with other substances or medicines?']);
        expect(shadow(el).querySelector('h3 > button.question')).not.to.equal(null);
        expect(shadow(el).querySelector('[part="expand-all"]')).to.equal(null);
        const about = (word: string) => warnings.messages.filter((m) => m.includes(word));
        expect(about('mode="accordion"')).to.have.length(1);
        expect(about('mode="accordion"')[0]).to.contain('"multiple", "single"');
        expect(about('"bogus"')[0]).to.contain('"advocacy", "basics", "safety", "law"');
        expect(about('heading-level="9"')[0]).to.contain('1 to 6');
        expect(about('"nope"')[0]).to.contain('what-is-kratom');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('never sets inline styles', async () => {
      const el = await fixture<KratomFaq>(html`<kratom-faq searchable group-by-topic></kratom-faq>`);
      $(el, '[part="expand-all"]').click();
      await search(el, 'kratom');
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });
});
