// Fuzz test: every element takes a few hundred seeded random operations
// (attributes set to valid and hostile values, removed and toggled,
// properties set to the wrong type, the element moved out of the page and
// back, the locale switched) and must never throw, never leave a rejected or
// hanging updateComplete, keep its console warnings bounded, and still draw
// something once it is given valid attributes again.
//
// Reproduce a failure: the message names the element, its seed and the last
// operations. Set SEED (and OPS_PER_ELEMENT) below to replay a whole run; the
// sequence for one element depends only on its seed.
import { expect } from '@open-wc/testing';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import '../src/all.js';
import { setLocale } from '../src/index.js';

const SEED = 0x6b726174;
const OPS_PER_ELEMENT = 300;
/** A hang: updateComplete (or setLocale) not settled after this long. */
const TIMEOUT_MS = 3000;
/** Library warnings allowed for the whole run (Lit's dev-mode notes are not counted). */
const MAX_WARNINGS = 100;

const TAGS = [
  'kratom-law-map',
  'kratom-law-lookup',
  'kratom-status-badge',
  'kratom-shipping-notice',
  'advocacy-group-card',
  'advocacy-group-list',
  'kratom-faq',
  'kratom-disclaimer',
  'kratom-law-updates',
] as const;
type Tag = (typeof TAGS)[number];

type Fuzzed = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

// ---- seeded randomness ----------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each element gets a seed of its own that does not depend on the order of the tests. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const seedFor = (tag: string) => (SEED ^ hash(tag)) >>> 0;

interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---- values ---------------------------------------------------------------------

const STATUSES = ['banned', 'sale-prohibited', 'restricted-7oh', 'regulated', 'age-limit-only', 'legal-unregulated', 'unknown'];
const GROUPS = ['aka', 'bea', 'bae', 'kta', 'cka', 'nhprs', 'gkc', 'hart', 'kratom-science', 'kcac', 'kri', 'nkc'];
const GROUP_KINDS = ['consumer-advocacy', 'trade-association', 'research-society', 'coalition', 'education', 'recovery-support', 'media'];
const HIDEABLE = ['description', 'focus', 'founded', 'website', 'actions', 'sources'];
const FAQ_IDS = ['what-is-kratom', 'kratom-deaths', 'main-alkaloids', 'is-kratom-legal-canada', 'kcpa-requirements'];
const EVENT_KINDS = ['enacted', 'effective', 'rule', 'ruling', 'repealed', 'introduced', 'failed'];
const PLACES = ['US-TX', 'us-tx', 'CA-ON', 'US', 'CA', 'US-AL', 'US-MS', 'ca-bc', 'US-CA'];
const COUNTRY = ['us', 'ca', 'both', 'US'];

/** Documented values (README tables and the element sources), by attribute; the first is used to restore. */
const VALID: Record<string, readonly string[]> = {
  theme: ['auto', 'light', 'dark', 'DARK'],
  'heading-level': ['2', '1', '3', '4', '5', '6'],
  country: COUNTRY,
  jurisdiction: [...PLACES, 'TX', 'ON'],
  format: ['long', 'short', 'LONG'],
  destination: ['US-AL', 'us-al', 'CA-ON', 'AL', 'ON', 'US-MS', 'US-TX'],
  region: ['na', 'us', 'ca'],
  view: ['table', 'auto', 'map', 'grid'],
  selected: ['US-TX', 'us-tx', 'CA-ON', 'US-AL', 'US', 'CA'],
  statuses: ['banned regulated', ...STATUSES, 'sale-prohibited,unknown', STATUSES.join(' ')],
  date: ['2019-01-01', '2019', '2019-06', '2024-02-29', '2012-12-31', '2030-01-01'],
  variant: ['full', 'short'],
  topics: ['medical legal', 'medical', 'legal', 'regulatory', 'medical legal regulatory'],
};

