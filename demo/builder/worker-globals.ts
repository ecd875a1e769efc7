// Runs before @lit-labs/ssr's DOM shim in the prerender worker. The shim was
// written for Node: it assigns `location`, which a worker has as a read-only
// getter (the assignment would throw), and replaces atob/btoa with versions
// that need Node's Buffer. An own, writable `location` takes the assignment;
// the worker's own atob/btoa are put back after the shim (see
// prerender.worker.ts).
const scope = globalThis as unknown as Record<string, unknown>;

Object.defineProperty(scope, 'location', { value: scope.location, writable: true, configurable: true });

export const nativeAtob = globalThis.atob;
export const nativeBtoa = globalThis.btoa;
