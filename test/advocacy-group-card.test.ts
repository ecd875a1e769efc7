import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/advocacy-group-card/define.js';
import type { AdvocacyGroupCard } from '../src/elements/advocacy-group-card/advocacy-group-card.js';
import { group, groupIds, groups } from '../src/data/groups.js';
import type { AdvocacyGroup } from '../src/data/types.js';
import { setLocale } from '../src/shared/locale.js';
import { $, captureWarnings, shadow, visibleText } from './helpers/dom.js';

// English labels written out here, not imported, so a wrong label in the
// element fails the test.
const KIND: Record<string, string> = {
  'consumer-advocacy': 'Consumer advocacy',
  'trade-association': 'Trade association',
  'research-society': 'Research society',
  coalition: 'Coalition',
  education: 'Education',
  'recovery-support': 'Recovery support',
  media: 'Media',
};
const COUNTRY: Record<string, string> = { US: 'United States', CA: 'Canada', INT: 'International' };
const FOCUS: Record<string, string> = {
  policy: 'Policy',
  'consumer-protection': 'Consumer protection',
  'product-standards': 'Product standards',
  research: 'Research',
  'public-education': 'Public education',
  'vendor-support': 'Vendor support',
  'legal-support': 'Legal support',
  'harm-reduction': 'Harm reduction',
  recovery: 'Recovery',
};
/** Dataset dates as an English reader sees them. */
function englishDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}

/** A link's own text, without the visually hidden "(external site)". */
const linkLabel = (a: Element) =>
  Array.from(a.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();

const texts = (el: Element, selector: string) =>
  Array.from(shadow(el).querySelectorAll(selector)).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function card(id: string, attrs = '') {
  const el = await fixture<AdvocacyGroupCard>(html`<advocacy-group-card group=${id}></advocacy-group-card>`);
  for (const pair of attrs.split(';').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name.trim(), value.trim());
  }
  await el.updateComplete;
  return el;
}

