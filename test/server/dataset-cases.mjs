// Test server routes for a site-configured dataset (test/data-source.test.ts):
// /test-data/<case> answers the way a real server might, good or bad, and
// /test-data/requests?path=… says how many requests a path received.
import { readFileSync } from 'node:fs';

const FILE = new URL('../../dist/cdn/data/kratom-data.json', import.meta.url);
const counts = new Map();

/** The release file with one visible change: a newer date, and Maine's status moved on. */
function newer() {
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  data.version = data.version.replace(/^(\d+)\.(\d+)\.\d+$/, (_, major, minor) => `${major}.${Number(minor) + 1}.0`);
  data.asOf = '2026-11-30';
  for (const record of data.jurisdictions) record.checkedThrough = '2026-11-30';
  const maine = data.jurisdictions.find((r) => r.code === 'US-ME');
  maine.status = 'sale-prohibited';
  return data;
}

const CASES = {
  good: () => ({ type: 'application/json', body: JSON.stringify(newer()) }),
  // A later 2.x release may add fields; an older script still takes the file.
  'extra-field': () => {
    const data = newer();
    data.generator = 'a later release';
    for (const record of data.jurisdictions) record.reviewedBy = 'someone';
    return { type: 'application/json', body: JSON.stringify(data) };
  },
  old: () => ({ type: 'application/json', body: JSON.stringify({ ...newer(), asOf: '2025-01-01' }) }),
  major: () => ({ type: 'application/json', body: JSON.stringify({ ...newer(), version: '3.0.0', places: [] }) }),
  invalid: () => {
    const data = newer();
    delete data.jurisdictions[5].status;
    return { type: 'application/json', body: JSON.stringify(data) };
  },
  // Valid JSON, but padded past the 2 MB limit.
  huge: () => ({ type: 'application/json', body: JSON.stringify(newer()) + ' '.repeat(2_200_000) }),
  slow: async () => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    return { type: 'application/json', body: JSON.stringify(newer()) };
  },
  missing: () => ({ status: 404, type: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' }),
  broken: () => ({ status: 500, type: 'text/plain', body: 'Internal Server Error' }),
  'bad-json': () => ({ type: 'application/json', body: JSON.stringify(newer()).slice(0, 5000) }),
  // Down for the first request to an address, fine after: for "Try again".
  flaky: (path) => (counts.get(path) === 1 ? { status: 503, type: 'text/plain', body: 'Service Unavailable' } : CASES.good()),
  // What a misconfigured site often answers: its own HTML page.
  html: () => ({ type: 'text/html', body: '<!doctype html><html><head><title>Shop</title></head><body>Welcome</body></html>' }),
};

/** Koa middleware for the test server. */
export async function datasetCases(context, next) {
  if (!context.path.startsWith('/test-data/')) return next();
  context.set('cache-control', 'no-store');
  if (context.path === '/test-data/requests') {
    context.type = 'text/plain';
    context.body = String(counts.get(context.query.path) ?? 0);
    return undefined;
  }
  counts.set(context.path, (counts.get(context.path) ?? 0) + 1);
  // /test-data/<case>/<anything>: the extra part gives each test its own address to count.
  const make = CASES[context.path.split('/')[2]];
  if (!make) {
    context.status = 404;
    return undefined;
  }
  const { status = 200, type, body } = await make(context.path);
  context.status = status;
  context.type = type;
  context.body = body;
  return undefined;
}
