// Consumer apps (issue 15): the package as an npm user gets it, used from a
// React 19, a Vue 3, a Svelte 5 and a plain TypeScript app in test/consumers/.
//
//   node scripts/consumers.mjs [react|vue|svelte|ts ...]   (npm test runs it after the build)
//
// 1. pack:    `npm pack` of the built package into a temporary folder.
// 2. install: the tarball extracted into test/consumers/node_modules/kratom-widgets/.
//    Why not `npm install --offline <tgz>`: CI fills its npm cache with `npm ci`
//    only, which fetches tarballs by their locked URLs and leaves most registry
//    metadata out, so an offline install of the tarball stops with ENOTCACHED
//    (tried on a clean clone with an empty cache filled by `npm ci --cache`:
//    "request to https://registry.npmjs.org/@lit-labs%2fssr-client failed:
//    cache mode is 'only-if-cached'"). Extracting is what a file install does
//    with the package's own files; its dependencies (lit, @lit/localize...)
//    then resolve by walking up to the repo's node_modules, and this script
//    checks with semver that those versions satisfy the tarball's ranges.
// 3. per app: type check (tsc / vue-tsc / svelte-check), the fixtures
//    (region-mars must fail, region-na and the README's example must pass),
//    and a Vite build into the app's dist/ (base './', for
//    test/consumers.test.ts). The app folder is Vite's root and its own
//    vite.config.ts the config file. A small Vite plugin fails the build unless
//    every kratom-widgets import resolved into the extracted tarball, with no
//    module from the repo's src/ or dist/; the tsc and vue-tsc runs check the
//    same of the files they read (--listFiles).
//
// Prints a time per phase and the total; exits 1 with the reason on any problem.
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumers = join(root, 'test', 'consumers');
const installed = join(consumers, 'node_modules', 'kratom-widgets');
const bin = {
  tsc: join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
  vueTsc: join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'),
  svelteCheck: join(root, 'node_modules', 'svelte-check', 'bin', 'svelte-check'),
};
/**
 * Each app: its folder under test/consumers/, its checker, the fixtures' file
 * extension and the package's types-only entry it opts in to.
 */
const APPS = [
  { name: 'react', checker: 'tsc', ext: 'tsx', types: './react' },
  { name: 'vue', checker: 'vue-tsc', ext: 'vue', types: './vue' },
  { name: 'svelte', checker: 'svelte-check', ext: 'svelte', types: './svelte' },
  { name: 'ts', checker: 'tsc', ext: 'ts' },
];

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};
const rel = (path) => relative(root, path) || '.';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];

async function phase(label, run) {
  const start = performance.now();
  try {
    return await run();
  } finally {
    const ms = performance.now() - start;
    timings.push([label, ms]);
    console.log(`  ${label.padEnd(28)} ${seconds(ms)}`);
  }
}

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: root, maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? error.code : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const message = (error) => (error instanceof Failure ? error.message : (error?.stack ?? String(error)));

/**
 * Runs async jobs, at most `limit` at a time (2 cores: the checkers are
 * single-threaded Node processes); every job runs, and every failure is reported.
 */
async function pool(jobs, limit) {
  const errors = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      try {
        await job();
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (errors.length === 1) throw errors[0];
  if (errors.length) fail(errors.map(message).join('\n'));
}

// ---- 1. pack ----------------------------------------------------------------

async function pack(into) {
  for (const file of ['dist/esm/index.js', 'dist/esm/all.js', 'custom-elements.json']) {
    if (!existsSync(join(root, file))) fail(`${file} is missing: build the package first (npm run build)`);
  }
  const { code, stdout, stderr } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into]);
  if (code !== 0) fail(`npm pack failed:\n${stderr || stdout}`);
  const [{ filename }] = JSON.parse(stdout);
  return join(into, filename);
}

// ---- 2. install -------------------------------------------------------------

