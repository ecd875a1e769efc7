// Building an Intl object is slow (a page's first costs 10 to 40 ms); using
// one is fast. Dates, lists and plurals come from generated tables and the
// bundled places' and organisations' name order from the build
// (src/shared/intl.ts), so a page of elements builds no Intl object at all.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/all.js';
import type { KratomLawMap } from '../src/index.js';
import { setLocale } from '../src/shared/locale.js';
import { shadow } from './helpers/dom.js';

type Kind = 'Collator' | 'DateTimeFormat' | 'ListFormat' | 'PluralRules';
const KINDS: Kind[] = ['Collator', 'DateTimeFormat', 'ListFormat', 'PluralRules'];
const built: Record<Kind, number> = { Collator: 0, DateTimeFormat: 0, ListFormat: 0, PluralRules: 0 };
const originals = Object.fromEntries(KINDS.map((k) => [k, Intl[k]])) as Record<Kind, unknown>;

/** Counts constructions (`new Intl.X`) from now on. */
function count() {
  for (const kind of KINDS) {
    const Original = originals[kind] as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
      construct(target, args, newTarget) {
        built[kind]++;
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
}
const restore = () => KINDS.forEach((kind) => ((Intl as unknown as Record<string, unknown>)[kind] = originals[kind]));
const snapshot = () => ({ ...built });

// Macrotasks, not animation frames (a background tab gets none).
async function settle(...els: Element[]) {
  for (let i = 0; i < 4; i++) {
    await Promise.all(els.map((el) => (el as KratomLawMap).updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * The page in a <div>, appended by hand: fixture() of a plain element waits
 * for an animation frame, which a background tab never gets.
 */
function mountPage(): HTMLDivElement {
  const container = document.createElement('div');
  render(page(), container);
  document.body.append(container);
  return container.firstElementChild as HTMLDivElement;
}

const page = () => html`<div>
  <kratom-law-map view="map"></kratom-law-map>
  <kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>
  <kratom-law-updates></kratom-law-updates>
  <advocacy-group-list></advocacy-group-list>
  <kratom-faq topics="basics"></kratom-faq>
  <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge>
  <kratom-shipping-notice destination="US-TX"></kratom-shipping-notice>
</div>`;

describe('Intl formatters', function () {
  // Two pages of seven elements: slow on a busy machine.
  this.timeout(30_000);
  before(count);
  after(restore);

  it('are built once per kind, language and options for a page of elements, and never again', async () => {
    const first = mountPage();
    const elements = [...first.children];
    await settle(...elements);
    const map = first.querySelector('kratom-law-map')!;
    expect(shadow(map).querySelector('[part="summary"]')?.textContent).to.match(/across \d+ jurisdictions/);
    const once = snapshot();
    expect(shadow(map).querySelector('[part="summary"]')?.textContent).to.match(/^As of [A-Z][a-z]+ \d{1,2}, \d{4}, /);
    expect(once).to.deep.equal({ Collator: 0, DateTimeFormat: 0, ListFormat: 0, PluralRules: 0 });

    // The same page again, then a re-render of each: nothing new.
    const second = mountPage();
    await settle(...second.children);
    for (const el of [...elements, ...second.children]) (el as KratomLawMap).requestUpdate();
    await settle(...elements, ...second.children);
    expect(snapshot()).to.deep.equal(once);
  });

  it('are not built for a new language either', async () => {
    const el = await fixture<KratomLawMap>(html`<kratom-law-map view="map"></kratom-law-map>`);
    await settle(el);
    const before = snapshot();
    await setLocale('fr');
    await settle(el);
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).to.match(/sur \d+ administrations/);
    const french = snapshot();
    expect(french).to.deep.equal(before);
    await setLocale('en');
    await settle(el);
    await setLocale('fr');
    await settle(el);
    expect(snapshot()).to.deep.equal(french);
    await setLocale('en');
  });
});
