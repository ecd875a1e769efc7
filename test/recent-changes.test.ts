// <kratom-law-updates> with its default filters reads the newest changes
// alone (src/generated/recent-changes.json, scripts/recent-changes.mjs)
// instead of the whole history: the same answers, a file six times smaller,
// and the history only when the reader asks for more than it holds.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/kratom-law-updates/define.js';
import type { KratomLawUpdates } from '../src/elements/kratom-law-updates/kratom-law-updates.js';
import { CHANGE_KINDS, RECENT_CHANGES, events, jurisdictionName, pendingChanges } from '../src/data/history.js';
import { recentChanges } from '../src/data/recent-changes.js';
import { historyData } from '../src/data/lazy-data.js';
import { shadow, visibleText } from './helpers/dom.js';

const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.change')];

describe('recent changes', () => {
  for (const [choice, country] of [['both', undefined], ['us', 'us'], ['ca', 'ca']] as const) {
    it(`${choice}: the newest changes, their count, the pending ones and their names are the history's`, () => {
      const all = events({ country, kinds: CHANGE_KINDS })!;
      const recent = recentChanges(choice);
      expect(recent.total).to.equal(all.length);
      expect(JSON.parse(JSON.stringify(recent.events))).to.deep.equal(JSON.parse(JSON.stringify(all.slice(0, RECENT_CHANGES))));
      expect(JSON.parse(JSON.stringify(recent.pending))).to.deep.equal(JSON.parse(JSON.stringify(pendingChanges({ country }))));
      for (const e of [...recent.events, ...recent.pending]) expect(e.code).to.satisfy((code: string) => jurisdictionName(code) !== undefined);
    });
  }

  // One test, in order: the page's history is loaded once, for good.
  it('draw the default list without the history, load it when "Show more" goes past them, and draw as it does', async () => {
    const all = events({ kinds: CHANGE_KINDS })!;
    expect(all.length).to.be.greaterThan(RECENT_CHANGES);
    const el = await fixture<KratomLawUpdates>(html`<kratom-law-updates limit="15"></kratom-law-updates>`);
    const first = visibleText(el);
    expect(items(el)).to.have.length(15);
    const more = () => shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!;
    more().click();
    await el.updateComplete;
    expect(items(el)).to.have.length(30);
    // (A boolean: chai would print the whole history module in its message.)
    expect(historyData.value === undefined, 'the whole history was loaded for 30 changes').to.equal(true);
    await expect(el).to.be.accessible();
    more().click();
    await el.updateComplete;
    expect(historyData.value !== undefined, 'the history for the 31st change').to.equal(true);
    const shown = Math.min(45, all.length);
    expect(items(el)).to.have.length(shown);
    expect(visibleText(el)).to.contain(`${shown} of ${all.length} changes shown.`);
    const dates = items(el).map((i) => i.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).to.deep.equal(all.slice(0, shown).map((e) => e.date));
    await expect(el).to.be.accessible();
    // With the history in, the same element draws its first page exactly as the recent changes did.
    const again = await fixture<KratomLawUpdates>(html`<kratom-law-updates limit="15"></kratom-law-updates>`);
    expect(visibleText(again)).to.equal(first);
  });
});
