import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { minifyTemplates } from './scripts/vite-minify-templates.mjs';
import { dropReviewerNotes } from './scripts/vite-drop-notes.mjs';
import { embedBuilderServe, embedBuilderStatic } from './scripts/vite-embed-builder.mjs';
import { NAMED_CHUNKS } from './scripts/lazy-chunks.mjs';

// One config, three jobs:
//   vite / npm start     the demo page (demo/index.html) with every element
//   vite build           npm build: one ES module per source file, lit external
//   vite build --mode cdn  script-tag build: one self-contained module
//   vite build --mode cdn-chunks  the data and outlines it loads on demand
//   vite build --mode cdn-loader  the autoloader and the per-element chunks it imports
//   vite build --mode demo  the demo site and the embed builder as static files (demo-dist/)
const elements = readdirSync('src/elements');

// Modules the script-tag build loads on demand, as dist/cdn/chunks/<name>.js:
// the named parts (scripts/lazy-chunks.mjs) and one chunk per jurisdiction's
// full record (scripts/data-records.mjs).
const LAZY_CHUNKS: Record<string, string> = {
  ...NAMED_CHUNKS,
  ...Object.fromEntries(
    readdirSync('src/generated/records').map((file) => [`record-${file.replace(/\.json$/, '')}`, `src/generated/records/${file}`]),
  ),
};
const LAZY_PREFIX = 'kratom-chunk:';

/**
 * What the script-tag file with every element loads after its first paint,
 * from files beside it (the npm build loads the same parts on demand): the
 * drawing code of the elements that wait for a data file anyway (their
 * `*.view.ts`, loaded beside that file), the map's table, details panel,
 * keys, tooltip and timeline, the FAQ's structured data, the notice for a
 * site's dataset that failed, and the takeover of prerendered HTML with the
 * hydration code only it uses.
 */
const AFTER_PAINT =
  /[\\/]src[\\/]elements[\\/][a-z-]+[\\/][a-z-]+\.view\.ts$|[\\/]src[\\/](elements[\\/]kratom-law-map[\\/](table-view|details-panel|keyboard|tooltip|timeline)|elements[\\/]kratom-faq[\\/]structured-data|shared[\\/](data-notice|take-over))\.ts$|[\\/]node_modules[\\/](@lit-labs[\\/]ssr-client|lit-html[\\/](experimental-hydrate|private-ssr-support))[\\/]/;

/**
 * The group of the script-tag file with every element: what its first paint
 * needs, that is every module the entry reaches through imports that do not
 * pass through an after-paint module. A module only after-paint code imports
 * (the keyboard's neighbour table) goes with that code, not in the file.
 */
function firstPaintGroup(id: string, ctx: ChunkingContext): string | null {
  const memo = new Map<string, boolean>();
  const needed = (module: string): boolean => {
    const known = memo.get(module);
    if (known !== undefined) return known;
    memo.set(module, false); // a cycle proves nothing
    const info = ctx.getModuleInfo(module);
    const via = (importer: string) => !AFTER_PAINT.test(importer) && needed(importer);
    const result =
      !AFTER_PAINT.test(module) &&
      (Boolean(info?.isEntry) || (info?.importers ?? []).some(via) || (info?.dynamicImporters ?? []).some(via));
    memo.set(module, result);
    return result;
  };
  if (needed(id)) return 'kratom-widgets';
  // What the card's and the list's drawings share goes with the card's, which
  // the list loads too: neither then waits for a third file.
  if (/[\\/](advocacy-group-card[\\/]advocacy-group-card\.view|shared[\\/]group-labels)\.ts$/.test(id)) return 'advocacy-group-card.view';
  return null;
}

/**
 * In the script-tag build, leaves the lazy modules out as imports of
 * ./chunks/<name>.js (built by --mode cdn-chunks), so the main file is one
 * self-contained module and nothing else loads until an element needs it.
 */
function lazyChunksExternal(): Plugin {
  const byFile = new Map(Object.entries(LAZY_CHUNKS).map(([name, file]) => [resolve(file), name]));
  return {
    name: 'kratom-lazy-chunks-external',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const name = resolved && byFile.get(resolved.id);
      return name ? { id: `${LAZY_PREFIX}${name}`, external: true } : null;
    },
  };
}

/**
 * In the script-tag builds, the table of record loaders (which names each of
 * the 71 chunks, 0.5 kB gzip) becomes one computed import: the chunk of a
 * record is chunks/record-<code>.js, for the codes the bundled briefs list.
 * `prefix` leads from the file the code lands in to chunks/.
 * (The npm build keeps the table: an app's bundler must see each import.)
 */
