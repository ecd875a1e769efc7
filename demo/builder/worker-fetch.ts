// Stands in for node-fetch (which @lit-labs/ssr's DOM shim imports for Node)
// in the prerender worker: a browser has fetch already.
export default globalThis.fetch.bind(globalThis);
