// Stands in for @lit-labs/ssr-dom-shim/register-css-hook.js in the prerender
// worker's bundle. That module teaches Node to import CSS files; in a browser
// it has nothing to do, and its probe (a dynamic import of a CSS data URL)
// is something Vite's bundler refuses. See scripts/vite-embed-builder.mjs.
export {};
