// The page's side of the prerender worker (prerender.worker.ts): starts it
// when the fallback is first asked for, sends it one element at a time, and
// gives up on a request that takes too long. Failures carry a kind, which the
// page turns into a sentence in its own language; the worker's own message
// (English, for developers) goes to the console only.
import type { UiLanguage } from './i18n.js';
import type { PrerenderAnswer, PrerenderRequest } from './prerender.worker.js';

/** Long enough for a first start under `npm start`, where Vite prepares the server renderer's modules. */
export const PRERENDER_TIMEOUT_MS = 30_000;

export type PrerenderFailure = 'start' | 'timeout' | 'render';

export class PrerenderError extends Error {
  constructor(
    readonly kind: PrerenderFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'PrerenderError';
  }
}

let worker: Worker | undefined;
let workerReady: Promise<void> | undefined;
let requestId = 0;
const pending = new Map<number, { resolve: (html: string) => void; reject: (error: PrerenderError) => void }>();

/** Stops the worker and fails whatever it was doing; the next request starts a new one. */
function stopWorker(error: PrerenderError) {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
  workerReady = undefined;
}

function startWorker(): Promise<void> {
  if (workerReady) return workerReady;
  const ready = new Promise<void>((resolve, reject) => {
    const started = new Worker(new URL('./prerender.worker.ts', import.meta.url), { type: 'module' });
    worker = started;
    started.addEventListener('message', (event: MessageEvent<PrerenderAnswer>) => {
      const answer = event.data;
      if (answer.id === 0) return resolve();
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if ('html' in answer) waiting?.resolve(answer.html);
      else waiting?.reject(new PrerenderError('render', answer.error));
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== started) return;
      const error = new PrerenderError('start', event.message || 'the prerender worker failed');
      stopWorker(error);
      reject(error);
    });
  });
  // A worker that could not start is not kept: the next request makes a new one.
  ready.catch(() => {
    if (workerReady === ready) workerReady = undefined;
  });
  workerReady = ready;
  return ready;
}

const results = new Map<string, Promise<string>>();

/**
 * `markup` drawn as a server draws it, in `lang`. The same request twice gets
 * the same answer; a failed one is forgotten, so asking again tries again.
 */
export function prerender(markup: string, lang: UiLanguage): Promise<string> {
  const key = `${lang}\n${markup}`;
  let result = results.get(key);
  if (!result) {
    result = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A worker that does not answer may be stuck: start afresh next time.
        stopWorker(new PrerenderError('timeout', `no answer within ${PRERENDER_TIMEOUT_MS} ms`));
        reject(new PrerenderError('timeout', `no answer within ${PRERENDER_TIMEOUT_MS} ms`));
      }, PRERENDER_TIMEOUT_MS);
      const settle = <T>(then: (value: T) => void) => (value: T) => {
        clearTimeout(timer);
        then(value);
      };
      startWorker().then(() => {
        const id = ++requestId;
        pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
        worker!.postMessage({ id, markup, lang } satisfies PrerenderRequest);
      }, settle((error: unknown) => reject(error instanceof PrerenderError ? error : new PrerenderError('start', String(error)))));
    });
    result.catch(() => results.delete(key));
    results.set(key, result);
  }
  return result;
}
