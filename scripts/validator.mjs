// Writes src/generated/validate-dataset.ts: the dataset schema
// (src/data/schema/dataset.schema.json and the files it refers to) compiled
// into plain functions, one per schema node. A page that points the elements
// at a newer dataset file checks it with these before anything uses it; a
// general JSON Schema library in the browser would weigh several times more.
//
// Only the keywords our schemas use are compiled. Any other keyword fails
// the build, so a schema change can never be skipped silently at run time.
// One keyword is read loosely on purpose: fields the schema does not list
// are allowed (see additionalProperties below), for newer minor releases.
// test/data-validator.test.ts checks that the result agrees with a full
// JSON Schema implementation.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/data/schema/', import.meta.url);
const files = new Map();
const load = (name) => {
  if (!files.has(name)) files.set(name, JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  return files.get(name);
};

// Words that only describe; nothing to check.
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'examples', 'default']);
const TYPE_TEST = {
  object: (v) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} === 'string'`,
  integer: (v) => `Number.isInteger(${v})`,
  number: (v) => `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  null: (v) => `${v} === null`,
};

const functions = [];
const compiled = new Map(); // file + schema text -> function name: equal nodes share one function
const patterns = new Map(); // source -> constant name

function pattern(source) {
  if (!patterns.has(source)) patterns.set(source, `P${patterns.size}`);
  return patterns.get(source);
}

/** Resolves a $ref relative to the file it appears in. */
function resolve(ref, file) {
  const [target, pointer = ''] = ref.split('#');
  const name = target || file;
  let node = load(name);
  for (const part of pointer.split('/').filter(Boolean)) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`validator: cannot resolve $ref "${ref}" in ${file}`);
  }
  return { node, file: name };
}

/**
 * Compiles one schema node into a function `(d, p) => string` that returns ''
 * when `d` is valid and otherwise the first problem, prefixed with its path.
 */