const VALID_BY_TAG: Partial<Record<Tag, Record<string, readonly string[]>>> = {
  'advocacy-group-card': {
    group: GROUPS,
    variant: ['full', 'compact'],
    hide: [...HIDEABLE, 'description focus', HIDEABLE.join(' ')],
    name: ['Fuzz Kratom Society', 'Société québécoise'],
    acronym: ['FKS', 'SQ'],
    country: ['us', 'ca', 'int'],
    kind: GROUP_KINDS,
    website: ['https://example.org/', 'https://example.org/a?b=c#d'],
  },
  'advocacy-group-list': {
    country: ['all', 'us', 'ca', 'int'],
    kind: ['all', ...GROUP_KINDS],
    layout: ['grid', 'list'],
    filters: ['', 'country', 'kind', 'country kind'],
    variant: ['full', 'compact'],
    heading: ['Advocacy groups', 'Groupes'],
    hide: [...HIDEABLE, 'description focus'],
  },
  'kratom-faq': {
    topics: ['advocacy basics safety law', 'advocacy', 'basics', 'safety', 'law', 'safety law'],
    ids: [FAQ_IDS.join(' '), ...FAQ_IDS],
    mode: ['multiple', 'single'],
  },
  'kratom-law-updates': {
    jurisdiction: ['US-TX CA-ON', 'US-TX', 'TX', 'us-al', 'CA-ON US-FL'],
    kinds: [...EVENT_KINDS, 'enacted effective', EVENT_KINDS.join(' ')],
    since: ['2025-01-01', '2025-01', '2025', '2019-06-30'],
    limit: ['10', '1', '5', '25'],
  },
  'kratom-disclaimer': {
    variant: ['full', 'short'],
  },
};

const LONG_A = 'a'.repeat(100 * 1024);
const LONG_CODES = 'US-TX CA-ON '.repeat(Math.ceil((100 * 1024) / 12));
const LONG_EMOJI = '🌿'.repeat(50 * 1024);

/** Values no attribute documents. */
const HOSTILE: readonly string[] = [
  '',
  ' ',
  '\t\n \r',
  LONG_A,
  LONG_CODES,
  LONG_EMOJI,
  'مرحبا بالعالم',
  'שלום \u202Eevil\u202C',
  'Ünïcödé ñ 中文 日本語',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'http://example.org/',
  '0',
  '-1',
  '7',
  '3.5',
  '1e309',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  'false',
  '{"a":1}',
  '[1,2,3]',
  '🦄🌿',
  '👩‍👩‍👧‍👦',
  '\uD800',
  'x\uDC00y',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '%',
  '#US-TX',
  'US-TX\u0000',
  'ＵＳ-ＴＸ',
  'US_TX',
  'us tx',
  'US-TX, CA-ON,,',
  'US-ZZ',
  '2019-02-30',
];

/** Properties set by script, of the wrong type. */
const WRONG_TYPES: readonly unknown[] = [
  0,
  42,
  -1,
  3.5,
  NaN,
  Infinity,
  null,
  undefined,
  true,
  {},
  [],
  ['US-TX', 'CA-ON'],
  { toString: () => 'US-TX' },
  // A dictionary object: String() of it throws.
  Object.create(null) as unknown,
];

function validFor(tag: Tag, attribute: string): readonly string[] {
  return VALID_BY_TAG[tag]?.[attribute] ?? VALID[attribute] ?? [];
}

/** Values a page or a typing user makes up: more distinct values than any pool. */
function freshValue(r: Rng, valid: readonly string[]): string {
  switch (r.int(3)) {
    case 0: {
      const v = valid.length ? r.pick(valid) : 'US-TX';
      return v.slice(0, 1 + r.int(Math.max(1, v.length - 1))); // a prefix, as if typed
    }
    case 1:
      return String(r.int(1_000_000));
    default:
      return Array.from({ length: 1 + r.int(12) }, () => String.fromCharCode(33 + r.int(94))).join('');
  }
}

