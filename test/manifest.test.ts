// custom-elements.json (written by `cem analyze` during the build) is what
// editors, Storybook, the framework types in dist/types/ and the embed builder
// read. It must describe the published package as a user meets it: the files
// npm ships, and each element's real attributes, properties, events, slots
// and parts, checked here against the running elements and the shipped code.
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/all.js';
import * as library from '../src/index.js';
import { shadow } from './helpers/dom.js';

interface Named {
  name: string;
  description?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: (Named & { fieldName?: string; type?: { text: string } })[];
  members?: (Named & { kind: string; static?: boolean; privacy?: string })[];
  events?: (Named & { type?: { text: string } })[];
  slots?: Named[];
  cssParts?: Named[];
  superclass?: { name: string; module?: string; package?: string };
}
interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
interface Manifest {
  modules: ManifestModule[];
}

// Built by `npm run build` (npm test runs it first); the test server serves JSON as a module.
const MANIFEST = '/custom-elements.json';
const manifest = async () => ((await import(MANIFEST)) as { default: Manifest }).default;
const elements = (m: Manifest) => m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);

// Macrotasks, not animation frames (a background tab gets none).
const settle = async (el: ReactiveElement) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
};

/** The shipped code every element's templates are in: the script-tag file and its lazy chunks with templates. */
async function shippedCode(): Promise<string> {
  const read = async (file: string) => {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: ${response.status} (run npm run build)`);
    return response.text();
  };
  const main = await read('/dist/cdn/kratom-widgets.js');
  // The files it loads after a first paint (the drawings of the elements that wait for data among them), named in its dynamic imports.
  const afterPaint = [...main.matchAll(/import\(`\.\/(kratom-widgets-[\w.-]+\.js)`\)/g)].map((m) => `/dist/cdn/${m[1]}`);
  expect(afterPaint.length, 'after-paint files').to.be.greaterThan(3);
  const texts = await Promise.all([...afterPaint, '/dist/cdn/chunks/map-download.js', '/dist/cdn/chunks/map-image.js'].map(read));
  return [main, ...texts].join('\n');
}

/** Each element on the page as a reader first meets it (children where it takes them). */
const MARKUP: Record<string, ReturnType<typeof html>> = {
  'advocacy-group-card': html`<advocacy-group-card group="aka"><span slot="description">x</span></advocacy-group-card>`,
  'advocacy-group-list': html`<advocacy-group-list filters="country kind"></advocacy-group-list>`,
  'kratom-disclaimer': html`<kratom-disclaimer variant="short"></kratom-disclaimer>`,
  'kratom-faq': html`<kratom-faq searchable topics="basics"></kratom-faq>`,
  'kratom-faq-item': html`<kratom-faq-item question="Q?">A.</kratom-faq-item>`,
  'kratom-law-lookup': html`<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>`,
  'kratom-law-map': html`<kratom-law-map view="map" downloadable timeline></kratom-law-map>`,
  'kratom-law-updates': html`<kratom-law-updates></kratom-law-updates>`,
  'kratom-shipping-notice': html`<kratom-shipping-notice destination="US-TX"></kratom-shipping-notice>`,
  'kratom-status-badge': html`<kratom-status-badge jurisdiction="US-TX"></kratom-status-badge>`,
};

/** What a reader does with each element that fires events: the manifest's events must be what they fire. */
const USE: Record<string, (el: HTMLElement) => Promise<void> | void> = {
  'kratom-law-map': (el) => {
    shadow(el).querySelector<HTMLElement>('.target[data-code="US-KY"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  },
  'kratom-law-lookup': (el) => {
    const select = shadow(el).querySelector('select')!;
    select.value = 'US-KY';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  },
  'kratom-faq': (el) => shadow(el).querySelector<HTMLButtonElement>('button.question')!.click(),
  'advocacy-group-list': (el) => shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[1]!.click(),
  'kratom-disclaimer': (el) => shadow(el).querySelector<HTMLButtonElement>('button')!.click(),
};

/** Names in a space-separated part list, static (`part="a b"`) in the shipped code. */
// part="…" in a template, or part: '…' handed to a shared template (src/shared/heading.ts).
const staticParts = (code: string) => new Set([...code.matchAll(/part(?:=|:\s*)["'`]([^"'`$]+)["'`]/g)].flatMap((m) => m[1]!.split(/\s+/)));
const staticSlots = (code: string) => new Set([...code.matchAll(/<slot(?:\s+name="([\w-]+)")?[\s>@]/g)].map((m) => m[1] ?? ''));
const renderedParts = (el: Element) => new Set([...shadow(el).querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
const renderedSlots = (el: Element) => new Set([...shadow(el).querySelectorAll('slot')].map((s) => s.name));

describe('custom-elements.json', () => {
  it('points at the files npm ships, with no internal modules', async () => {
    const m = await manifest();
    const paths = new Set<string>();
    for (const module of m.modules) {
      paths.add(module.path);
      for (const declaration of module.declarations ?? []) {
        if (declaration.superclass?.module) paths.add(declaration.superclass.module);
        for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
          const from = (entry as { inheritedFrom?: { module?: string } }).inheritedFrom?.module;
          if (from) paths.add(from);
        }
      }
      for (const exported of module.exports ?? []) if (exported.declaration.module) paths.add(exported.declaration.module);
    }
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/esm\/(elements\/[\w-]+|shared)\/[\w-]+\.js$/);
      expect((await fetch(`/${path}`, { method: 'HEAD' })).ok, `${path} exists`).to.equal(true);
    }
    // Element classes, their definitions and their base class; no styles, geometry or helpers.
    const kinds = m.modules.map((mod) => mod.path.replace(/^dist\/esm\//, ''));
    for (const path of kinds) expect(path).to.match(/^(elements\/[\w-]+\/(kratom|advocacy)-[\w-]+|elements\/[\w-]+\/define|shared\/kratom-element)\.js$/);
    expect(kinds.some((p) => /styles|geometry/.test(p))).to.equal(false);
  });

  it('has a custom-element-definition for every tag, naming the class the page registers', async () => {
    const m = await manifest();
    const definitions = m.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    const tags = elements(m).map((d) => d.tagName!).sort();
    expect(definitions.map((d) => d.name).sort()).to.deep.equal(tags);
    for (const definition of definitions) {
      expect(customElements.get(definition.name)?.name, definition.name).to.equal(definition.declaration.name);
      const declared = m.modules.find((mod) => mod.path === definition.declaration.module)?.declarations?.find((d) => d.name === definition.declaration.name);
      expect(declared?.tagName, definition.name).to.equal(definition.name);
    }
  });

  it('lists, for every element, exactly the attributes of its public properties, with literal unions written out', async () => {
    const declarations = elements(await manifest());
    const classes = Object.entries(library).filter(([name]) => declarations.some((d) => d.name === name));
    expect(classes.map(([name]) => name).sort()).to.deep.equal(declarations.map((d) => d.name).sort());
    for (const [name, element] of classes) {
      const declaration = declarations.find((d) => d.name === name)!;
      const listed = (declaration.attributes ?? []).map((a) => a.name).sort();
      // A class observes the attributes of its public properties; internal state has none.
      expect(listed, name).to.deep.equal([...(element as typeof ReactiveElement).observedAttributes].sort());
      // No bare type names (`MapRegion`) a reader cannot look up.
      for (const attribute of declaration.attributes ?? []) expect(attribute.type?.text ?? 'string', `${name} ${attribute.name}`).not.to.match(/^[A-Z]\w*$/);
    }
    const map = declarations.find((d) => d.tagName === 'kratom-law-map')!;
    expect(map.attributes!.find((a) => a.name === 'region')!.type!.text).to.equal("'us' | 'ca' | 'na'");
  });

  it('lists the public properties and methods each element has, and none of its internals', async () => {
    for (const declaration of elements(await manifest())) {
      const el = document.createElement(declaration.tagName!) as ReactiveElement;
      const members = declaration.members ?? [];
      for (const member of members) {
        expect(member.privacy ?? 'public', `${declaration.tagName} ${member.name}`).to.equal('public');
        expect(member.static, `${declaration.tagName} ${member.name}`).not.to.equal(true);
        expect(member.name in el, `${declaration.tagName} has ${member.name}`).to.equal(true);
        if (member.kind === 'method') expect(typeof (el as unknown as Record<string, unknown>)[member.name]).to.equal('function');
      }
      // Every public reactive property (not internal state) is listed.
      const reactive = [...(el.constructor as typeof ReactiveElement).elementProperties]
        .filter(([key, options]) => typeof key === 'string' && !options.state)
        .map(([key]) => key as string);
      const fields = members.filter((m) => m.kind === 'field').map((m) => m.name);
      expect(fields, declaration.tagName).to.include.members(reactive);
    }
  });

  it('lists the events each element fires, by their real names, typed CustomEvent<Detail>', async () => {
    const declarations = elements(await manifest());
    const fired = new Map<string, Set<string>>();
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event instanceof CustomEvent && this instanceof HTMLElement && MARKUP[this.localName]) {
        if (!fired.has(this.localName)) fired.set(this.localName, new Set());
        fired.get(this.localName)!.add(event.type);
      }
      return dispatch.call(this, event);
    };
    try {
      for (const declaration of declarations) {
        const tag = declaration.tagName!;
        const el = await fixture<ReactiveElement>(MARKUP[tag]!);
        await settle(el);
        await USE[tag]?.(el);
        await settle(el);
        const listed = (declaration.events ?? []).map((e) => e.name).sort();
        expect([...(fired.get(tag) ?? [])].sort(), tag).to.deep.equal(listed);
        for (const event of declaration.events ?? []) expect(event.type?.text, `${tag} ${event.name}`).to.match(/^CustomEvent<[A-Z]\w+Detail>$/);
      }
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
    }
  });

  it('lists the slots and CSS parts each element renders, and only ones its code has', async () => {
    const code = await shippedCode();
    const codeParts = staticParts(code);
    const codeSlots = staticSlots(code);
    for (const declaration of elements(await manifest())) {
      const tag = declaration.tagName!;
      const el = await fixture<ReactiveElement>(MARKUP[tag]!);
      await settle(el);
      await USE[tag]?.(el);
      await settle(el);
      const documentedParts = new Set((declaration.cssParts ?? []).map((p) => p.name));
      const documentedSlots = new Set((declaration.slots ?? []).map((s) => s.name));
      const parts = renderedParts(el);
      const slots = renderedSlots(el);
      for (const part of parts) expect(documentedParts.has(part), `<${tag}> renders part "${part}", not in the manifest`).to.equal(true);
      for (const slot of slots) expect(documentedSlots.has(slot), `<${tag}> renders slot "${slot}", not in the manifest`).to.equal(true);
      for (const part of documentedParts) expect(codeParts.has(part) || parts.has(part), `<${tag}> documents part "${part}", which no code renders`).to.equal(true);
      for (const slot of documentedSlots) expect(codeSlots.has(slot) || slots.has(slot), `<${tag}> documents slot "${slot}", which no code renders`).to.equal(true);
      for (const entry of [...(declaration.cssParts ?? []), ...(declaration.slots ?? [])]) expect(entry.description, `${tag} ${entry.name}`).to.be.a('string').and.not.equal('');
    }
  });

  it('gives VS Code and JetBrains editors every tag with its attributes and their values', async () => {
    const declarations = elements(await manifest());
    // The test server serves JSON as a module (built by npm run build).
    const read = async (file: string) => ((await import(file)) as { default: unknown }).default;
    const vscode = (await read('/dist/types/vscode.html-custom-data.json')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
    const webTypes = (await read('/dist/types/web-types.json')) as { contributions: { html: { elements: { name: string; attributes: { name: string }[]; events?: { name: string }[] }[] } } };
    for (const declaration of declarations) {
      const attributes = (declaration.attributes ?? []).map((a) => a.name).sort();
      const tag = vscode.tags.find((t) => t.name === declaration.tagName);
      expect(tag?.attributes.map((a) => a.name).sort(), `VS Code <${declaration.tagName}>`).to.deep.equal(attributes);
      const element = webTypes.contributions.html.elements.find((e) => e.name === declaration.tagName);
      expect(element?.attributes.map((a) => a.name).sort(), `web-types <${declaration.tagName}>`).to.deep.equal(attributes);
      expect((element?.events ?? []).map((e) => e.name).sort()).to.deep.equal((declaration.events ?? []).map((e) => e.name).sort());
    }
    const region = vscode.tags.find((t) => t.name === 'kratom-law-map')!.attributes.find((a) => a.name === 'region')!;
    expect(region.values?.map((v) => v.name)).to.deep.equal(['us', 'ca', 'na']);
  });
});
