import { expect, html, waitUntil } from '@open-wc/testing';
import { KratomElement } from '../src/shared/kratom-element.js';
import { lazy } from '../src/shared/lazy.js';
import { defineElement } from '../src/shared/register.js';
import { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { VERSION } from '../src/shared/version.js';
import { captureWarnings } from './helpers/dom.js';
import pkg from '../package.json';

describe('elements that load dataset parts', () => {
  it('show a notice instead of going blank when a part cannot load, warn once, and try again later', async () => {
    let attempts = 0;
    const flaky = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { words: 'loaded' };
    });
    class NeedsData extends KratomElement {
      static override requires = [flaky];
      override render() {
        return html`<p class="ok">${flaky.value!.words}</p>`;
      }
    }
    customElements.define('kratom-test-needs-data', NeedsData);
    const warnings = captureWarnings();
    try {
      const el = document.createElement('kratom-test-needs-data') as NeedsData;
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.data-missing'), 'no notice');
      expect(el.shadowRoot!.textContent).to.contain('could not be loaded');
      expect(warnings.messages.filter((m) => m.includes("<kratom-test-needs-data>'s data could not be loaded"))).to.have.length(1);
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await waitUntil(() => el.shadowRoot?.querySelector('.ok'), 'never recovered');
      expect(el.shadowRoot!.textContent).to.contain('loaded');
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('registration guard', () => {
  it('keeps the version constant equal to package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });

  it('defines a tag that is free', () => {
    defineElement('kratom-test-free', class extends KratomDisclaimer {});
    expect(customElements.get('kratom-test-free')).to.not.equal(undefined);
  });

  it('does not throw when another copy of another version defined the tag, and warns once', () => {
    class OtherCopy extends HTMLElement {
      static kratomVersion = '0.0.1';
    }
    customElements.define('kratom-test-old', OtherCopy);
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('kratom-test-old', class extends KratomDisclaimer {})).not.to.throw();
      defineElement('kratom-test-old', class extends KratomDisclaimer {});
      expect(customElements.get('kratom-test-old')).to.equal(OtherCopy);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('kratom-widgets 0.0.1');
      expect(warnings.messages[0]).to.contain(VERSION);
    } finally {
      warnings.restore();
    }
  });

  it('stays silent when a second copy has the same version', () => {
    class SameVersion extends HTMLElement {
      static kratomVersion = VERSION;
    }
    customElements.define('kratom-test-same', SameVersion);
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('kratom-test-same', class extends KratomDisclaimer {})).not.to.throw();
      expect(warnings.messages).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });

  it('loading the registration module twice is harmless', async () => {
    await import('../src/elements/kratom-disclaimer/define.js');
    // A second module instance of the same file, as a second bundle would have.
    const again = '../src/elements/kratom-disclaimer/define.ts?again';
    await import(/* @vite-ignore */ again);
    expect(customElements.get('kratom-disclaimer')).to.equal(KratomDisclaimer);
  });
});

describe('registering only a class', () => {
  it('a list registered under an app’s own tag still upgrades the cards it draws', async () => {
    // The class alone (as from kratom-widgets/advocacy-group-list/class), never its define module.
    const { AdvocacyGroupList } = await import('../src/elements/advocacy-group-list/advocacy-group-list.js');
    expect(customElements.get('advocacy-group-card')).to.equal(undefined);
    customElements.define('my-app-group-list', class extends AdvocacyGroupList {});
    const el = document.createElement('my-app-group-list') as InstanceType<typeof AdvocacyGroupList>;
    document.body.append(el);
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('advocacy-group-card')!;
    expect(card).to.exist;
    expect(customElements.get('advocacy-group-card')).to.not.equal(undefined);
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot?.textContent?.trim()).to.not.equal('');
    el.remove();
  });
});
