// Generates custom-elements.json (referenced by package.json "customElements"):
// editor hints, Storybook docs and framework wrappers read it.
export default {
  globs: ['src/elements/**/*.ts', 'src/shared/kratom-element.ts'],
  exclude: ['src/**/define.ts', 'src/generated/**'],
  litelement: true,
  outdir: '.',
};
