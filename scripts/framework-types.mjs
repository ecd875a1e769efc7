// Editor and framework files generated from custom-elements.json (run after
// `cem analyze`), shipped in dist/types/:
// - jsx.d.ts: JSX props for every tag (React 19, Preact, Solid), by
//   custom-element-jsx-integration; react.d.ts puts them into React's JSX.
// - vue.d.ts: Vue's GlobalComponents, by custom-element-vuejs-integration.
// - svelte.d.ts: Svelte 5's SvelteHTMLElements, from the JSX props (see below).
// - vscode.html-custom-data.json and web-types.json: attribute hints for
//   VS Code and JetBrains editors, by their two generators.
// Props are typed from the element classes (`KratomLawMap['region']`), so a
// value outside an attribute's union is a type error in every framework.
import fs from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const OUT = 'dist/types';
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));

/**
 * The generators write a listener as `(e: CustomEvent<${type}>) => void` and
 * import `${type}` by name, so they want the detail type where the manifest
 * (rightly) has the event's own type, `CustomEvent<Detail>`. Read-only
 * properties (getters) are not props anyone can set, so they go too.
 */
function forGenerators(source) {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
        if (!detail) throw new Error(`Event ${event.name} of <${declaration.tagName}> is not typed CustomEvent<Detail>.`);
        event.type = { text: detail };
      }
      if (declaration.members) declaration.members = declaration.members.filter((m) => !m.readonly);
    }
  }
  return copy;
}

const elements = forGenerators(manifest);
const quiet = { hideLogs: true };
// Paths are relative to dist/types/.
const types = { globalTypePath: '../esm/index.js' };

fs.rmSync(OUT, { recursive: true, force: true });
generateJsxTypes(elements, { ...quiet, ...types, outdir: OUT, fileName: 'jsx.d.ts' });
generateVuejsTypes(elements, { ...quiet, ...types, outdir: OUT, fileName: 'vue.d.ts' });
generateVsCodeCustomElementData(elements, { ...quiet, outdir: OUT, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
generateJetBrainsWebTypes(elements, {
  ...quiet,
  outdir: OUT,
  webTypesFileName: 'web-types.json',
  packageJson: pkg,
});

// Fixes to the generators' output, each checked by the consumer apps:
// - An event two elements fire (kratom-jurisdiction-select) makes them import
//   its detail type twice, which TypeScript rejects.
// - Vue's template checker looks a listener up camel-cased
//   (`@kratom-jurisdiction-select` is `onKratomJurisdictionSelect`).
// - The Vue file ends with a global JSX namespace of Vue components,
//   which would clash with React's or Preact's JSX in the same project.
const camel = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const fixes = {
  'jsx.d.ts': (text) => text,
  // Vue's own HTML attributes and listeners (role, @click) beside each tag's props.
  'vue.d.ts': (text) =>
    text
      .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";')
      .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & Omit<HTMLAttributes, keyof $1>>')
      .replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_, name) => `on${camel(name)}?:`)
      .replace(/\n\s*declare global \{[\s\S]*$/, '\n'), // the file's last block
};
for (const [file, fix] of Object.entries(fixes)) {
  const path = `${OUT}/${file}`;
  const text = fix(fs.readFileSync(path, 'utf8')).replace(/import type \{([^}]*)\}/g, (_, names) => {
    const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
    return `import type { ${unique.join(', ')} }`;
  });
  if (file === 'vue.d.ts' && /declare global/.test(text)) throw new Error('vue.d.ts: the global JSX block was not removed');
  fs.writeFileSync(path, text);
}

// The CSS data lists a custom property or part once per element that has it;
// an editor wants each name once.
{
  const path = `${OUT}/vscode.css-custom-data.json`;
  const data = JSON.parse(fs.readFileSync(path, 'utf8'));
  const once = (list = []) => [...new Map(list.map((entry) => [entry.name, entry])).values()];
  data.properties = once(data.properties);
  data.pseudoElements = once(data.pseudoElements);
  fs.writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

// React 19 reads custom elements' props from React.JSX.IntrinsicElements.
// The generator's props give each tag only a few base attributes; a tag
// also takes everything a React HTML element does (onClick, role, a typed
// ref), so add React's own, less the names the element defines itself.
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const classes = tags.map((d) => d.name).join(', ');
const propTypes = tags.map((d) => `${d.name}Props`).join(', ');
fs.writeFileSync(
  `${OUT}/react.d.ts`,
  `// Types <kratom-law-map region="us"> and the other tags in React 19 TSX.
// Opt in once: import type {} from 'kratom-widgets/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from '../esm/index.js';
import type { ${propTypes} } from './jsx.js';

type Tag<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${tags.map((d) => `      '${d.tagName}': Tag<${d.name}, ${d.name}Props>;`).join('\n')}
    }
  }
}
`,
);

// custom-element-svelte-integration 1.2 writes Svelte 4's `on:event` and a
// namespace that stays local to its module; Svelte 5 reads
// SvelteHTMLElements and takes listeners as `onevent` attributes, which is
// how the JSX props already spell them.
fs.writeFileSync(
  `${OUT}/svelte.d.ts`,
  `// Types <kratom-law-map region="us"> and the other tags in Svelte 5 components.
// Opt in once: import type {} from 'kratom-widgets/svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type { ${classes} } from '../esm/index.js';
import type { ${propTypes} } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tags.map((d) => `    '${d.tagName}': Omit<HTMLAttributes<${d.name}>, keyof ${d.name}Props> & ${d.name}Props;`).join('\n')}
  }
}
`,
);

console.log(`Framework and editor types: ${fs.readdirSync(OUT).sort().join(', ')} in ${OUT}/`);
