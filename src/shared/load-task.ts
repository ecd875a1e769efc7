import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { warnMissingPart } from './warn.js';
import { withTimeout } from './timeout.js';

export { LOAD_TIMEOUT_MS, withTimeout } from './timeout.js';

export { TaskStatus };
export type { Task };

/**
 * One lazy part of an element, as a Lit task: it runs when its `args`
 * change (so a failed load is tried again on the next change of input, and
 * a late answer for an old input is dropped), `run()` retries it, and a
 * failure warns once naming `what`. A KratomElement's `updateComplete`
 * waits for it (the task is one of its controllers). Only elements with
 * lazy parts import this, so the others never carry @lit/task.
 */
export function loadTask<A extends readonly unknown[], R>(
  host: ReactiveControllerHost & HTMLElement,
  what: string,
  args: () => A,
  load: (args: A, signal: AbortSignal) => Promise<R>,
): Task<A, R> {
  return new Task<A, R>(host, {
    args,
    task: async (values, { signal }) => {
      // Each run's own signal: aborted when a newer run replaces it, and also
      // when it times out (the task then is no longer pending, so @lit/task
      // would not abort it), so a late answer never overwrites newer state.
      const run = new AbortController();
      const stop = () => run.abort();
      signal.addEventListener('abort', stop, { once: true });
      try {
        return await withTimeout(load(values, run.signal));
      } catch (error) {
        run.abort();
        if (!signal.aborted) warnMissingPart(`<${host.localName}>'s ${what}`, error);
        throw error;
      } finally {
        signal.removeEventListener('abort', stop);
      }
    },
  });
}
