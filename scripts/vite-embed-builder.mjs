// The demo site's two ways of running, for the embed builder (demo/builder.html).
//
// The builder reads three things from "the library's files": custom-elements.json,
// and dist/cdn/ (the files a site owner pastes, which the previews load and
// whose SRI hashes the snippet carries). The page finds them through
// <meta name="kratom-builder-files">, an address relative to the page.
//
//   npm start (vite serve, root demo/): the meta says "../" and this plugin
//   answers /custom-elements.json and /dist/cdn/* from the repository, byte
//   for byte; /src/* goes to Vite as the source modules, so a preview can
//   also run the library's sources (with no build at all). There is no
//   sri.json here: hashes computed from the files as served now could never
//   disagree with the page's own.
//
//   npm run build:demo (vite build --mode demo): the plugin copies
//   custom-elements.json and dist/cdn/ into the site and points the meta at
//   "./", so the static site needs nothing else. It also writes
//   dist/cdn/sri.json there: the sha384 of each file, as `npm run build` made it.
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { normalizePath } from 'vite';
import { dropReviewerNotes } from './vite-drop-notes.mjs';
import { minifyTemplates } from './vite-minify-templates.mjs';

const REPO = resolve(import.meta.dirname, '..');
const CDN = join(REPO, 'dist', 'cdn');
const MANIFEST = join(REPO, 'custom-elements.json');

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
};

/** The files whose hashes a snippet can carry. */
const HASHED = ['kratom-widgets-loader.js', 'kratom-widgets.js', 'kratom-widgets.css'];

/** The sha384 of each file a snippet can name, as SRI writes it, for the files `npm run build` made. */
function recordedHashes() {
  const hashes = {};
  for (const name of HASHED) {
    const file = join(CDN, name);
    if (existsSync(file)) hashes[name] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  }
  return hashes;
}

/** What the server says when it has no file to send. */
function fail(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** Sends a file as it is on disk (no transform: the SRI hash must match), or 404. */
function sendFile(res, file) {
  if (!existsSync(file) || !statSync(file).isFile()) {
    fail(res, 404, `${file.slice(REPO.length + 1)} is missing: run \`npm run build\` (the builder's previews and hashes need dist/cdn/).`);
    return;
  }
  const stream = createReadStream(file);
  // A file removed or unreadable between the check and the read (a build running): an error, not a crash.
  stream.on('error', (error) => {
    if (res.headersSent) res.destroy(error);
    else fail(res, 500, `${file.slice(REPO.length + 1)} could not be read: ${error.message}`);
  });
  stream.once('open', () => {
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    stream.pipe(res);
  });
}

/** Vite's address for a file outside its root: /@fs/ and the path with forward slashes (C:/… on Windows). */
const FS_REPO = `/@fs/${normalizePath(REPO).replace(/^\/+/, '')}`;

/**
 * The prerender worker runs @lit-labs/ssr's DOM shim, written for Node: it
 * registers a Node hook for CSS imports (nothing to do in a browser, and a
 * probe Vite's bundler cannot bundle) and imports node-fetch (Node streams).
 * Both modes give the worker small browser stand-ins from demo/builder/.
 */
const workerConfig = () => ({
  resolve: {
    alias: [
      { find: /^@lit-labs\/ssr-dom-shim\/register-css-hook\.js$/, replacement: join(REPO, 'demo', 'builder', 'no-css-hook.ts') },
      { find: /^node-fetch$/, replacement: join(REPO, 'demo', 'builder', 'worker-fetch.ts') },
    ],
  },
  worker: { format: 'es' },
});

/**
 * In the built worker only (worker.plugins never reach the page's bundle):
 * Lit's `isServer` is true, so the elements draw as they do on a server.
 * Under `npm start` the worker shares Lit with the previews, so it keeps the
 * browser's value there.
 */
const workerIsServer = () => ({
  name: 'kratom-embed-builder-worker-is-server',
  enforce: 'pre',
  resolveId(source) {
    return source === 'lit-html/is-server.js' ? join(REPO, 'demo', 'builder', 'worker-is-server.ts') : null;
  },
});

/** `vite` / `npm start`: serve the built files and the sources beside the demo. */
export function embedBuilderServe() {
  return {
    name: 'kratom-embed-builder-serve',
    config: () => ({
      ...workerConfig(),
      // Found only when the worker first starts; listed, so the page does not reload then.
      optimizeDeps: { include: ['@lit-labs/ssr', '@lit-labs/ssr/lib/install-global-dom-shim.js', '@lit-labs/ssr/lib/render-result.js'] },
    }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        let path;
        try {
          path = decodeURIComponent(url.pathname);
        } catch {
          return fail(res, 400, `${url.pathname} is not a valid address (a % not followed by two hex digits).`);
        }
        if (path === '/custom-elements.json') return sendFile(res, MANIFEST);
        if (path.startsWith('/dist/cdn/')) {
          const file = resolve(CDN, path.slice('/dist/cdn/'.length));
          if (!file.startsWith(CDN + sep)) return next();
          return sendFile(res, file);
        }
        // The library's sources, as Vite serves any file of the workspace.
        if (path.startsWith('/src/')) req.url = `${FS_REPO}${req.url}`;
        return next();
      });
    },
    transformIndexHtml(html) {
      // Tells the builder it may offer the source modules to its previews.
      return html.replace(/(<meta name="kratom-builder-sources" content=")(")/, '$1/src/$2');
    },
  };
}

/** `vite build --mode demo`: copy what the builder reads into the static site. */
export function embedBuilderStatic() {
  let outDir = '';
  return {
    name: 'kratom-embed-builder-static',
    apply: 'build',
    config: () => {
      const config = workerConfig();
      // The templates minified as in dist/ (so the script that takes a
      // prerendered element over finds the templates it drew), and no notes.
      return { ...config, worker: { ...config.worker, plugins: () => [workerIsServer(), dropReviewerNotes(), minifyTemplates()] } };
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      for (const file of [join(CDN, 'kratom-widgets-loader.js'), join(CDN, 'kratom-widgets.js'), MANIFEST]) {
        if (!existsSync(file)) this.error(`${file.slice(REPO.length + 1)} is missing: run \`npm run build\` before \`npm run build:demo\`.`);
      }
    },
    transformIndexHtml(html) {
      return html.replace(/(<meta name="kratom-builder-files" content=")\.\.\/(")/, '$1./$2');
    },
    writeBundle() {
      const target = join(outDir, 'dist', 'cdn');
      cpSync(CDN, target, { recursive: true });
      cpSync(MANIFEST, join(outDir, 'custom-elements.json'));
      writeFileSync(join(target, 'sri.json'), `${JSON.stringify(recordedHashes(), null, 2)}\n`);
      console.log(`${outDir.slice(REPO.length + 1)}/: the demo site and the embed builder (builder.html), with dist/cdn/ and its hashes; serve it with any static server.`);
    },
  };
}
