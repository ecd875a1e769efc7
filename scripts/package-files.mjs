// The last touches to dist/ before it is packed (run by `npm run build`
// after tsc and the framework types):
// - Types beside the two script-tag files, so `kratom-widgets/cdn/*.js`
//   imports type-check (and @arethetypeswrong/cli passes).
// - An empty module beside each types-only entry (`kratom-widgets/react`…),
//   so a plain `import 'kratom-widgets/react'` resolves at run time too.
// - No source map that maps nothing (the JSON modules' maps are empty).
import fs from 'node:fs';
import path from 'node:path';

const write = (file, text) => fs.writeFileSync(file, text);

// The single file exports what `kratom-widgets/all` does (its own copy of Lit
// inside, the same classes and functions outside).
write('dist/cdn/kratom-widgets.d.ts', "export * from '../esm/all.js';\n");
// The loader's declarations stand alone (it imports nothing); move them beside it.
// (Run twice without tsc between, the move is already done.)
if (fs.existsSync('dist/esm/cdn')) {
  fs.renameSync('dist/esm/cdn/loader.d.ts', 'dist/cdn/kratom-widgets-loader.d.ts');
  fs.rmSync('dist/esm/cdn', { recursive: true });
}

for (const name of ['jsx', 'react', 'vue', 'svelte']) {
  write(`dist/types/${name}.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n');
}

let removed = 0;
for (const entry of fs.readdirSync('dist/esm', { recursive: true })) {
  if (!entry.endsWith('.js.map')) continue;
  const map = path.join('dist/esm', entry);
  if (JSON.parse(fs.readFileSync(map, 'utf8')).mappings.replace(/;/g, '') !== '') continue;
  const script = map.slice(0, -'.map'.length);
  const text = fs.readFileSync(script, 'utf8');
  write(script, text.replace(/\n*\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  fs.rmSync(map);
  removed++;
}
console.log(`Package files: types for the two script-tag files, ${removed} empty source maps removed.`);
