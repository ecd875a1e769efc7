// Generates custom-elements.json (referenced by package.json "customElements"):
// editor hints, Storybook docs and framework wrappers read it.
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
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        resolveJsonModule: true,
        experimentalDecorators: false,
        strict: true,
        skipLibCheck: true,
        noEmit: true,
      });
      const checker = program.getTypeChecker();

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

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/kratom-element.ts'],
  exclude: ['src/**/define.ts', 'src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [publicAttributesOnly(), expandLiteralUnions()],
};
