// Parts that load on demand, failing: each element says what is missing, in
// words, with a Try again button that works, and tries again by itself on the
// next change of input. Nothing throws, nothing waits for ever.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/all.js';
import { faqData, groupsData, recentChangesData } from '../src/data/lazy-data.js';
import { recordData } from '../src/data/records.js';
import { noticeView, saleData } from '../src/elements/kratom-shipping-notice/sale-data.js';
import { faqView } from '../src/elements/kratom-faq/kratom-faq.js';
import { cardView } from '../src/elements/advocacy-group-card/advocacy-group-card.js';
import { listView } from '../src/elements/advocacy-group-list/advocacy-group-list.js';
import { updatesView } from '../src/elements/kratom-law-updates/kratom-law-updates.js';
import { OUTLINES } from '../src/elements/kratom-law-map/geometry-loader.js';
import { secondaryViews } from '../src/elements/kratom-law-map/secondary-views.js';
import { KratomElement } from '../src/shared/kratom-element.js';
import { lazy } from '../src/shared/lazy.js';
import type { KratomLawMap } from '../src/elements/kratom-law-map/kratom-law-map.js';
import { captureWarnings, mount, shadow, visibleText } from './helpers/dom.js';

/** Makes a lazy part fail until the returned function is called. */
function failing(part: { load(...args: never[]): Promise<unknown> }): () => void {
  const load = part.load;
  part.load = () => Promise.reject(new Error('offline'));
  return () => {
    part.load = load;
  };
}

/** Holds the US outlines back (as if not loaded yet) until `arrive()`; `restore()` puts them back. */
function holdUsOutlines(): { arrive: () => void; restore: () => void } {
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  const load = OUTLINES.us.load;
  const had = Object.getOwnPropertyDescriptor(OUTLINES.us, 'value')!;
  Object.defineProperty(OUTLINES.us, 'value', { get: () => undefined, configurable: true });
  OUTLINES.us.load = () => gate.then(() => load());
  return {
    arrive,
    restore: () => {
      OUTLINES.us.load = load;
      Object.defineProperty(OUTLINES.us, 'value', had);
    },
  };
}

const retryButton = (el: Element, selector = '.load-failed') =>
  shadow(el).querySelector<HTMLButtonElement>(`${selector} button.retry`);

