/**
 * A module loaded on first use and remembered. Elements use it for dataset
 * files most pages never need, so the script-tag file stays small: the data
 * arrives as a chunk beside it, fetched relative to the script.
 */
export interface Lazy<T> {
  /** The module, once loaded. */
  readonly value: T | undefined;
  /** Starts loading (once) and resolves with the module. */
  load(): Promise<T>;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= loader().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          // Forget the failure so that the next use tries again.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