/** A value as the operation log shows it. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value.length > 40 ? value.slice(0, 40) : value);
    return value.length > 40 ? `${quoted.slice(0, -1)}…" (${value.length} chars)` : quoted;
  }
  if (typeof value === 'number' || value === undefined) return String(value);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === null) return 'Object.create(null)';
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'toString')) return "{ toString: () => 'US-TX' }";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// ---- the element's real attributes ------------------------------------------------

interface AttributeInfo {
  attribute: string;
  property: string;
  boolean: boolean;
}

function attributesOf(tag: string): AttributeInfo[] {
  const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
  const observed = ctor.observedAttributes;
  const byAttribute = new Map<string, AttributeInfo>();
  for (const [property, options] of ctor.elementProperties as Map<PropertyKey, PropertyDeclaration>) {
    if (options.state || options.attribute === false || typeof property !== 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
    byAttribute.set(attribute, { attribute, property, boolean: options.type === Boolean });
  }
  return observed.map((attribute) => byAttribute.get(attribute) ?? { attribute, property: attribute, boolean: false });
}

// ---- what goes wrong ------------------------------------------------------------------

interface Failure {
  kind: string;
  message: string;
  where: string;
  op: number;
  recent: string[];
}

interface Run {
  tag: Tag;
  seed: number;
  log: string[];
  failures: Failure[];
}

let run: Run | undefined;

function describeError(error: unknown): { message: string; where: string } {
  const e = error as { message?: unknown; stack?: unknown } | null;
  const message =
    e && typeof e === 'object' && 'message' in e ? `${'name' in e ? String(e.name) : 'Error'}: ${String(e.message)}` : String(error);
  const stack = e && typeof e.stack === 'string' ? e.stack : '';
  const frames = stack.split('\n').filter((l) => /^\s*at /.test(l));
  // The first frame in our sources: where the library threw.
  const where = (frames.find((l) => l.includes('/src/')) ?? frames[0] ?? '').replace(/^\s*at /, '');
  return { message, where };
}

// Stack frames name lines of the code as served (TypeScript compiled by
// esbuild); its inline source map gives the line in src/.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sourceMaps = new Map<string, Promise<number[][][] | undefined>>();

function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const line of mappings.split(';')) {
    const segments: number[][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        sourceLine += values[2];
        sourceColumn += values[3];
        segments.push([column, source, sourceLine, sourceColumn]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

function sourceMapOf(url: string): Promise<number[][][] | undefined> {
  let map = sourceMaps.get(url);
  if (!map) {
    map = fetch(url)
      .then((response) => response.text())
      .then((code) => {
        const inline = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(code);
        return inline ? decodeMappings((JSON.parse(atob(inline[1])) as { mappings: string }).mappings) : undefined;
      })
      .catch(() => undefined);
    sourceMaps.set(url, map);
  }
  return map;
}

/** "fn (src/x.ts:12:5)" with the line and column in the TypeScript source. */
async function sourceLocation(frame: string): Promise<string> {
  const m = /^(.*?)\(?(https?:\/\/[^/]+\/([^?:]+)[^:]*):(\d+):(\d+)\)?$/.exec(frame);
  if (!m) return frame;
  const [, name, url, path, line, column] = m;
  let at = `${path}:${line}:${column} (as served)`;
  const map = await sourceMapOf(url);
  const segments = map?.[Number(line) - 1];
  if (segments?.length) {
    let best = segments[0];
    for (const s of segments) if (s[0] <= Number(column) - 1) best = s;
    at = `${path}:${best[2] + 1}:${best[3] + 1}`;
  }
  return name.trim() ? `${name.trim()} (${at})` : at;
}

function record(kind: string, error: unknown) {
  if (!run) return;
  const { message, where } = describeError(error);
  run.failures.push({ kind, message, where, op: run.log.length, recent: run.log.slice(-5) });
}

