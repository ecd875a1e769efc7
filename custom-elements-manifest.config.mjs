// Generates custom-elements.json (referenced by package.json "customElements"):
// editor hints, Storybook docs and framework wrappers read it.

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

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/kratom-element.ts'],
  exclude: ['src/**/define.ts', 'src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [publicAttributesOnly()],
};
