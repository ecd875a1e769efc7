// Test server route for test/prerender.test.ts: /test-prerender?markup=…&lang=…
// answers with `npm run render`'s output for that markup (the built
// dist/esm/ssr/render.js, in a child process so that Lit's server build never
// loads into the test runner itself).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/render.mjs', import.meta.url));

export async function prerender(context, next) {
  if (context.path !== '/test-prerender') return next();
  const markup = context.query.markup ?? '';
  const lang = context.query.lang ?? 'en';
  const html = await new Promise((resolve, reject) =>
    execFile(process.execPath, [SCRIPT, String(markup), `--lang=${lang}`], { maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    ),
  ).catch((error) => {
    context.status = 500;
    return String(error.message);
  });
  context.type = 'text/html';
  context.body = html;
}
