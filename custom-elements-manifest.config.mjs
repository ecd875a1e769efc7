// Generates custom-elements.json (referenced by package.json "customElements"):
// editor hints, Storybook docs and framework wrappers read it.
import fs from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The analyzer lists every entry of `static properties` as an attribute,
 * internal state (`state: true`) included. Those fields are private, so drop
 * the attributes of private fields: the manifest then lists what a page can set.
 */
function publicAttributesOnly() {
  return {
    name: 'kratom-public-attributes-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * The analyzer writes an attribute's type as it is spelled in the source, so
 * `region` says `MapRegion` and `theme` says `Theme`: names a reader of the
 * manifest cannot look up. Where the type the compiler sees is a union of
 * string literals, write the literals out (`'us' | 'ca' | 'na'`), for the
 * attribute and its field, so editors, Storybook controls and the embed
 * builder offer the values themselves.
 */
function expandLiteralUnions() {
  return {
    name: 'kratom-expand-literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      const files = customElementsManifest.modules.map((m) => m.path);
      const checker = typeProgram([...files, EVENT_MAP_FILE]).getTypeChecker();

      /** `'a' | 'b'` when `symbol`'s type is a union of string literals (undefined and null aside). */
      const literals = (symbol, at) => {
        const type = checker.getTypeOfSymbolAtLocation(symbol, at);
        const parts = (type.isUnion() ? type.types : [type]).filter(
          (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
        );
        if (parts.length < 2 || !parts.every((t) => t.isStringLiteral())) return undefined;
        return parts.map((t) => `'${t.value}'`).join(' | ');
      };

      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(module.path);
        if (!source) continue;
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const node = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
          if (!node) continue;
          const classType = checker.getTypeAtLocation(node);
          const expand = (entry, fieldName) => {
            const text = entry.type?.text;
            // Only a bare name: literal unions and `number | string` are already readable.
            if (!text || !/^[A-Za-z_$][\w$]*$/.test(text)) return;
            const property = checker.getPropertyOfType(classType, fieldName);
            const union = property && literals(property, node);
            if (union) entry.type = { ...entry.type, text: union };
          };
          for (const attribute of declaration.attributes ?? []) if (attribute.fieldName) expand(attribute, attribute.fieldName);
          for (const member of declaration.members ?? []) if (member.kind === 'field' && !member.static) expand(member, member.name);
        }
      }
    },
  };
}


/** The program both plugins below read types from (the analyzer's own is not exposed). */
let program;
function typeProgram(files) {
  program ??= ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  return program;
}

/**
 * Events, named and typed as a listener sees them. The analyzer names an
 * event dispatched with a constant after the constant
 * (`JURISDICTION_SELECT_EVENT`): resolve it to the string it holds, and merge
 * it with the `@fires` entry of that name. Then type every event from
 * `KratomEventMap` (src/shared/events.ts), `CustomEvent<Detail>`, and fail the
 * build for an event the map does not type, so a new event cannot ship untyped.
 */
function realEvents() {
  return {
    name: 'kratom-real-events',
    packageLinkPhase({ customElementsManifest }) {
      const files = [...customElementsManifest.modules.map((m) => m.path), EVENT_MAP_FILE];
      const checker = typeProgram(files).getTypeChecker();
      const eventMap = eventTypes(checker);
      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(module.path);
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            let name = event.name;
            if (/^[A-Z][A-Z0-9_]*$/.test(name)) name = constantValue(checker, source, name) ?? name;
            const merged = { ...byName.get(name), ...event, name };
            if (byName.get(name)?.description && !event.description) merged.description = byName.get(name).description;
            byName.set(name, merged);
          }
          declaration.events = [...byName.values()].map((event) => {
            const type = eventMap.get(event.name);
            if (!type) throw new Error(`<${declaration.tagName}> fires "${event.name}", which KratomEventMap (${EVENT_MAP_FILE}) does not type.`);
            return { ...event, type: { text: type } };
          });
        }
      }
    },
  };
}

const EVENT_MAP_FILE = 'src/shared/events.ts';

