import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { warnMissingPart } from './warn.js';

export { TaskStatus };
export type { Task };

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

/**
 * One lazy part of an element, as a Lit task: it runs when its `args`
 * change (so a failed load is tried again on the next change of input, and
 * a late answer for an old input is dropped), `run()` retries it, and a
 * failure warns once naming `what`. The element's `updateComplete` waits for
 * it (see KratomElement).
 */
export function createLoadTask<A extends readonly unknown[], R>(
  host: ReactiveControllerHost & HTMLElement,
  what: string,
  args: () => A,
  load: (args: A, signal: AbortSignal) => Promise<R>,
): Task<A, R> {
  return new Task<A, R>(host, {
    args,
    task: async (values, { signal }) => {
      try {
        return await withTimeout(load(values, signal));
      } catch (error) {
        if (!signal.aborted) warnMissingPart(what, error);
        throw error;
      }
    },
  });
}

/** Whether a task is loading now. */
export const isPending = (task: Task<readonly unknown[], unknown>) => task.status === TaskStatus.PENDING;
