import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';

// One config, three jobs:
//   vite / npm start     the demo page (demo/index.html) with every element
//   vite build           npm build: one ES module per source file, lit external
//   vite build --mode cdn  script-tag build: one self-contained module
const elements = readdirSync('src/elements');

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', server: { host: '127.0.0.1', port: 5173 } };
  }

  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        reportCompressedSize: false,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'kratom-widgets.js' },
        // Vite keeps whitespace in ES library output; this file is for browsers
        // only, so minify it fully.
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }

  return {
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: ['src/index.ts', 'src/all.ts', 'src/data/index.ts', ...elements.map((name) => `src/elements/${name}/define.ts`)],
        formats: ['es'],
      },
      rolldownOptions: {
        // lit and @lit/localize stay imports, so an app bundles one copy of each.
        external: [/^lit($|\/)/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
