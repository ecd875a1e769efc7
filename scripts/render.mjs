// npm run render -- '<kratom-law-lookup jurisdiction="US-TX" lang="fr"></kratom-law-lookup>' [--lang=fr]
// Prints the markup prerendered: each element with its declarative shadow
// root (see src/ssr/render.ts). The language comes from --lang, else from a
// lang attribute in the markup, else English.
import { renderToString } from '../dist/esm/ssr/render.js';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang='))?.slice(7);
const markup = args.filter((a) => !a.startsWith('--')).join(' ');
if (!markup.trim()) {
  console.error(`usage: npm run render -- '<kratom-law-lookup jurisdiction="US-TX"></kratom-law-lookup>' [--lang=fr]`);
  process.exit(2);
}
const lang = langArg ?? /\slang="([^"]+)"/.exec(markup)?.[1] ?? 'en';
process.stdout.write(`${await renderToString(markup, { lang })}\n`);