/** Where Node (and Vite, and TypeScript) finds `name` from `dir`: the first node_modules/<name> walking up. */
function resolvePackageDir(name, dir) {
  for (let at = dir; ; at = join(at, '..')) {
    const candidate = join(at, 'node_modules', name);
    // Node never looks in node_modules/node_modules.
    if (basename(at) !== 'node_modules' && existsSync(join(candidate, 'package.json'))) return candidate;
    if (at === join(at, '..')) return undefined;
  }
}

async function install(tarball) {
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const { code, stderr } = await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  if (code !== 0) fail(`could not extract ${tarball}:\n${stderr}`);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  if (pkg.name !== 'kratom-widgets') fail(`the tarball holds "${pkg.name}", not kratom-widgets`);

  let semver;
  try {
    semver = (await import('semver')).default;
  } catch {
    fail('semver is not in node_modules: run npm ci');
  }
  const problems = [];
  const wanted = [
    ...Object.entries(pkg.dependencies ?? {}).map(([name, range]) => ({ name, range, optional: false })),
    ...Object.entries(pkg.peerDependencies ?? {}).map(([name, range]) => ({ name, range, optional: !!pkg.peerDependenciesMeta?.[name]?.optional })),
  ];
  for (const { name, range, optional } of wanted) {
    const dir = resolvePackageDir(name, installed);
    if (!dir) {
      if (!optional) problems.push(`${name}@${range} does not resolve from ${rel(installed)}`);
      continue;
    }
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!semver.satisfies(version, range)) problems.push(`${name}@${range} resolves to ${version} (${rel(dir)})`);
  }
  if (problems.length) fail(`the tarball's dependencies are not met from test/consumers/:\n    ${problems.join('\n    ')}`);
  return `${pkg.name}@${pkg.version}, ${wanted.length} dependency ranges met`;
}

// ---- 3. type checks ---------------------------------------------------------

/** Runs an app's checker on `project` (a folder with a tsconfig.json): exit code, diagnostics, files read. */
async function typeCheck(app, project) {
  const tsconfig = join(project, 'tsconfig.json');
  let result;
  if (app.checker === 'svelte-check') {
    result = await run(process.execPath, [bin.svelteCheck, '--workspace', project, '--tsconfig', tsconfig, '--output', 'machine', '--fail-on-warnings']);
    // Machine output: `<time> ERROR|WARNING "<file relative to the workspace>" <line>:<col> "<message>"`.
    const diagnostics = [...result.stdout.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+:\d+) "(.*)"$/gm)].map(([, , file, at, message]) => ({
      file: join(project, file),
      message: JSON.parse(`"${message}"`),
      text: `${file}:${at} ${JSON.parse(`"${message}"`)}`,
    }));
    return { ...result, diagnostics, files: undefined };
  }
  const command = app.checker === 'vue-tsc' ? bin.vueTsc : bin.tsc;
  result = await run(process.execPath, [command, '-p', tsconfig, '--pretty', 'false', '--listFiles']);
  const lines = result.stdout.split('\n');
  // `file(line,col): error TS…: message`, continued on indented lines.
  const diagnostics = [];
  for (const line of lines) {
    const match = /^(.+?)\((\d+,\d+)\): error (TS\d+: .*)$/.exec(line) ?? /^(error) (TS\d+: .*)$/.exec(line);
    if (match) diagnostics.push({ file: match.length === 4 ? resolve(root, match[1]) : '', message: match.at(-1), text: line });
    else if (/^\s+\S/.test(line) && diagnostics.length) diagnostics.at(-1).text += `\n${line}`;
  }
  const isFile = (line) => line.startsWith(sep) || /^[A-Za-z]:[\\/]/.test(line);
  const files = lines.filter(isFile);
  // What is left to show on a failure: the output without the file list.
  const stdout = lines.filter((line) => !isFile(line)).join('\n');
  return { ...result, stdout, diagnostics, files };
}

const show = (diagnostics) => diagnostics.map((d) => `    ${d.text.replaceAll('\n', '\n    ')}`).join('\n');