function recordChunksByName(prefix: string): Plugin {
  const file = resolve('src/generated/record-loaders.ts');
  return {
    name: 'kratom-record-chunks-by-name',
    enforce: 'pre',
    load(id) {
      if (id !== file) return null;
      // The bundled briefs, already in the file, name the same places as the records.
      return `import { BRIEFS } from './jurisdiction-briefs.js';
let codes;
export const RECORD_LOADERS = new Proxy({}, {
  get: (_, code) => ((codes ??= new Set(BRIEFS.map((b) => b.code))).has(code) ? () => import(${JSON.stringify(prefix)} + code + '.js') : undefined),
});`;
    },
  };
}

/**
 * The autoloader's shared chunks, by who needs a module: "core" for what the
 * disclaimer (the smallest element) needs, which every element needs too;
 * "common" for what two or more of the others share; anything else stays
 * with the one element (or lazy part) that uses it.
 */
function sharedChunkName(id: string, ctx: ChunkingContext): string | null {
  const users = new Set<string>();
  const seen = new Set<string>();
  const walk = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    const define = /[\\/]src[\\/]elements[\\/]([^\\/]+)[\\/]define\.ts$/.exec(module);
    if (define) users.add(define[1]);
    for (const importer of ctx.getModuleInfo(module)?.importers ?? []) walk(importer);
  };
  walk(id);
  if (users.has('kratom-disclaimer')) return 'core';
  return users.size >= 2 ? 'common' : null;
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // The demo site; the embed builder's previews also get /dist/cdn/ and /src/.
    return { root: 'demo', server: { host: '127.0.0.1', port: 5173 }, plugins: [embedBuilderServe()] };
  }

  if (mode === 'demo') {
    // npm run build:demo: the demo site and the embed builder as static files in
    // demo-dist/ (outside dist/, so never in the npm package), with a copy of
    // dist/cdn/ for the builder's previews and hashes (build the library first).
    // The demo page links the library as a site owner does: the reserve
    // stylesheet and the script-tag file, here from the copy of dist/cdn/
    // beside the page (the plugin below copies it) instead of the sources
    // that npm start serves. Vite leaves vite-ignore tags as they are.
    const shipped: [string, string][] = [
      ['<link rel="stylesheet" href="../src/cdn/kratom-widgets.css" />', '<link rel="stylesheet" href="./dist/cdn/kratom-widgets.css" vite-ignore />'],
      ['<script type="module" src="../src/cdn.ts"></script>', '<script type="module" src="./dist/cdn/kratom-widgets.js" vite-ignore></script>'],
    ];
    const shippedFiles: Plugin = {
      name: 'kratom-demo-shipped-files',
      transformIndexHtml: {
        order: 'pre',
        handler(html, { filename }) {
          if (!filename.endsWith('index.html')) return html;
          for (const [source, built] of shipped) {
            if (!html.includes(source)) throw new Error(`demo/index.html no longer holds ${source}; update vite.config.ts (mode demo).`);
            html = html.replace(source, built);
          }
          return html;
        },
      },
    };
    return {
      root: 'demo',
      base: './',
      plugins: [dropReviewerNotes(), embedBuilderStatic(), shippedFiles],
      build: {
        outDir: resolve('demo-dist'),
        emptyOutDir: true,
        target: 'es2022',
        // Every browser the library supports has modulepreload: no polyfill chunk.
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        rolldownOptions: {
          input: { index: resolve('demo/index.html'), builder: resolve('demo/builder.html') },
          // The prerender worker's bundle is built inside the page's: its time shows as one slow plugin call.
          checks: { bundlerTimings: false },
        },
      },
    };
  }

  if (mode === 'cdn') {
    // KRATOM_CDN_ELEMENT=<tag> builds dist/cdn/<tag>.js, one element alone
    // (scripts/build-cdn-elements.mjs runs it for each); otherwise the file
    // with every element.
    const element = process.env.KRATOM_CDN_ELEMENT;
    return {
      plugins: [dropReviewerNotes(), minifyTemplates(), recordChunksByName('./chunks/record-'), lazyChunksExternal()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: !element,
        target: 'es2022',
        reportCompressedSize: false,
        lib: element
          ? { entry: `src/elements/${element}/define.ts`, formats: ['es'], fileName: () => `${element}.js` }
          : { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'kratom-widgets.js' },
        rolldownOptions: {
          // The after-paint files import Lit and the rest from this one, which exports them for that.
          preserveEntrySignatures: element ? 'strict' : 'allow-extension',
          output: {
            // One element alone stays one file. The file with every element
            // leaves what loads after a first paint (AFTER_PAINT) in files
            // beside it; everything else is grouped into it, the entry, so
            // its first paint is one request. A dynamic import of a module
            // bundled here resolves without a request.
            codeSplitting: element ? false : { includeDependenciesRecursively: false, groups: [{ name: firstPaintGroup }] },
            chunkFileNames: 'kratom-widgets-[name]-[hash].js',
            paths: (id: string) => (id.startsWith(LAZY_PREFIX) ? `./chunks/${id.slice(LAZY_PREFIX.length)}.js` : id),
            // Vite keeps whitespace in ES library output; these files are for
            // browsers only, so minify them fully.
            minify: true,
          },
        },
      },
    };
  }

  if (mode === 'cdn-loader') {
    // The autoloader and what it imports: each element's code and the Lit and
    // shared code they have in common, as chunks in dist/cdn/auto/, so a page
    // fetches only what its elements need and the common parts once. The
    // dataset chunks are the ones beside the other script-tag files.
    return {
      plugins: [dropReviewerNotes(), minifyTemplates(), recordChunksByName('../chunks/record-'), lazyChunksExternal()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        reportCompressedSize: false,
        // Library mode: plain dynamic imports that resolve beside the file
        // (Vite's app mode would wrap them in a preload helper that adds
        // <link> tags with root-relative addresses to the host page).
        lib: { entry: { 'kratom-widgets-loader': 'src/cdn/loader.ts' }, formats: ['es'] },
        rolldownOptions: {
          // The loader's exports stay as they are; chunks may gain helper exports.
          preserveEntrySignatures: 'allow-extension',
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'auto/[name]-[hash].js',
            // Two shared chunks instead of dozens of small ones: "core" (Lit,
            // localize, the base element; all a disclaimer needs) and "common"
            // (what two or more of the other elements share). Each element's
            // own code stays in its own chunk.
            codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: sharedChunkName, debugName: 'core-and-common' }] },
            paths: (id: string) => (id.startsWith(LAZY_PREFIX) ? `../chunks/${id.slice(LAZY_PREFIX.length)}.js` : id),
            minify: true,
          },
        },
      },
    };
  }

  if (mode === 'cdn-chunks') {
    // The parts most pages never need, beside the script-tag file. They
    // import no Lit (the map hands its download control its own), so the
    // small helpers they share may be copied without harm. One chunk that
    // imports another (map-download, map-image) imports the file itself.
    // Library mode: plain dynamic imports, without Vite's preload helper
    // (which would announce failures on the host page's window).
    //
    // KRATOM_CDN_CHUNK=<name> builds that one chunk as a single file, its
    // helpers copied in, so it needs no second request for them once it
    // arrives (scripts/build-cdn-chunks.mjs builds each so); =records builds
    // the 71 records, which import nothing.
    const only = process.env.KRATOM_CDN_CHUNK;
    const entries = only === 'records'
      ? Object.fromEntries(Object.entries(LAZY_CHUNKS).filter(([name]) => name.startsWith('record-')))
      : only
        ? { [only]: LAZY_CHUNKS[only] }
        : LAZY_CHUNKS;
    return {
      plugins: [dropReviewerNotes(), minifyTemplates(), lazyChunksExternal()],
      build: {
        outDir: 'dist/cdn/chunks',
        emptyOutDir: false,
        target: 'es2022',
        reportCompressedSize: false,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          preserveEntrySignatures: 'strict',
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'shared-[hash].js',
            codeSplitting: only && only !== 'records' ? false : undefined,
            paths: (id: string) => (id.startsWith(LAZY_PREFIX) ? `./${id.slice(LAZY_PREFIX.length)}.js` : id),
            minify: true,
          },
        },
      },
    };
  }

  return {
    plugins: [dropReviewerNotes(), minifyTemplates()],
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: ['src/index.ts', 'src/all.ts', 'src/data/index.ts', 'src/ssr/render.ts', ...elements.map((name) => `src/elements/${name}/define.ts`)],
        formats: ['es'],
      },
      rolldownOptions: {
        // lit and @lit/localize stay imports, so an app bundles one copy of each.
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // A JSON module gets its own name (faq.json.js), so faq.js stays the
          // module that faq.d.ts describes.
          entryFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('.json') ? '[name].json.js' : '[name].js'),
        },
      },
    },
  };
});
