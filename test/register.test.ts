import { expect } from '@open-wc/testing';
import { defineElement } from '../src/shared/register.js';
import { KratomDisclaimer } from '../src/elements/kratom-disclaimer/kratom-disclaimer.js';
import { VERSION } from '../src/shared/version.js';
import { captureWarnings } from './helpers/dom.js';
import pkg from '../package.json';

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
