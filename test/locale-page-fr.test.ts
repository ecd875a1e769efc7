// The page says fr-CA before the library loads: elements start in French and
// follow the page when it changes its language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { $, firstRenderText } from './helpers/dom.js';

describe('locale from <html lang="fr-CA">', () => {
  before(async () => {
    document.documentElement.lang = 'fr-CA';
    await import('../src/elements/kratom-disclaimer/define.js');
  });

  // First, while the translations have not loaded yet.
  it('never renders English first: the first render waits for the translations', async () => {
    const el = document.createElement('kratom-disclaimer');
    expect(await firstRenderText(el, 'h2')).to.equal('Renseignements importants');
    el.remove();
  });

  it('renders in French at load', async () => {
    const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short"></kratom-disclaimer>`);
    await waitUntil(() => $(el, 'button').textContent?.trim() === 'Lire la suite', 'French text never appeared');
    expect($(el, '.summary').textContent).to.contain('ni un avis médical ni un avis juridique');
    await expect(el).to.be.accessible();
  });

  it('follows the page when it switches to Spanish, then English', async () => {
    const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => $(el, 'h2').textContent === 'Información importante', 'Spanish text never appeared');
    document.documentElement.lang = 'en-US';
    await waitUntil(() => $(el, 'h2').textContent === 'Important information', 'English text never came back');
  });
});
