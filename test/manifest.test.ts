// custom-elements.json (written by `cem analyze` during the build) is what
// editors, Storybook and framework wrappers read: it must list exactly the
// attributes a page can set, not the elements' internal state.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import * as library from '../src/index.js';

interface ManifestDeclaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
}

// Built by `npm run build` (npm test runs it first); the test server serves JSON as a module.
const MANIFEST = '/custom-elements.json';

describe('custom-elements.json', () => {
  it('lists, for every element, exactly the attributes of its public properties', async () => {
    const manifest = ((await import(MANIFEST)) as { default: { modules: { declarations?: ManifestDeclaration[] }[] } }).default;
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const classes = Object.entries(library).filter(([name]) => declarations.some((d) => d.name === name));
    expect(classes.map(([name]) => name).sort()).to.deep.equal(declarations.map((d) => d.name).sort());
    for (const [name, element] of classes) {
      const listed = (declarations.find((d) => d.name === name)!.attributes ?? []).map((a) => a.name).sort();
      // A class observes the attributes of its public properties; internal state has none.
      expect(listed, name).to.deep.equal([...(element as typeof ReactiveElement).observedAttributes].sort());
    }
    // The map's internal state (tooltip, focus, loaded parts) is not an attribute.
    const map = declarations.find((d) => d.tagName === 'kratom-law-map')!;
    expect(map.attributes!.map((a) => a.name)).to.include.members(['region', 'view', 'selected', 'link-hash']);
    expect(map.attributes!.map((a) => a.name)).not.to.include('tip');
  });
});
