// The page says es-MX before the library loads: elements start in Spanish.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { $, visibleText } from './helpers/dom.js';

describe('locale from <html lang="es-MX">', () => {
  before(async () => {
    document.documentElement.lang = 'es-MX';
    await import('../src/elements/kratom-disclaimer/define.js');
  });

  it('renders in Spanish at load', async () => {
    const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer country="us"></kratom-disclaimer>`);
    await waitUntil(() => $(el, 'h2').textContent === 'Información importante', 'Spanish text never appeared');
    expect(visibleText(el)).to.contain('Administración de Alimentos y Medicamentos');
    await expect(el).to.be.accessible();
  });
});
