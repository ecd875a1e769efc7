// The page's own app configured @lit/localize before our elements loaded, as
// the README shows, and loads our translations through loadKratomLocale. The
// elements still wait for the translations before they first draw, and a
// translation that never arrives cannot leave them blank.
import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { loadKratomLocale } from '../src/shared/locale.js';
import { captureWarnings, firstRenderText } from './helpers/dom.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'es'],
  // French arrives a little late; Spanish never does.
  loadLocale: (locale) =>
    locale === 'fr' ? new Promise((resolve) => setTimeout(() => resolve(loadKratomLocale('fr')), 300)) : new Promise(() => {}),
});

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
    expect(await firstRenderText(el, 'h2')).to.equal('Renseignements importants');
    el.remove();
  });

  it('draws after a few seconds when a translation never arrives, rather than staying blank', async () => {
    void host.setLocale('es');
    const el = document.createElement('kratom-disclaimer');
    // Still French: the Spanish templates never came.
    expect(await firstRenderText(el, 'h2')).to.equal('Renseignements importants');
    el.remove();
  });
});