/** The package's types come from the extracted tarball, never from the repo's src/ or dist/. */
function checkTypeSources(app, files) {
  if (!files) return; // svelte-check lists no files; the Vite build checks the same resolution
  const fromRepo = files.filter((f) => f.startsWith(join(root, 'src') + sep) || f.startsWith(join(root, 'dist') + sep));
  if (fromRepo.length) fail(`${app.name}: the type check read the repo's own files instead of the tarball's:\n    ${fromRepo.slice(0, 5).map(rel).join('\n    ')}`);
  if (!files.some((f) => f.startsWith(installed + sep))) fail(`${app.name}: the type check read nothing from ${rel(installed)}`);
}

async function checkApp(app) {
  const dir = join(consumers, app.name);
  if (app.types) {
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (!exports?.[app.types]) fail(`${app.name}: the tarball's package.json has no "${app.types}" export, the types this app opts in to`);
  }
  const result = await typeCheck(app, dir);
  if (result.code !== 0 || result.diagnostics.length) {
    fail(`${app.name}: ${app.checker} failed (exit ${result.code}):\n${show(result.diagnostics) || (result.stdout + result.stderr).trim()}`);
  }
  checkTypeSources(app, result.files);
}

/**
 * fixtures/region-mars.* must fail for its region, and only it: region-na.*
 * and readme-example.* (the README's example for this framework, verbatim)
 * must pass. One checker run over the folder.
 */
async function checkFixtures(app) {
  const dir = join(consumers, app.name, 'fixtures');
  const mars = join(dir, `region-mars.${app.ext}`);
  const na = join(dir, `region-na.${app.ext}`);
  for (const file of [mars, na]) if (!existsSync(file)) fail(`${rel(file)} is missing`);
  // The README shows the example as checked here, less its first line (the comment saying so).
  const example = join(dir, `readme-example.${app.ext}`);
  const shown = readFileSync(example, 'utf8').trimEnd().split('\n').slice(1).join('\n');
  if (!readFileSync(join(root, 'README.md'), 'utf8').includes(shown)) fail(`${app.name}: the README's example is not ${rel(example)} (less its first line): update one from the other`);
  const result = await typeCheck(app, dir);
  const elsewhere = result.diagnostics.filter((d) => d.file !== mars);
  if (elsewhere.length) fail(`${app.name}: fixtures other than region-mars.${app.ext} have errors (they must type-check):\n${show(elsewhere)}`);
  const marsErrors = result.diagnostics.filter((d) => d.file === mars);
  if (result.code === 0 || !marsErrors.length) {
    fail(`${app.name}: ${rel(mars)} type-checked (exit ${result.code}), but region="mars" must be an error\n${(result.stdout + result.stderr).trim().slice(-2000)}`);
  }
  const reason = marsErrors.find((d) => /mars|region/i.test(d.message));
  if (!reason) fail(`${app.name}: ${rel(mars)} fails, but not for its region:\n${show(marsErrors)}`);
  checkTypeSources(app, result.files);
  const passing = readdirSync(dir).filter((f) => f.endsWith(`.${app.ext}`) && join(dir, f) !== mars && !f.endsWith('.d.ts'));
  return `region-mars.${app.ext} fails as it should (${reason.message.slice(0, 120)}); ${passing.join(', ')} pass`;
}

// ---- 4. Vite builds ---------------------------------------------------------

