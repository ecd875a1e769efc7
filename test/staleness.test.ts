// Honest staleness: every element that shows a legal fact adds one plain line
// once the data is more than 180 days old (src/shared/staleness.ts).
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { setStaleAfter, setLocale } from '../src/index.js';
import { asOf } from '../src/data/index.js';
import { captureWarnings, shadow } from './helpers/dom.js';

const DAY = 86_400_000;
const [y, m, d] = asOf.split('-').map(Number);
const daysAfterAsOf = (days: number) => Date.UTC(y, m - 1, d) + days * DAY + 12 * 3_600_000;
const realNow = Date.now;
const at = (days: number) => {
  Date.now = () => daysAfterAsOf(days);
};
const staleLine = (el: Element) => shadow(el).querySelector('[part="stale"]');

async function lookup() {
  const el = await fixture(html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('the "may be out of date" line', () => {
  afterEach(() => {
    Date.now = realNow;
    setStaleAfter(undefined);
    document.head.querySelectorAll('meta[name="kratom-widgets:stale-after"]').forEach((meta) => meta.remove());
  });

  it('is absent for data up to 180 days old, and says the date and where to check once older', async () => {
    at(180);
    expect(staleLine(await lookup())).to.equal(null);
    at(181);
    const el = await lookup();
    expect(staleLine(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '⚠ This information was last checked on July 15, 2026 and may be out of date. Check the official source before relying on it.',
    );
    await expect(el).to.be.accessible();
  });

  it('appears in every element that shows a legal fact', async function () {
    this.timeout(30000);
    at(400);
    // fixtureSync: fixture() waits for a frame for a plain <div>, which a background tab may never get.
    const page = fixtureSync(html`<div>
      <kratom-law-map></kratom-law-map>
      <kratom-shipping-notice destination="US-TX"></kratom-shipping-notice>
      <kratom-law-updates limit="2"></kratom-law-updates>
      <kratom-faq></kratom-faq>
      <kratom-status-badge jurisdiction="US-TX"></kratom-status-badge>
    </div>`);
    for (const tag of ['kratom-law-map', 'kratom-shipping-notice', 'kratom-law-updates', 'kratom-faq']) {
      const el = page.querySelector(tag)!;
      await waitUntil(() => staleLine(el), `${tag} shows no stale line`, { timeout: 8000 });
    }
    const badge = page.querySelector('kratom-status-badge')!;
    await waitUntil(
      () => shadow(badge).querySelector('.visually-hidden')?.textContent?.includes('This information may be out of date.'),
      'badge says nothing',
      { timeout: 8000 },
    );
  });

  it('follows the page’s threshold (meta tag or setStaleAfter), but never stays quiet past a year', async () => {
    const meta = document.createElement('meta');
    meta.name = 'kratom-widgets:stale-after';
    meta.content = '90';
    document.head.append(meta);
    at(100);
    expect(staleLine(await lookup())).to.not.equal(null);
    meta.content = '1000';
    expect(staleLine(await lookup())).to.equal(null);
    at(366);
    expect(staleLine(await lookup()), 'over a year old').to.not.equal(null);
    setStaleAfter(30);
    at(40);
    expect(staleLine(await lookup()), 'setStaleAfter wins over the meta tag').to.not.equal(null);
  });

  it('warns once and keeps 180 days for a threshold that is not a number', async () => {
    const warnings = captureWarnings();
    try {
      const meta = document.createElement('meta');
      meta.name = 'kratom-widgets:stale-after';
      meta.content = 'soon';
      document.head.append(meta);
      at(100);
      expect(staleLine(await lookup())).to.equal(null);
      at(200);
      expect(staleLine(await lookup())).to.not.equal(null);
      expect(warnings.messages.filter((w) => w.includes('"soon" is not a number of days'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('is written in French and Spanish', async () => {
    at(400);
    const el = await lookup();
    try {
      await setLocale('fr');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(staleLine(el)!.textContent).to.contain('vérifiés pour la dernière fois le 15 juillet 2026');
      await setLocale('es');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(staleLine(el)!.textContent).to.contain('se revisó por última vez el 15 de julio de 2026');
    } finally {
      await setLocale('en');
    }
  });
});
