/**
 * How long a part loaded on demand (a chunk, a record, outlines) may take.
 * Past it the element shows its failure and a Retry button, so a stalled
 * request never leaves it loading, or `updateComplete` waiting, for ever.
 */
export const LOAD_TIMEOUT_MS = 10_000;

/** `load`, or a rejection once it has taken longer than `ms`. */
export function withTimeout<T>(load: Promise<T>, ms = LOAD_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s`)), ms);
    load.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