describe('failed loads', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('lookup: shows the brief, says the details are missing, and Try again loads them', async () => {
    const restore = failing(recordData);
    const el = await fixture<LitElement>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
    expect(visibleText(el)).to.contain('Texas');
    expect(visibleText(el)).to.contain('The details could not be loaded.');
    expect(warnings.messages.filter((m) => m.includes("<kratom-law-lookup>'s details could not be loaded"))).to.have.length(1);
    await expect(el).to.be.accessible();
    restore();
    retryButton(el)!.click();
    await el.updateComplete;
    expect(retryButton(el)).to.equal(null);
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).to.not.equal('');
    expect(visibleText(el)).to.contain('Minimum age');
  });

  it('lookup: while the record loads, the card shows the brief, is marked busy and passes axe', async () => {
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    const load = recordData.load;
    recordData.load = (code) => gate.then(() => load(code));
    try {
      const el = document.createElement('kratom-law-lookup');
      el.setAttribute('jurisdiction', 'US-TX');
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.card.pending'), 'no pending card');
      expect(el.shadowRoot!.querySelector('.card')!.getAttribute('aria-busy')).to.equal('true');
      expect(visibleText(el)).to.contain('Texas');
      await expect(el).to.be.accessible();
      arrive();
      await (el as LitElement).updateComplete;
      expect(el.shadowRoot!.querySelector('.card')!.getAttribute('aria-busy')).to.equal('false');
      el.remove();
    } finally {
      recordData.load = load;
    }
  });

  it('lookup: a failed load is tried again when the reader chooses another place', async () => {
    const restore = failing(recordData);
    const el = await fixture<LitElement>(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
    expect(retryButton(el)).to.exist;
    restore();
    el.setAttribute('jurisdiction', 'CA-QC');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Quebec');
    expect(retryButton(el)).to.equal(null);
  });

  it('shipping notice: says the check is missing, never that shipping is fine, and Try again answers', async () => {
    const restore = failing(saleData);
    const el = await fixture<LitElement>(html`<kratom-shipping-notice destination="US-AL"></kratom-shipping-notice>`);
    expect(visibleText(el)).to.contain('The shipping check could not be loaded.');
    expect(visibleText(el)).to.contain('check the destination’s rules');
    await expect(el).to.be.accessible();
    restore();
    retryButton(el)!.click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Alabama');
    expect(retryButton(el)).to.equal(null);
  });

  it('map: the details panel says it could not load, and Try again opens it', async () => {
    const restore = failing(recordData);
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" selected="US-TX"></kratom-law-map>`);
    expect(visibleText(el)).to.contain('The details could not be loaded.');
    await expect(el).to.be.accessible();
    restore();
    retryButton(el, '.details-failed')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel')?.textContent).to.contain('Texas');
    expect(shadow(el).querySelector('.details-failed')).to.equal(null);
  });

  it('map: missing outlines say so, the table still works, and Try again draws the map', async () => {
    const restore = failing(OUTLINES.ca);
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map" region="ca"></kratom-law-map>`);
    expect(visibleText(el)).to.contain('The map could not be loaded.');
    expect(shadow(el).querySelector('svg.map')).to.equal(null);
    await expect(el).to.be.accessible();
    restore();
    retryButton(el)!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.map [data-code="CA-ON"]')).to.exist;
  });

  it('updates: missing recent changes say so in words, and Try again lists them', async () => {
    const restore = failing(recentChangesData);
    const had = Object.getOwnPropertyDescriptor(recentChangesData, 'value')!;
    Object.defineProperty(recentChangesData, 'value', { get: () => undefined, configurable: true });
    let el: LitElement;
    try {
      el = await fixture<LitElement>(html`<kratom-law-updates></kratom-law-updates>`);
      expect(visibleText(el)).to.contain('This information could not be loaded.');
      await expect(el).to.be.accessible();
    } finally {
      restore();
      Object.defineProperty(recentChangesData, 'value', had);
    }
    shadow(el).querySelector<HTMLButtonElement>('button.retry')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.change').length).to.be.greaterThan(0);
  });

  it('map: tiles draw without waiting for late outlines, and pass axe', async () => {
    const { arrive, restore } = holdUsOutlines();
    try {
      const el = document.createElement('kratom-law-map');
      el.setAttribute('view', 'grid');
      document.body.append(el);
      // The map's first drawing waits up to 300 ms for its outlines; tiles need none.
      await waitUntil(() => shadow(el).querySelectorAll('.tile-hit[data-code]').length > 40, 'the tiles waited for the outlines', { timeout: 250, interval: 10 });
      expect(shadow(el).querySelector('.tile-hit[data-code="US-AL"]')!.getAttribute('aria-label')).to.contain('Alabama');
      expect(visibleText(el)).not.to.contain('Loading the map');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      arrive();
      restore();
    }
  });

  it('map: the US outlines load on their own; while late the frame keeps its size, says so, and passes axe', async () => {
    const { arrive, restore } = holdUsOutlines();
    try {
      const el = document.createElement('kratom-law-map');
      el.setAttribute('view', 'map');
      document.body.append(el);
      await waitUntil(() => shadow(el).querySelector('.placeholder[role="status"]'), 'no loading placeholder');
      expect(shadow(el).querySelector('svg.map')).to.equal(null);
      expect(visibleText(el)).to.contain('Loading the map');
      const frame = shadow(el).querySelector('.map-frame')!.getBoundingClientRect();
      expect(frame.height / frame.width).to.be.closeTo(1212 / 2068, 0.02);
      await expect(el).to.be.accessible();
      arrive();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('svg.map path[data-code]').length).to.be.greaterThan(50);
      expect(shadow(el).querySelector('.map-frame')!.getBoundingClientRect().height).to.be.closeTo(frame.height, 1);
      el.remove();
    } finally {
      restore();
    }
  });

  it('map: missing US outlines say so, and Try again draws the map', async () => {
    const restore = failing(OUTLINES.us);
    const had = Object.getOwnPropertyDescriptor(OUTLINES.us, 'value')!;
    Object.defineProperty(OUTLINES.us, 'value', { get: () => undefined, configurable: true });
    let el: KratomLawMap;
    try {
      el = await fixture<KratomLawMap>(html`<kratom-law-map view="map"></kratom-law-map>`);
      expect(visibleText(el)).to.contain('The map could not be loaded.');
      expect(shadow(el).querySelector('svg.map')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      restore();
      Object.defineProperty(OUTLINES.us, 'value', had);
    }
    retryButton(el)!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.map [data-code="US-TX"]')).to.exist;
  });

  it('map: switching to a region whose outlines fail never draws the previous region instead', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map"></kratom-law-map>`);
    const restore = failing(OUTLINES.na);
    const had = Object.getOwnPropertyDescriptor(OUTLINES.na, 'value')!;
    Object.defineProperty(OUTLINES.na, 'value', { get: () => undefined, configurable: true });
    try {
      el.region = 'na';
      await el.updateComplete;
      expect(shadow(el).querySelector('svg.map')).to.equal(null);
      expect(visibleText(el)).to.contain('The map could not be loaded.');
    } finally {
      restore();
      Object.defineProperty(OUTLINES.na, 'value', had);
    }
    retryButton(el)!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.map [data-code="CA-ON"]')).to.exist;
  });

  it('map: a missing table says so with Try again', async () => {
    const restore = failing(secondaryViews);
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="table"></kratom-law-map>`);
    expect(visibleText(el)).to.contain('The table could not be loaded.');
    await expect(el).to.be.accessible();
    restore();
    retryButton(el)!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr').length).to.be.greaterThan(50);
  });

  it('FAQ: missing questions say so with Try again; then they show', async () => {
    const restore = failing(faqData);
    // The FAQ may have loaded in an earlier test file; a fresh page has not.
    const had = Object.getOwnPropertyDescriptor(faqData, 'value');
    Object.defineProperty(faqData, 'value', { get: () => undefined, configurable: true });
    try {
      const el = await fixture<LitElement>(html`<kratom-faq topics="basics"></kratom-faq>`);
      expect(visibleText(el)).to.contain('This information could not be loaded.');
      await expect(el).to.be.accessible();
      restore();
      Object.defineProperty(faqData, 'value', had!);
      retryButton(el)!.click();
      await waitUntil(() => visibleText(el).includes('What is kratom?'), 'never loaded');
    } finally {
      restore();
      Object.defineProperty(faqData, 'value', had!);
    }
  });

  // The drawing code of the elements that wait for data loads beside the data (their *.view.ts).
  const VIEWS = [
    { name: 'FAQ', view: faqView, markup: '<kratom-faq topics="basics"></kratom-faq>', shows: 'What is kratom?' },
    { name: 'card', view: cardView, markup: '<advocacy-group-card group="aka"></advocacy-group-card>', shows: 'American Kratom Association' },
    { name: 'list', view: listView, markup: '<advocacy-group-list country="us" filters></advocacy-group-list>', shows: 'Showing' },
    { name: 'updates', view: updatesView, markup: '<kratom-law-updates limit="3"></kratom-law-updates>', shows: 'Recent changes' },
  ];
  for (const { name, view, markup, shows } of VIEWS) {
    it(`${name}: a drawing that fails to load says so with Try again, then draws`, async () => {
      const restore = failing(view);
      // Loaded by an earlier test: a fresh page has not.
      const had = Object.getOwnPropertyDescriptor(view, 'value')!;
      Object.defineProperty(view, 'value', { get: () => undefined, configurable: true });
      try {
        const wrap = await mount(markup);
        const el = wrap.firstElementChild as LitElement;
        await el.updateComplete;
        expect(visibleText(el)).to.contain('This information could not be loaded.');
        await expect(el).to.be.accessible();
        restore();
        Object.defineProperty(view, 'value', had);
        retryButton(el, '.load-failed')!.click();
        await waitUntil(() => visibleText(el).includes(shows), `${name} never drew`);
        expect(retryButton(el, '.load-failed')).to.equal(null);
        await expect(el).to.be.accessible();
        wrap.remove();
      } finally {
        restore();
        Object.defineProperty(view, 'value', had);
      }
    });
  }

  it('shipping notice: an answer whose drawing fails to load says the check is missing, and Try again answers', async () => {
    const restore = failing(noticeView);
    const had = Object.getOwnPropertyDescriptor(noticeView, 'value')!;
    Object.defineProperty(noticeView, 'value', { get: () => undefined, configurable: true });
    try {
      const el = await fixture<LitElement>(html`<kratom-shipping-notice destination="US-MS"></kratom-shipping-notice>`);
      expect(visibleText(el)).to.contain('The shipping check could not be loaded.');
      expect(visibleText(el)).to.not.contain('We can ship');
      await expect(el).to.be.accessible();
      restore();
      Object.defineProperty(noticeView, 'value', had);
      retryButton(el)!.click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Mississippi');
      expect(retryButton(el)).to.equal(null);
    } finally {
      restore();
      Object.defineProperty(noticeView, 'value', had);
    }
  });

  it('FAQ with no-builtin and a card for the site’s own organisation never wait for the dataset', async () => {
    const restoreFaq = failing(faqData);
    const restoreGroups = failing(groupsData);
    const faqValue = Object.getOwnPropertyDescriptor(faqData, 'value')!;
    const groupsValue = Object.getOwnPropertyDescriptor(groupsData, 'value')!;
    Object.defineProperty(faqData, 'value', { get: () => undefined, configurable: true });
    Object.defineProperty(groupsData, 'value', { get: () => undefined, configurable: true });
    try {
      const wrap = await mount(`
        <kratom-faq no-builtin><kratom-faq-item question="Do you ship to Quebec?">No.</kratom-faq-item></kratom-faq>
        <advocacy-group-card name="Friends of the Leaf" website="https://example.org/"></advocacy-group-card>`);
      const [faq, card] = [...wrap.children] as LitElement[];
      await faq.updateComplete;
      await card.updateComplete;
      expect(visibleText(faq)).to.contain('Do you ship to Quebec?');
      expect(visibleText(card)).to.contain('Friends of the Leaf');
      expect(visibleText(faq) + visibleText(card)).to.not.contain('could not be loaded');
      wrap.remove();
    } finally {
      restoreFaq();
      restoreGroups();
      Object.defineProperty(faqData, 'value', faqValue);
      Object.defineProperty(groupsData, 'value', groupsValue);
    }
  });

  it('property changes made while the data was missing reach the next update', async () => {
    let available = false;
    const part = lazy(() => (available ? Promise.resolve({}) : Promise.reject(new Error('offline'))));
    class NeedsPart extends KratomElement {
      static override requires = [part];
      static override properties = { label: {} };
      label = 'first';
      seen: string[] = [];
      protected override willUpdate(changed: Map<PropertyKey, unknown>) {
        super.willUpdate(changed);
        if (changed.has('label')) this.seen.push(this.label);
      }
      override render() {
        return html`<p>${this.seen.join(', ')}</p>`;
      }
    }
    customElements.define('kratom-test-needs-part', NeedsPart);
    const el = document.createElement('kratom-test-needs-part') as NeedsPart;
    document.body.append(el);
    await el.updateComplete;
    el.label = 'second';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('could not be loaded');
    available = true;
    retryButton(el)!.click();
    await el.updateComplete;
    expect(el.seen).to.deep.equal(['second']);
    el.remove();
  });

  it('a part that never answers gives up after the time limit: updateComplete still settles', async () => {
    const { LOAD_TIMEOUT_MS, withTimeout } = await import('../src/shared/load-task.js');
    expect(LOAD_TIMEOUT_MS).to.be.at.most(10_000);
    const never = new Promise(() => undefined);
    let error: unknown;
    await withTimeout(never, 50).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('no answer');
  });
});
