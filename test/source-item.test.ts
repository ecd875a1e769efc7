// The one source template every element uses (src/shared/source-item.ts).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { mainSource, renderSourceItem } from '../src/shared/source-item.js';
import type { Source } from '../src/data/types.js';
import { captureWarnings } from './helpers/dom.js';

const base: Source = {
  title: 'Senate Bill 226',
  lang: 'en',
  publisher: 'Alabama Legislature',
  kind: 'primary',
  url: 'https://alison.legislature.state.al.us/bill/SB226',
  date: '2016-05-10',
};

function shown(source: Source, locale = 'en'): HTMLElement {
  const host = document.createElement('p');
  render(html`${renderSourceItem(source, locale, 'test')}`, host);
  return host;
}
const text = (el: HTMLElement) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('the source template', () => {
  it('links the title, then publisher, date and an "Official source" mark for primary sources', () => {
    const el = shown(base);
    expect(text(el)).to.equal('Senate Bill 226 — Alabama Legislature, May 10, 2016 · Official source');
    const link = el.querySelector('a')!;
    expect(link.href).to.equal(base.url);
    expect(link.rel).to.equal('noopener noreferrer');
    expect(el.querySelector('.source-kind.kind-primary')).to.not.equal(null);
  });

  it('names every other kind, and the side an advocacy source is on', () => {
    expect(text(shown({ ...base, kind: 'news' }))).to.match(/· News report$/);
    expect(text(shown({ ...base, kind: 'industry' }))).to.match(/· Kratom industry$/);
    expect(text(shown({ ...base, kind: 'dataset' }))).to.match(/· Compiled by a third party$/);
    expect(text(shown({ ...base, kind: 'advocacy' }))).to.match(/· Advocacy group$/);
    expect(text(shown({ ...base, kind: 'advocacy', stance: 'pro-kratom' }))).to.match(/· Advocacy group, for kratom$/);
    expect(text(shown({ ...base, kind: 'advocacy', stance: 'anti-kratom' }))).to.match(/· Advocacy group, against kratom$/);
  });

  it('names the language of a title that is not in the reader’s, and says "undated" for no date', () => {
    const el = shown({ ...base, lang: 'fr', title: 'Risques pour la santé liés au kratom', date: null });
    expect(text(el)).to.equal('Risques pour la santé liés au kratom (in French) — Alabama Legislature, undated · Official source');
    // Marked up in its language, so a screen reader pronounces it as French.
    expect(el.querySelector('.source-title')!.getAttribute('lang')).to.equal('fr');
    expect(text(shown(base))).not.to.contain('(in');
  });

  it('shows a title without a link, and warns, when the address is not https', () => {
    const warnings = captureWarnings();
    try {
      const el = shown({ ...base, url: 'javascript:alert(1)' });
      expect(el.querySelector('a')).to.equal(null);
      expect(text(el)).to.match(/^Senate Bill 226 —/);
      expect(warnings.messages.join('\n')).to.contain('only https:// links are shown');
    } finally {
      warnings.restore();
    }
  });

  it('quotes the first official source when there is room for one', () => {
    const news = { ...base, kind: 'news' as const, url: 'https://example.org/news' };
    expect(mainSource([news, base])).to.equal(base);
    expect(mainSource([news])).to.equal(news);
    expect(mainSource([])).to.equal(undefined);
  });
});