/** Fails the build unless kratom-widgets resolved into the extracted tarball, and nothing came from the repo's src/ or dist/. */
function fromTarball(app) {
  const resolved = new Map();
  return {
    name: 'consumers:from-tarball',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    configResolved(config) {
      if (config.configFile !== join(consumers, app.name, 'vite.config.ts')) fail(`${app.name}: Vite used the config file ${config.configFile}`);
    },
    resolveId: {
      // A hook filter: the bundler calls this only for the package's own specifiers.
      filter: { id: /^kratom-widgets(\/|$)/ },
      async handler(source, importer, options) {
        const result = await this.resolve(source, importer, { ...options, skipSelf: true });
        resolved.set(source, result?.id);
        return result;
      },
    },
    buildEnd(error) {
      if (error) return;
      if (!resolved.size) this.error(`${app.name}: the app imports nothing from kratom-widgets`);
      for (const [source, id] of resolved) {
        if (!id?.startsWith(installed + sep)) this.error(`${app.name}: "${source}" resolved to ${id}, not into ${rel(installed)}`);
      }
      const ids = [...this.getModuleIds()];
      const fromRepo = ids.filter((id) => id.startsWith(join(root, 'src') + sep) || id.startsWith(join(root, 'dist') + sep));
      if (fromRepo.length) this.error(`${app.name}: the bundle holds the repo's own files: ${fromRepo.slice(0, 5).map(rel).join(', ')}`);
      if (!ids.some((id) => id.startsWith(join(installed, 'dist', 'esm') + sep))) this.error(`${app.name}: the bundle holds no module of the tarball's dist/esm/`);
    },
  };
}

async function buildApp(app, vite) {
  const dir = join(consumers, app.name);
  try {
    await vite.build({
      root: dir,
      configFile: join(dir, 'vite.config.ts'),
      logLevel: 'warn',
      cacheDir: join(consumers, 'node_modules', '.vite', app.name),
      // No "JavaScript callbacks ran for n s" notes: the framework plugins' cost is not ours to report.
      build: { rolldownOptions: { checks: { bundlerTimings: false } } },
      plugins: [fromTarball(app)],
    });
  } catch (error) {
    if (error instanceof Failure) throw error;
    // The bundler's message without its stack, which points into the bundler.
    const text = String(error?.message ?? error).split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
    fail(`${app.name}: vite build failed: ${text.trim().slice(0, 3000)}`);
  }
  if (!existsSync(join(dir, 'dist', 'index.html'))) fail(`${app.name}: the build wrote no dist/index.html`);
}

// ---- main -------------------------------------------------------------------

async function main() {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !APPS.some((a) => a.name === n));
  if (unknown.length) fail(`unknown app ${unknown.join(', ')}; the apps are ${APPS.map((a) => a.name).join(', ')}`);
  const apps = names.length ? APPS.filter((a) => names.includes(a.name)) : APPS;

  const start = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'kratom-consumers-'));
  try {
    const tarball = await phase('pack', () => pack(temp));
    const what = await phase('install (extract, semver)', () => install(tarball));
    if (lstatSync(installed).isSymbolicLink()) fail(`${rel(installed)} is a symlink`);
    console.log(`    ${what}, in ${rel(installed)}`);

    // Checkers are child processes and Vite builds run in this process; both
    // at once keep the two cores busy. Checks: at most two at a time.
    const vite = await import('vite');
    const checks = pool(
      apps.flatMap((app) => [
        () => phase(`${app.name}: ${app.checker}`, () => checkApp(app)),
        () => phase(`${app.name}: fixtures`, () => checkFixtures(app)).then((what) => console.log(`    ${what}`)),
      ]),
      2,
    );
    const builds = pool(
      apps.map((app) => () => phase(`${app.name}: vite build`, () => buildApp(app, vite))),
      1,
    );
    const failed = (await Promise.allSettled([checks, builds])).filter((s) => s.status === 'rejected').map((s) => s.reason);
    if (failed.length === 1) throw failed[0];
    if (failed.length) fail(failed.map(message).join('\n'));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const total = performance.now() - start;
  console.log(`  ${'total'.padEnd(28)} ${seconds(total)}`);
  console.log(`${apps.length} consumer apps type-check and build against the packed package (${apps.map((a) => a.name).join(', ')})`);
}

main().catch((error) => {
  console.error(`\nconsumer apps: ${message(error)}`);
  process.exit(1);
});