function compile(schema, file) {
  // A node that only refers elsewhere is the function it refers to.
  if (schema.$ref && Object.keys(schema).every((k) => k === '$ref' || ANNOTATIONS.has(k))) {
    const target = resolve(schema.$ref, file);
    return compile(target.node, target.file);
  }
  const key = `${file} ${JSON.stringify(schema)}`;
  if (compiled.has(key)) return compiled.get(key);
  const name = `v${functions.length}`;
  compiled.set(key, name);
  functions.push(''); // keep the slot; filled below (recursion may add others meanwhile)
  const slot = functions.length - 1;
  const body = [];
  const fail = (message) => `return p + ${JSON.stringify(`: ${message}`)};`;
  const sub = (child, value, path) => {
    const fn = compile(child, file);
    return `{ const e = ${fn}(${value}, ${path}); if (e) return e; }`;
  };

  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !KNOWN.has(key)) throw new Error(`validator: keyword "${key}" is not supported (in ${file})`);
  }

  if (schema.$ref) {
    const target = resolve(schema.$ref, file);
    const fn = compile(target.node, target.file);
    body.push(`{ const e = ${fn}(d, p); if (e) return e; }`);
  }
  if (schema.type !== undefined) {
    const types = [].concat(schema.type);
    body.push(`if (!(${types.map((t) => TYPE_TEST[t]('d')).join(' || ')})) ${fail(`expected ${types.join(' or ')}`)}`);
  }
  if (schema.const !== undefined) {
    if (typeof schema.const === 'object' && schema.const !== null) throw new Error('validator: only primitive const values are supported');
    body.push(`if (d !== ${JSON.stringify(schema.const)}) ${fail(`expected ${JSON.stringify(schema.const)}`)}`);
  }
  if (schema.enum) {
    if (schema.enum.some((v) => typeof v === 'object' && v !== null)) throw new Error('validator: only primitive enum values are supported');
    body.push(`if (!${JSON.stringify(schema.enum)}.includes(d)) ${fail(`expected one of ${schema.enum.join(', ')}`)}`);
  }
  // String, number and array limits apply only to values of that type, as in JSON Schema.
  const strings = [];
  if (schema.minLength !== undefined) strings.push(`if ([...d].length < ${schema.minLength}) ${fail(`shorter than ${schema.minLength}`)}`);
  if (schema.maxLength !== undefined) strings.push(`if ([...d].length > ${schema.maxLength}) ${fail(`longer than ${schema.maxLength}`)}`);
  if (schema.pattern !== undefined) strings.push(`if (!${pattern(schema.pattern)}.test(d)) ${fail('does not match its pattern')}`);
  if (strings.length) body.push(`if (typeof d === 'string') { ${strings.join(' ')} }`);
  const numbers = [];
  if (schema.minimum !== undefined) numbers.push(`if (d < ${schema.minimum}) ${fail(`below ${schema.minimum}`)}`);
  if (schema.maximum !== undefined) numbers.push(`if (d > ${schema.maximum}) ${fail(`above ${schema.maximum}`)}`);
  if (numbers.length) body.push(`if (typeof d === 'number') { ${numbers.join(' ')} }`);
  const arrays = [];
  if (schema.minItems !== undefined) arrays.push(`if (d.length < ${schema.minItems}) ${fail(`fewer than ${schema.minItems} items`)}`);
  if (schema.maxItems !== undefined) arrays.push(`if (d.length > ${schema.maxItems}) ${fail(`more than ${schema.maxItems} items`)}`);
  if (schema.uniqueItems) arrays.push(`if (new Set(d.map((x) => JSON.stringify(x))).size !== d.length) ${fail('repeats an item')}`);
  if (schema.items) arrays.push(`for (let i = 0; i < d.length; i++) ${sub(schema.items, 'd[i]', "p + '/' + i")}`);
  if (arrays.length) body.push(`if (Array.isArray(d)) { ${arrays.join(' ')} }`);
  const objects = [];
  if (schema.required?.length) {
    objects.push(`for (const k of ${JSON.stringify(schema.required)}) if (!Object.hasOwn(d, k)) return p + ': missing "' + k + '"';`);
  }
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    objects.push(`if (Object.hasOwn(d, ${JSON.stringify(key)})) ${sub(child, `d[${JSON.stringify(key)}]`, `p + ${JSON.stringify(`/${key}`)}`)}`);
  }
  // additionalProperties: false is not enforced here, on purpose. A later
  // release of the same major version may add a field; a page running an
  // older copy must still take that newer file (it ignores the field). Our
  // own files are held to the strict schema by `npm test` and data:check.
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') {
    throw new Error('validator: additionalProperties must be true or false');
  }
  if (objects.length) body.push(`if (${TYPE_TEST.object('d')}) { ${objects.join(' ')} }`);
  if (schema.oneOf) {
    const fns = schema.oneOf.map((child) => compile(child, file));
    body.push(`if ([${fns.join(', ')}].filter((f) => !f(d, p)).length !== 1) ${fail('matches none of its forms, or more than one')}`);
  }
  if (schema.anyOf) {
    const fns = schema.anyOf.map((child) => compile(child, file));
    body.push(`if (![${fns.join(', ')}].some((f) => !f(d, p))) ${fail('matches none of its forms')}`);
  }
  if (schema.if) {
    const test = compile(schema.if, file);
    const then = schema.then ? compile(schema.then, file) : undefined;
    const otherwise = schema.else ? compile(schema.else, file) : undefined;
    body.push(`if (!${test}(d, p)) { ${then ? `const e = ${then}(d, p); if (e) return e;` : ''} }${otherwise ? ` else { const e = ${otherwise}(d, p); if (e) return e; }` : ''}`);
  }
  functions[slot] = `function ${name}(d: any, p: string): string {\n  ${body.join('\n  ')}\n  return '';\n}`;
  return name;
}

const KNOWN = new Set([
  '$ref', 'type', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems',
  'uniqueItems', 'items', 'required', 'properties', 'additionalProperties', 'oneOf', 'anyOf', 'if', 'then', 'else',
]);

const root = compile(load('dataset.schema.json'), 'dataset.schema.json');
const out = new URL('../src/generated/validate-dataset.ts', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(
  out,
  `// Generated by scripts/validator.mjs from src/data/schema/dataset.schema.json. Do not edit.
/* eslint-disable */
${[...patterns].map(([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)}, 'u');`).join('\n')}

${functions.join('\n\n')}

/** The first way \`data\` breaks the dataset schema ("/jurisdictions/3/url: does not match its pattern"), or '' when it is valid. */
export function datasetProblem(data: unknown): string {
  return ${root}(data, '');
}
`,
);
