import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/kratom-disclaimer/define.js';
import type { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { getLocale, loadKratomLocale, setLocale, toLocale } from '../src/shared/locale.js';
import { $, captureWarnings, visibleText } from './helpers/dom.js';

describe('locales', () => {
  after(() => setLocale('en'));

  it('maps page language tags to library locales', () => {
    expect(toLocale('fr-CA')).to.equal('fr');
    expect(toLocale('FR')).to.equal('fr');
    expect(toLocale('es-MX')).to.equal('es');
    expect(toLocale('es_US')).to.equal('es');
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('de')).to.equal('en');
    expect(toLocale('')).to.equal('en');
    expect(toLocale(null)).to.equal('en');
  });

  it('starts in English on an English page', async () => {
    const el = await fixture<KratomDisclaimer>(html`<kratom-disclaimer></kratom-disclaimer>`);
    expect(getLocale()).to.equal('en');
    expect($(el, 'h2').textContent).to.equal('Important information');
  });

  it('switches elements already on the page with setLocale, both ways', async () => {
    const full = await fixture<KratomDisclaimer>(html`<kratom-disclaimer country="ca"></kratom-disclaimer>`);
    const short = await fixture<KratomDisclaimer>(html`<kratom-disclaimer variant="short"></kratom-disclaimer>`);

    await setLocale('fr');
    await full.updateComplete;
    await short.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect($(full, 'h2').textContent).to.equal('Renseignements importants');
    expect(visibleText(full)).to.contain('Santé Canada');
    expect($(short, 'button').textContent?.trim()).to.equal('Lire la suite');
    await expect(full).to.be.accessible();
    await expect(short).to.be.accessible();

    await setLocale('es-US');
    await full.updateComplete;
    expect(getLocale()).to.equal('es');
    expect($(full, 'h2').textContent).to.equal('Información importante');
    expect(visibleText(full)).to.contain('No es asesoramiento legal.');
    await expect(full).to.be.accessible();

    await setLocale('en');
    await full.updateComplete;
    expect($(full, 'h2').textContent).to.equal('Important information');
  });

  it('warns once and uses English for an unsupported locale', async () => {
    const warnings = captureWarnings();
    try {
      await setLocale('de');
      await setLocale('de');
      expect(getLocale()).to.equal('en');
      expect(warnings.messages.filter((m) => m.includes('setLocale("de")'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"en", "fr" or "es"');
    } finally {
      warnings.restore();
    }
  });

  it('stops following <html lang> once setLocale has been called', async () => {
    await setLocale('es');
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('es');
    document.documentElement.lang = 'en';
  });

  it('gives its translations to apps that configure @lit/localize themselves', async () => {
    const fr = await loadKratomLocale('fr');
    const translations = Object.values(fr.templates).map(String);
    expect(translations).to.include('Renseignements importants');
    expect(Object.keys((await loadKratomLocale('en')).templates)).to.have.length(0);
  });
});
