// The page's own app configured @lit/localize before our elements loaded, as
// the README shows, and loads our translations through loadKratomLocale. The
// elements still wait for the translations before they first draw, and a
// translation that never arrives cannot leave them blank.
import { expect, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { loadKratomLocale } from '../src/shared/locale.js';
import { captureWarnings } from './helpers/dom.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'es'],
  // French arrives a little late; Spanish never does.
  loadLocale: (locale) =>
    locale === 'fr' ? new Promise((resolve) => setTimeout(() => resolve(loadKratomLocale('fr')), 300)) : new Promise(() => {}),
});

/** The heading text of an element's first render, recorded before any later render replaces it. */
async function firstHeading(el: HTMLElement): Promise<string> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    if (seen.length === 0) seen.push(el.shadowRoot!.querySelector('h2')?.textContent ?? '');
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await waitUntil(() => seen.length > 0, 'never drawn', { timeout: 6000 });
  observer.disconnect();
  return seen[0];
}

describe('locale set by an app that configured @lit/localize itself', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(async () => {
    warnings = captureWarnings();
    await import('../src/elements/kratom-disclaimer/define.js');
  });
  after(() => warnings.restore());

  it('draws first in the language the app is loading', async () => {
    void host.setLocale('fr');
    const el = document.createElement('kratom-disclaimer');
    document.body.append(el);
    expect(await firstHeading(el)).to.equal('Renseignements importants');
    el.remove();
  });

  it('draws after a few seconds when a translation never arrives, rather than staying blank', async () => {
    void host.setLocale('es');
    const el = document.createElement('kratom-disclaimer');
    document.body.append(el);
    // Still French: the Spanish templates never came.
    expect(await firstHeading(el)).to.equal('Renseignements importants');
    el.remove();
  });
});
