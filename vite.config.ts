import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { minifyTemplates } from './scripts/vite-minify-templates.mjs';

// One config, three jobs:
//   vite / npm start     the demo page (demo/index.html) with every element
//   vite build           npm build: one ES module per source file, lit external
//   vite build --mode cdn  script-tag build: one self-contained module plus lazy chunks
const elements = readdirSync('src/elements');

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', server: { host: '127.0.0.1', port: 5173 } };
  }

  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'kratom-widgets.js' },
        rolldownOptions: {
          output: {
            // What most pages never need (translations, full legal records,
            // extra map geometry) goes into chunks beside the main file; the
            // browser loads them relative to it (import.meta.url) on demand.
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Vite keeps whitespace in ES library output; these files are for
            // browsers only, so minify them fully.
            minify: true,
          },
        },
      },
    };
  }

  return {
    plugins: [minifyTemplates()],
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