/** `'kratom-faq-toggle' -> 'CustomEvent<FaqToggleDetail>'`, read from the KratomEventMap interface. */
function eventTypes(checker) {
  const source = program.getSourceFile(EVENT_MAP_FILE);
  const map = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'KratomEventMap');
  if (!map) throw new Error(`No KratomEventMap in ${EVENT_MAP_FILE}`);
  const types = new Map();
  for (const member of map.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    types.set(member.name.text, member.type.getText(source));
  }
  void checker;
  return types;
}

/** The string literal a constant named `name`, used in `source`, holds. */
function constantValue(checker, source, name) {
  let found;
  const visit = (node) => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === name) {
      const type = checker.getTypeAtLocation(node);
      if (type.isStringLiteral()) found = type.value;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * What a user of the package reads: only public API, at the paths npm ships.
 * - Private, protected and static members go (Lit's lifecycle and our base
 *   class's plumbing are not API), as does the base class's `addController`.
 * - The abstract base class stays, for the inherited `theme`, but is not
 *   itself an element (it has no tag).
 * - `src/x.ts` becomes `dist/esm/x.js`, in module paths and references.
 * - Each `define.js` gets a module with its `custom-element-definition`
 *   exports, read from its `defineElement('tag', Class)` calls.
 */
function publishedShape() {
  const valueExports = (path) => {
    const checker = program.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(path));
    const names = new Set();
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (target.flags & ts.SymbolFlags.Value) names.add(exported.name);
    }
    return names;
  };
  const toDist = (path) =>
    path?.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/esm/$1.js');
  // `from` is the module the reference is written in: re-exports keep the
  // specifier as written (`./remembered-choice.js`).
  const fixReference = (reference, from) => {
    if (!reference?.module) return;
    const module = reference.module.startsWith('.') ? posix.join(posix.dirname(from), reference.module) : reference.module;
    reference.module = toDist(module);
  };
  return {
    name: 'kratom-published-shape',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (!declaration.tagName) delete declaration.customElement;
          declaration.members = declaration.members?.filter(
            (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && m.name !== 'addController',
          );
          fixReference(declaration.superclass, module.path);
          for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
            fixReference(entry.inheritedFrom, module.path);
          }
        }
        // Types are not in the .js file: `export type { X }` is for TypeScript, which reads the .d.ts.
        const values = valueExports(module.path);
        module.exports = module.exports?.filter((e) => e.kind !== 'js' || values.has(e.name));
        for (const exported of module.exports ?? []) fixReference(exported.declaration, module.path);
        const folder = module.path.match(/^src\/elements\/([^/]+)\//)?.[1];
        const define = folder && `src/elements/${folder}/define.ts`;
        if (define && module.path.endsWith(`/${folder}.ts`) && fs.existsSync(define)) {
          const calls = [...fs.readFileSync(define, 'utf8').matchAll(/defineElement\('([a-z0-9-]+)',\s*(\w+)\)/g)];
          const classes = new Map(customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [d.name, m.path])));
          definitions.push({
            kind: 'javascript-module',
            path: `dist/esm/elements/${folder}/define.js`,
            declarations: [],
            exports: calls.map(([, tag, name]) => ({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name, module: toDist(classes.get(name)) },
            })),
          });
        }
      }
      for (const module of customElementsManifest.modules) module.path = toDist(module.path);
      customElementsManifest.modules.push(...definitions);
    },
  };
}

export default {
  // The element classes and their base class: helpers, styles and geometry are not API.
  globs: ['src/elements/*/kratom-*.ts', 'src/elements/*/advocacy-*.ts', 'src/shared/kratom-element.ts'],
  // Styles and the drawings loaded with the data (*.view.ts) declare no element.
  exclude: ['src/**/*.styles.ts', 'src/**/*.view.ts'],
  litelement: true,
  outdir: '.',
  // Order matters: the type-reading plugins need the source paths, which the last one rewrites.
  plugins: [publicAttributesOnly(), expandLiteralUnions(), realEvents(), publishedShape()],
};
