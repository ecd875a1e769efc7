// Stands in for lit-html/is-server.js in the prerender worker's bundle
// (`npm run build:demo`). The worker is a server in all but name: no DOM, one
// render to a string. The elements and src/ssr/render.ts take their server
// paths (data read at once, a disabled select, the prerendered attribute)
// only where `isServer` is true, which Lit's browser build never says.
export const isServer = true;