// Capturing listeners on window run before mocha's and the runner's own, so
// an error during a run is counted here and reported with its seed and
// operations, instead of failing whichever test happens to be running.
window.addEventListener(
  'error',
  (event) => {
    if (!run || !(event instanceof ErrorEvent)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    record('window error', event.error ?? event.message);
  },
  true,
);
window.addEventListener(
  'unhandledrejection',
  (event) => {
    if (!run) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    record('unhandled rejection', event.reason);
  },
  true,
);

// ---- warnings ----------------------------------------------------------------------------

const LIT_DEV = /lit\.dev\/msg|Lit is in dev mode|Multiple versions of Lit/;

const warnings = {
  total: 0,
  lit: 0,
  byKey: new Map<string, number>(),
  byRun: new Map<string, number>(),
  first: [] as string[],
};
let originalWarn: typeof console.warn | undefined;

/** "kratom-law-map statuses", "setLocale", …: what a warning is about. */
function warningKey(message: string): string {
  const attribute = /^kratom-widgets: <([\w-]+)> (?:needs (?:an? )?)?([\w-]+)/.exec(message);
  if (attribute) return `${attribute[1]} ${attribute[2]}`;
  const call = /^kratom-widgets: (\w+)\(/.exec(message);
  if (call) return call[1];
  return message.slice(0, 50);
}

function onWarn(...args: unknown[]) {
  const message = args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ');
  if (LIT_DEV.test(message)) {
    warnings.lit++;
    return;
  }
  warnings.total++;
  const key = warningKey(message);
  warnings.byKey.set(key, (warnings.byKey.get(key) ?? 0) + 1);
  if (run) warnings.byRun.set(run.tag, (warnings.byRun.get(run.tag) ?? 0) + 1);
  if (warnings.first.length < 8) warnings.first.push(message.length > 200 ? `${message.slice(0, 200)}… (${message.length} chars)` : message);
}

// ---- awaiting without hanging -------------------------------------------------------------

type Settled = { kind: 'ok' } | { kind: 'rejected'; error: unknown } | { kind: 'timeout' };

async function within(promise: Promise<unknown>, ms = TIMEOUT_MS): Promise<Settled> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (): Settled => ({ kind: 'ok' }),
        (error: unknown): Settled => ({ kind: 'rejected', error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Awaits el.updateComplete; false when it hung (the run cannot go on). */
async function updated(el: Fuzzed, what = 'updateComplete'): Promise<boolean> {
  let result: Settled;
  try {
    result = await within(el.updateComplete);
  } catch (error) {
    record(`${what} getter threw`, error);
    return true;
  }
  if (result.kind === 'rejected') record(`${what} rejected`, result.error);
  if (result.kind === 'timeout') {
    record(`${what} hung`, new Error(`not settled after ${TIMEOUT_MS} ms`));
    return false;
  }
  return true;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

// ---- one run -------------------------------------------------------------------------------

const LOCALES = ['en', 'fr', 'es', 'fr-CA', 'es-MX', 'xx-garbage', '', '__proto__', 'EN'];

interface RunResult {
  ops: number;
  ms: number;
  text: string;
}

async function fuzz(tag: Tag, seed: number, ops: number): Promise<RunResult> {
  const r = rng(seed);
  const attributes = attributesOf(tag);
  const booleans = attributes.filter((a) => a.boolean);
  const host = document.createElement('div');
  document.body.append(host);
  const el = document.createElement(tag) as unknown as Fuzzed;
  const log = run!.log;
  const started = performance.now();
  host.append(el);
  let alive = await updated(el, 'first updateComplete');

  const step = async (label: string, action: () => unknown) => {
    log.push(`#${log.length} ${label}`);
    try {
      const result = action();
      if (result instanceof Promise) await result;
    } catch (error) {
      record(`${label.split('(')[0]} threw`, error);
    }
  };

  let untilAwait = 1 + r.int(5);
  for (let i = 0; i < ops && alive; i++) {
    const roll = r.next();
    const a = r.pick(attributes);
    const valid = validFor(tag, a.attribute);
    if (roll < 0.42) {
      let value: string;
      const kind = r.next();
      if (a.boolean) value = kind < 0.5 ? r.pick(['', a.attribute, 'false', 'true', '0']) : r.pick(HOSTILE);
      else if (kind < 0.5 && valid.length) value = r.pick(valid);
      else if (kind < 0.88) value = r.pick(HOSTILE);
      else value = freshValue(r, valid);
      await step(`setAttribute(${show(a.attribute)}, ${show(value)})`, () => el.setAttribute(a.attribute, value));
    } else if (roll < 0.56) {
      // Mostly an attribute that is there, so that removing it changes something.
      const present = attributes.filter((x) => el.hasAttribute(x.attribute));
      const target = present.length && r.chance(0.75) ? r.pick(present) : a;
      await step(`removeAttribute(${show(target.attribute)})`, () => el.removeAttribute(target.attribute));
    } else if (roll < 0.66) {
      const b = booleans.length ? r.pick(booleans) : a;
      await step(`toggleAttribute(${show(b.attribute)})`, () => el.toggleAttribute(b.attribute));
    } else if (roll < 0.76) {
      const value = r.pick(WRONG_TYPES);
      await step(`el.${a.property} = ${show(value)}`, () => {
        el[a.property] = value;
      });
    } else if (roll < 0.84) {
      const value = valid.length ? r.pick(valid) : r.pick(HOSTILE);
      const typed = a.boolean ? r.chance(0.5) : value;
      await step(`el.${a.property} = ${show(typed)}`, () => {
        el[a.property] = typed;
      });
    } else if (roll < 0.92) {
      const how = r.int(3);
      const label = ['remove() + append()', 'remove(), await updateComplete, append()', 'remove(), setTimeout 0, append()'][how];
      await step(label, async () => {
        el.remove();
        if (how === 1) alive = await updated(el, 'updateComplete while disconnected');
        if (how === 2) await tick();
        host.append(el);
      });
    } else if (roll < 0.95) {
      const locale = r.pick(LOCALES);
      await step(`setLocale(${show(locale)})`, async () => {
        const result = await within(setLocale(locale));
        if (result.kind === 'rejected') record('setLocale rejected', result.error);
        if (result.kind === 'timeout') record('setLocale hung', new Error(`not settled after ${TIMEOUT_MS} ms`));
      });
    } else {
      await step('await updateComplete', async () => {
        alive = await updated(el);
      });
      untilAwait = 1 + r.int(5);
      continue;
    }
    if (--untilAwait === 0 && alive) {
      alive = await updated(el);
      untilAwait = 1 + r.int(5);
    }
  }
  const ms = performance.now() - started;

  // Valid attributes again: the element must draw something.
  let text = '';
  if (alive) {
    await within(setLocale('en'));
    log.push(`#${log.length} restore: every attribute set to a valid value (booleans off)`);
    if (!el.isConnected) host.append(el);
    for (const { attribute, boolean } of attributes) {
      try {
        if (boolean) {
          el.toggleAttribute(attribute, true);
          el.removeAttribute(attribute);
        } else {
          const valid = validFor(tag, attribute);
          if (valid.length) el.setAttribute(attribute, valid[0]);
        }
      } catch (error) {
        record(`restoring ${attribute} threw`, error);
      }
    }
    if (await updated(el, 'updateComplete after restore')) {
      text = el.shadowRoot?.textContent?.trim() ?? '';
      if (!text) record('empty after restore', new Error('shadowRoot.textContent is empty after valid attributes were set again'));
    }
  }
  // Let late errors and rejections arrive while they are still counted for this element.
  await new Promise((resolve) => setTimeout(resolve, 50));
  host.remove();
  return { ops: log.filter((l) => !l.includes('restore:')).length, ms, text };
}

/** One block per distinct failure (message and where it was thrown), with its first occurrence. */
async function report(r: Run): Promise<string> {
  const distinct = new Map<string, { failure: Failure; kinds: Map<string, number> }>();
  for (const f of r.failures) {
    const key = `${f.message.replace(/\d+/g, 'N')} @ ${f.where.replace(/:\d+:\d+\)?$/, '')}`;
    const seen = distinct.get(key) ?? { failure: f, kinds: new Map<string, number>() };
    seen.kinds.set(f.kind, (seen.kinds.get(f.kind) ?? 0) + 1);
    distinct.set(key, seen);
  }
  const counts = (kind: RegExp) => r.failures.filter((f) => kind.test(f.kind)).length;
  const lines = [
    `<${r.tag}> seed ${r.seed} (0x${r.seed.toString(16)}): ${r.failures.length} failure(s) — ` +
      `${counts(/window error/)} error event(s), ${counts(/unhandled/)} unhandled rejection(s), ` +
      `${counts(/updateComplete.*rejected/)} rejected updateComplete, ${counts(/hung/)} hang(s), ` +
      `${counts(/threw/)} synchronous throw(s), ${counts(/empty/)} empty render(s); ${distinct.size} distinct:`,
  ];
  let n = 0;
  for (const { failure: f, kinds } of distinct.values()) {
    if (++n > 8) {
      lines.push(`  … and ${distinct.size - 8} more distinct`);
      break;
    }
    const how = [...kinds].map(([kind, count]) => `${count}× ${kind}`).join(', ');
    lines.push(`  [${n}] ${f.message.slice(0, 300)} (${how})`);
    if (f.where) lines.push(`      thrown in ${await sourceLocation(f.where)}`);
    lines.push(`      first seen after operation #${f.op - 1}; the last operations before it:`);
    for (const op of f.recent) lines.push(`        ${op}`);
  }
  return lines.join('\n');
}

// ---- the tests ---------------------------------------------------------------------------------

describe('fuzz: seeded random operations on every element', function () {
  const summary: string[] = [];
  let totalOps = 0;
  let totalMs = 0;

  before(() => {
    originalWarn = console.warn;
    console.warn = onWarn;
  });

  after(async () => {
    run = undefined;
    if (originalWarn) console.warn = originalWarn;
    await within(setLocale('en'));
    localStorage.removeItem('kratom-widgets:lookup');
    const byKey = [...warnings.byKey].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`);
    console.log(
      [
        `fuzz: seed ${SEED} (0x${SEED.toString(16)}), ${totalOps} operations in ${Math.round(totalMs)} ms`,
        ...summary,
        `warnings: ${warnings.total} from the library (${warnings.lit} Lit dev-mode notes not counted)`,
        `  per element run: ${[...warnings.byRun].map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `  per element/attribute: ${byKey.join(', ')}`,
      ].join('\n'),
    );
  });

  for (const tag of TAGS) {
    it(`<${tag}> survives ${OPS_PER_ELEMENT} random operations`, async function () {
      this.timeout(60_000);
      const seed = seedFor(tag);
      run = { tag, seed, log: [], failures: [] };
      const current = run;
      let result: RunResult;
      try {
        result = await fuzz(tag, seed, OPS_PER_ELEMENT);
      } finally {
        run = undefined;
      }
      totalOps += result.ops;
      totalMs += result.ms;
      summary.push(`  <${tag}> seed ${seed}: ${result.ops} operations, ${Math.round(result.ms)} ms, ${current.failures.length} failure(s)`);
      if (current.failures.length > 0) throw new Error(await report(current));
      expect(result.text, `<${tag}> seed ${seed}: draws nothing after valid attributes`).not.to.equal('');
    });
  }

  it(`gives fewer than ${MAX_WARNINGS} warnings in all`, () => {
    const byKey = [...warnings.byKey].sort((a, b) => b[1] - a[1]);
    const top = byKey.slice(0, 12).map(([k, n]) => `${k}: ${n}`).join(', ');
    expect(
      warnings.total,
      `seed ${SEED}: ${warnings.total} console warnings over ${totalOps} operations (most: ${top}); first ones:\n  ${warnings.first.join('\n  ')}\n`,
    ).to.be.below(MAX_WARNINGS);
  });
});
