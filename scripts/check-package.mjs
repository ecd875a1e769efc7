// The package as npm would publish it (npm test runs this after the build):
// publint (package.json fields, exports, files) and @arethetypeswrong/cli
// (every export's types resolve, for ESM under node16 and bundlers) must
// report nothing, and the tarball must hold no stray file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (command, args) => {
  try {
    return { ok: true, out: execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
};

let failed = false;

// --strict turns publint's warnings into errors; suggestions are printed too and fail here as well.
const publint = run(bin('publint'), ['--strict', '--level', 'suggestion']);
const lint = publint.out.trim().split('\n').filter((line) => /^\d+\./.test(line.trim()));
if (!publint.ok || lint.length) {
  failed = true;
  console.error(`publint:\n${publint.out}`);
} else console.log('publint: no problems');

// esm-only: the package has no CommonJS build, so node10 and node16-from-CJS
// resolution are out of scope. The stylesheet and the Atom feeds are files to
// link to or copy, not modules: attw can only say they resolve to no code.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const assets = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'string' && /\.(css|atom)$/.test(target))
  .map(([entry]) => entry);
const attw = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', ...assets]);
if (!attw.ok) {
  failed = true;
  console.error(`@arethetypeswrong/cli:\n${attw.out}`);
} else console.log('@arethetypeswrong/cli: no problems');

// What the tarball holds: only what a user can import, read or run.
const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']).out);
const allowed = [
  /^(LICENSE|README\.md|package\.json|custom-elements\.json)$/,
  /^docs\/[\w-]+\.md$/,
  /^src\/.+\.ts$/,
  /^src\/data\/schema\/[\w.-]+\.json$/,
  /^dist\/esm\/.+\.(js|js\.map|d\.ts|d\.ts\.map)$/,
  /^dist\/cdn\/.+\.(js|css|d\.ts|json|atom)$/,
  /^dist\/types\/[\w.-]+\.(d\.ts|js|json)$/,
];
const stray = pack.files.map((f) => f.path).filter((path) => !allowed.some((pattern) => pattern.test(path)));
if (stray.length) {
  failed = true;
  console.error(`Files in the package that nothing uses:\n  ${stray.join('\n  ')}`);
}
console.log(`Package: ${pack.entryCount} files, ${(pack.size / 1e6).toFixed(2)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked.`);
process.exit(failed ? 1 : 0);