describe('<advocacy-group-card>', () => {
  describe('every organisation in the dataset', () => {
    for (const g of groups()) {
      it(`${g.id}: shows its facts and its verification state`, async () => {
        const el = await card(g.id);
        const heading = $(el, 'h2');
        expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          g.acronym ? `${g.name} (${g.acronym})` : g.name,
        );
        const text = visibleText(el);
        expect($(el, '.meta').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `${KIND[g.kind]} · ${COUNTRY[g.country]}`,
        );
        expect(text).to.contain(g.description.en);
        expect(texts(el, '.chips li')).to.deep.equal(g.focus.map((f) => FOCUS[f]));
        if (g.founded) expect(text).to.contain(`Founded ${g.founded}`);
        else expect(text).not.to.contain('Founded');
        const website = shadow(el).querySelector<HTMLAnchorElement>('.facts a');
        expect(website?.href).to.equal(g.website ? new URL(g.website).href : undefined);
        const actions = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="action"]'));
        expect(actions.map((a) => a.href)).to.deep.equal(g.actions.map((a) => new URL(a.url).href));
        expect(actions.map(linkLabel)).to.deep.equal(g.actions.map((a) => a.label.en));
        expect($(el, '.sources summary').textContent).to.equal(`Sources (${g.sources.length})`);
        expect(shadow(el).querySelectorAll('.sources li')).to.have.length(g.sources.length);
        expect(text).to.contain(`Checked through ${englishDate(g.checkedThrough)}`);
        for (const name of g.formerNames ?? []) expect(text).to.contain(`Formerly ${name}`);
        expectVerification(el, g);
        await expect(el).to.be.accessible();
      });
    }

    it('covers all three verification states', () => {
      const states = new Set(groups().map((g) => g.verification.state));
      expect([...states].sort()).to.deep.equal(['inactive', 'unverified', 'verified']);
    });
  });

  describe('variants and options', () => {
    it('uses the heading level it is given', async () => {
      const el = await card('gkc', 'heading-level=4');
      expect(shadow(el).querySelector('h4')?.textContent).to.contain('Global Kratom Coalition');
      expect(shadow(el).querySelector('h2')).to.equal(null);
      expect($(el, 'article').getAttribute('aria-labelledby')).to.equal('name');
      await expect(el).to.be.accessible();
    });

    it('compact shows name, kind, country, a one-line tagline, website and actions, without description, focus or sources', async () => {
      const aka = group('aka')!;
      const el = await card('aka', 'variant=compact');
      const text = visibleText(el);
      expect(text).to.contain('American Kratom Association');
      expect(text).to.contain('Consumer advocacy · United States');
      expect($(el, '[part="tagline"]').textContent).to.equal(aka.tagline.en);
      expect(aka.tagline.en.length).to.be.lessThan(120);
      expect(text).not.to.contain(aka.description.en);
      expect(text).not.to.contain('Focus areas');
      expect(text).not.to.contain('Founded');
      expect(shadow(el).querySelector('.sources')).to.equal(null);
      expect(shadow(el).querySelector('.site a')?.textContent).to.contain('americankratom.org');
      expect(shadow(el).querySelectorAll('a[part="action"]')).to.have.length(aka.actions.length);
      await expect(el).to.be.accessible();
    });

    it('compact still says an organisation is inactive or unconfirmed', async () => {
      const inactive = await card('bea', 'variant=compact');
      expect($(inactive, '.verification-title').textContent).to.equal('Inactive since 2017');
      expect(shadow(inactive).querySelector('.verification-note')).to.equal(null);
      const unverified = await card('cka', 'variant=compact');
      expect($(unverified, '.verification-title').textContent).to.equal('Not confirmed');
      expect($(unverified, '.verification-note').textContent).to.equal(group('cka')!.verification.note.en);
      await expect(unverified).to.be.accessible();
    });

    it('hide="sources actions" leaves those out and keeps the rest', async () => {
      const el = await card('aka', 'hide=sources actions');
      expect(shadow(el).querySelector('.sources')).to.equal(null);
      expect(shadow(el).querySelector('a[part="action"]')).to.equal(null);
      expect(visibleText(el)).not.to.contain('Get involved');
      const text = visibleText(el);
      expect(text).to.contain(group('aka')!.description.en);
      expect(text).to.contain('Founded 2014');
      expect(text).to.contain('Checked through');
      await expect(el).to.be.accessible();
    });

    it('hide="description focus founded website" leaves those out', async () => {
      const el = await card('aka', 'hide=description focus founded website');
      const text = visibleText(el);
      expect(text).not.to.contain(group('aka')!.description.en);
      expect(text).not.to.contain('Focus areas');
      expect(text).not.to.contain('Founded');
      expect(shadow(el).querySelector('.facts')).to.equal(null);
      expect(shadow(el).querySelectorAll('a[part="action"]')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('opens the sources with the keyboard', async () => {
      const el = await card('hart');
      const summary = $(el, '.sources summary');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(($(el, '.sources') as HTMLDetailsElement).open).to.equal(true);
      const links = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('.sources a'));
      expect(links.map((a) => a.href)).to.deep.equal(group('hart')!.sources.map((s) => new URL(s.url!).href));
      await expect(el).to.be.accessible();
    });

    it('says what kind of publisher each source is', async () => {
      const aka = group('aka')!;
      const el = await card('aka');
      const kinds = Array.from(shadow(el).querySelectorAll('.sources li .source-kind')).map((k) => k.textContent);
      expect(kinds).to.have.length(aka.sources.length);
      const label = { primary: 'Official source', news: 'News report', industry: 'Kratom industry', dataset: 'Compiled by a third party' };
      aka.sources.forEach((s, i) => {
        if (s.kind === 'advocacy') expect(kinds[i]).to.match(/^Advocacy group/);
        else expect(kinds[i]).to.equal(label[s.kind]);
      });
    });
  });

  it('keeps its kind and country inside a narrow sidebar with a large font, in French', async () => {
    await setLocale('fr');
    const wrap = document.createElement('div');
    wrap.style.cssText = 'inline-size: 260px; font: 19px/1.9 Georgia, serif';
    document.body.append(wrap);
    try {
      const el = document.createElement('advocacy-group-card') as AdvocacyGroupCard;
      el.setAttribute('group', 'aka');
      wrap.append(el);
      await el.updateComplete;
      const card = $(el, '.card').getBoundingClientRect();
      const items = [...shadow(el).querySelectorAll('.meta-item')];
      expect(items.map((i) => i.textContent)).to.include('Défense des consommateurs');
      for (const item of items) expect(item.getBoundingClientRect().right, item.textContent!).to.be.at.most(card.right);
    } finally {
      wrap.remove();
      await setLocale('en');
    }
  });

  describe('own-group mode', () => {
    it('describes any organisation with attributes and slots', async () => {
      const el = await fixture<AdvocacyGroupCard>(html`
        <advocacy-group-card
          name="Kratom Friends of Ohio"
          acronym="KFO"
          country="us"
          kind="coalition"
          website="https://example.org/"
        >
          <p slot="description">Volunteers who write to state lawmakers.</p>
          <a slot="actions" href="https://example.org/join">Join us</a>
          <a slot="actions" href="https://example.org/donate">Donate</a>
        </advocacy-group-card>
      `);
      expect($(el, 'h2').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kratom Friends of Ohio (KFO)');
      const text = visibleText(el);
      expect(text).to.contain('Coalition · United States');
      expect(text).to.contain('Volunteers who write to state lawmakers.');
      expect(text).to.contain('Join us');
      expect(text).to.contain('Donate');
      expect(text).to.contain('Get involved');
      expect($(el, '.facts a').getAttribute('href')).to.equal('https://example.org/');
      expect($(el, '.monogram').textContent).to.equal('KFO');
      // The site owner vouches for their own organisation: no status, no dataset footer.
      expect(shadow(el).querySelector('.verification')).to.equal(null);
      expect(shadow(el).querySelector('.footer')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses a slotted logo instead of the monogram, and initials when there is no acronym', async () => {
      const withLogo = await fixture<AdvocacyGroupCard>(html`
        <advocacy-group-card name="Kratom Friends of Ohio">
          <img slot="logo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        </advocacy-group-card>
      `);
      expect(shadow(withLogo).querySelector<HTMLSlotElement>('slot[name="logo"]')!.assignedElements()).to.have.length(1);
      expect(shadow(withLogo).querySelector('.monogram')).to.equal(null);
      expect($(withLogo, '.avatar').classList.contains('has-logo')).to.equal(true);
      await expect(withLogo).to.be.accessible();

      const initials = await fixture<AdvocacyGroupCard>(
        html`<advocacy-group-card name="Friends of the Leaf Society"></advocacy-group-card>`,
      );
      expect($(initials, '.monogram').textContent).to.equal('FLS');
      expect($(initials, '.monogram').getAttribute('aria-hidden')).to.equal('true');
      expect(visibleText(initials)).to.equal('FLS Friends of the Leaf Society');
      await expect(initials).to.be.accessible();
    });

    it('attributes and slots override a dataset organisation', async () => {
      const aka = group('aka')!;
      const el = await fixture<AdvocacyGroupCard>(html`
        <advocacy-group-card
          group="aka"
          name="American Kratom Association, Ohio chapter"
          acronym="AKA-OH"
          country="ca"
          kind="coalition"
          website="https://example.org/ohio"
        >
          <p slot="description">Our chapter meets monthly.</p>
          <a slot="actions" href="https://example.org/ohio/join">Join the chapter</a>
        </advocacy-group-card>
      `);
      const text = visibleText(el);
      expect($(el, 'h2').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'American Kratom Association, Ohio chapter (AKA-OH)',
      );
      expect(text).to.contain('Coalition · Canada');
      expect(text).to.contain('Our chapter meets monthly.');
      expect(text).not.to.contain(aka.description.en);
      expect(text).to.contain('Join the chapter');
      expect(shadow(el).querySelector('a[part="action"]')).to.equal(null);
      expect($(el, '.facts a').getAttribute('href')).to.equal('https://example.org/ohio');
      // What the page did not override still comes from the dataset.
      expect(text).to.contain('Founded 2014');
      expect($(el, '.sources summary').textContent).to.equal(`Sources (${aka.sources.length})`);
      await expect(el).to.be.accessible();
    });

    it('shows content slotted after the first render', async () => {
      const el = await card('kri');
      expect(visibleText(el)).not.to.contain('Get involved');
      const link = document.createElement('a');
      link.slot = 'actions';
      link.href = 'https://example.org/';
      link.textContent = 'Write to us';
      el.append(link);
      await waitUntil(() => visibleText(el).includes('Get involved'), 'slotted action never showed');
      expect(visibleText(el)).to.contain('Write to us');
    });
  });

  describe('links', () => {
    it('drops a javascript: website with a warning, and never renders it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AdvocacyGroupCard>(
          html`<advocacy-group-card name="Test Org" website="javascript:alert(1)"></advocacy-group-card>`,
        );
        expect(shadow(el).querySelectorAll('a')).to.have.length(0);
        expect(shadow(el).innerHTML).not.to.contain('javascript:');
        expect(warnings.messages.some((m) => m.includes('javascript:alert(1)') && m.includes('https'))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('keeps the dataset website when an override is not https', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card('gkc', 'website=http://example.org/');
        expect($(el, '.facts a').getAttribute('href')).to.equal('https://globalkratomcoalition.org/');
        expect(warnings.messages.some((m) => m.includes('"http://example.org/" was dropped'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('opens in the same tab by default and says the link is external', async () => {
      const el = await card('gkc');
      for (const a of shadow(el).querySelectorAll('a')) {
        expect(a.hasAttribute('target')).to.equal(false);
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.querySelector('.visually-hidden')?.textContent?.trim()).to.equal('(external site)');
      }
      expect(shadow(el).querySelectorAll('a').length).to.be.greaterThan(2);
    });

    it('new-tab opens links in a new tab, and says so', async () => {
      const el = await card('gkc', 'new-tab=');
      const links = shadow(el).querySelectorAll('a');
      expect(links.length).to.be.greaterThan(2);
      for (const a of links) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.querySelector('.visually-hidden')?.textContent?.trim()).to.equal(
          '(external site, opens in a new tab)',
        );
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('an unknown id shows the fallback content and warns with the valid ids', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AdvocacyGroupCard>(
          html`<advocacy-group-card group="no-such-group"><p>See our partners page.</p></advocacy-group-card>`,
        );
        expect(visibleText(el)).to.equal('See our partners page.');
        expect(shadow(el).querySelector('.notice')).to.equal(null);
        const warning = warnings.messages.find((m) => m.includes('group="no-such-group"'))!;
        for (const id of groupIds()) expect(warning).to.contain(`"${id}"`);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('an unknown id without fallback shows a short notice', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AdvocacyGroupCard>(html`<advocacy-group-card group="zzz"> </advocacy-group-card>`);
        expect(visibleText(el)).to.equal('This organisation could not be found.');
        expect(warnings.messages).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('neither group nor name: a notice and a warning, no exception', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<AdvocacyGroupCard>(html`<advocacy-group-card></advocacy-group-card>`);
        expect(visibleText(el)).to.equal('This organisation could not be found.');
        expect(warnings.messages[0]).to.contain('name="…"');
      } finally {
        warnings.restore();
      }
    });

    it('falls back from bad attributes and warns once, naming the valid values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card('aka', 'variant=tiny;hide=bogus sources;country=mx;kind=club;heading-level=9');
        await card('aka', 'variant=tiny');
        const text = visibleText(el);
        expect(text).to.contain(group('aka')!.description.en);
        expect(text).to.contain('Consumer advocacy · United States');
        expect(shadow(el).querySelector('.sources')).to.equal(null);
        expect(shadow(el).querySelector('h2')).not.to.equal(null);
        const about = (word: string) => warnings.messages.filter((m) => m.includes(word));
        expect(about('variant="tiny"')).to.have.length(1);
        expect(about('variant="tiny"')[0]).to.contain('"full", "compact"');
        expect(about('"bogus"')[0]).to.contain('"description", "focus", "founded", "website", "actions", "sources"');
        expect(about('country="mx"')[0]).to.contain('"us", "ca", "int"');
        expect(about('kind="club"')[0]).to.contain('"consumer-advocacy"');
        expect(about('heading-level="9"')[0]).to.contain('1 to 6');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('changing group re-renders, and a bad id later never throws', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card('aka');
        el.group = 'nhprs';
        await el.updateComplete;
        expect($(el, 'h2').textContent).to.contain('Natural Health Product Research Society of Canada');
        el.group = 'gone';
        await el.updateComplete;
        expect(visibleText(el)).to.equal('This organisation could not be found.');
      } finally {
        warnings.restore();
      }
    });

    it('never sets inline styles', async () => {
      const el = await card('aka');
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('locales', () => {
    after(() => setLocale('en'));

    it('switches dataset text and dates to French, then Spanish', async () => {
      const aka = group('aka')!;
      const bea = group('bea')!;
      const el = await card('aka');
      const inactive = await card('bea');
      await setLocale('fr');
      await el.updateComplete;
      await inactive.updateComplete;
      let text = visibleText(el);
      expect(text).to.contain(aka.description.fr);
      expect(text).to.contain('Visiter le site Web');
      expect(text).to.contain('15 juillet 2026');
      expect(visibleText(inactive)).to.contain(bea.verification.note.fr);
      await expect(el).to.be.accessible();

      await setLocale('es');
      await el.updateComplete;
      text = visibleText(el);
      expect(text).to.contain(aka.description.es);
      expect(text).to.contain('Visitar el sitio web');
      expect(text).to.contain('15 de julio de 2026');
      await setLocale('en');
      await el.updateComplete;
      expect(visibleText(el)).to.contain(aka.description.en);
    });

    // These need the translations in data-work/translations-advocacy-group-card.json merged into xliff/.
    it('translates its own labels into French and Spanish', async () => {
      const el = await card('bea');
      await setLocale('fr');
      await el.updateComplete;
      let text = visibleText(el);
      expect(text).to.contain('Association professionnelle · États-Unis');
      expect(text).to.contain('Inactif depuis 2017');
      expect(text).to.contain('Domaines d’action');
      expect(text).to.contain('Sources (9)');
      expect(text).to.contain('Vérifié jusqu’au 15 juillet 2026');
      expect(text).to.contain('(site externe)');
      await setLocale('es');
      await el.updateComplete;
      text = visibleText(el);
      expect(text).to.contain('Asociación comercial · Estados Unidos');
      expect(text).to.contain('Inactiva desde 2017');
      expect(text).to.contain('Fuentes (9)');
      expect(text).to.contain('(sitio externo)');
      await setLocale('en');
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const [id, variant] of [
        ['aka', 'full'],
        ['bea', 'full'],
        ['cka', 'full'],
        ['gkc', 'compact'],
        ['nkc', 'compact'],
      ] as const) {
        it(`passes axe in the ${theme} theme (${id}, ${variant})`, async () => {
          const el = await card(id, `theme=${theme};variant=${variant}`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('the unknown-id notice passes axe in both themes', async () => {
      const warnings = captureWarnings();
      try {
        for (const theme of ['light', 'dark']) {
          const el = await fixture<AdvocacyGroupCard>(
            html`<advocacy-group-card group="missing" theme=${theme}></advocacy-group-card>`,
          );
          expect(visibleText(el)).to.equal('This organisation could not be found.');
          await expect(el).to.be.accessible();
        }
      } finally {
        warnings.restore();
      }
    });

    it('follows the page: dark where the page supports dark and the reader prefers it', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
      try {
        const el = await card('cka');
        expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(30, 34, 38)');
        await expect(el).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('dark theme paints a dark card', async () => {
      const el = await card('aka', 'theme=dark');
      expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(30, 34, 38)');
    });

    it('takes --kratom-* custom properties set by the page', async () => {
      const el = await fixture<AdvocacyGroupCard>(
        html`<advocacy-group-card group="aka" style="--kratom-color-accent: rgb(1, 2, 3)"></advocacy-group-card>`,
      );
      expect(getComputedStyle($(el, '.avatar')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('layout', () => {
    it('is stacked on a narrow container and horizontal on a wide one', async () => {
      const el = await fixture<AdvocacyGroupCard>(
        html`<advocacy-group-card group="aka" style="width: 280px"></advocacy-group-card>`,
      );
      const left = (selector: string) => $(el, selector).getBoundingClientRect().left;
      // Narrow: the description starts under the avatar.
      expect(Math.abs(left('.description') - left('.avatar'))).to.be.lessThan(2);
      expect(el.scrollWidth).to.be.at.most(280);
      ($(el, '.sources') as HTMLDetailsElement).open = true;
      expect($(el, '.card').scrollWidth).to.be.at.most(280);
      el.setAttribute('style', 'width: 900px');
      await el.updateComplete;
      // Wide: the avatar has a column of its own; the aside sits beside the description.
      expect(left('.description')).to.be.greaterThan(left('.avatar') + 40);
      expect(left('.aside')).to.be.greaterThan(left('.description') + 200);
    });
  });
});

function expectVerification(el: AdvocacyGroupCard, g: AdvocacyGroup) {
  const box = shadow(el).querySelector('.verification');
  const v = g.verification;
  if (v.state === 'verified') {
    expect(box, 'verified groups show no qualifier').to.equal(null);
    return;
  }
  expect(box).not.to.equal(null);
  const title = box!.querySelector('.verification-title')!.textContent;
  if (v.state === 'inactive') {
    expect(title).to.equal(v.since ? `Inactive since ${englishDate(v.since)}` : 'Inactive');
  } else {
    expect(title).to.equal('Not confirmed');
  }
  expect(box!.querySelector('.verification-note')!.textContent).to.equal(v.note.en);
}
