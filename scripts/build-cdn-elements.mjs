// Builds dist/cdn/<tag>.js for every element: the same self-contained kind of
// file as kratom-widgets.js, for a page that needs only one element. They
// share the chunks/ folder. (One Vite build each: a single-file build takes
// one entry.)
import { readdirSync } from 'node:fs';
import { build } from 'vite';

for (const element of readdirSync('src/elements').sort()) {
  process.env.KRATOM_CDN_ELEMENT = element;
  await build({ mode: 'cdn', logLevel: 'warn' });
}
delete process.env.KRATOM_CDN_ELEMENT;
console.log('script-tag files for each element written to dist/cdn/');
