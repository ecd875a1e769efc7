import { pageState } from '../shared/page-state.js';
import { shortValue, warnOnce } from '../shared/warn.js';
import { bundledVersion, dataVersion, type DataProblem, type DataSourceState, type DataVersion } from './store.js';

/**
 * A site's newer dataset: setDataSource() and what it tells the page. The
 * fetch and the checks live in remote-dataset.ts, loaded only when a site
 * configured a file. Elements load this module only when the page has the
 * meta tag (data-source-meta.ts), so a page without one does not carry it.
 */

export { DATA_META } from './data-source-meta.js';

/** The most a site can allow a dataset file to take, and the default. */
export const DATA_TIMEOUT_MS = 8000;
/** The largest dataset file accepted (the release's file is about 0.6 MB). */
export const DATA_MAX_BYTES = 2_000_000;

export interface DataSourceOptions {
  /** Give up after this many milliseconds (at most, and by default, 8000). */
  timeout?: number;
}

/** Detail of `kratom-data-update`, fired on `document` when a configured dataset is in use. */
export interface DataUpdateDetail extends DataVersion {
  url: string;
}

/** Detail of `kratom-data-error`, fired on `document` when a configured dataset was ignored. */
export interface DataErrorDetail extends DataProblem {
  url: string;
  /** The data the elements show instead: the bundled data. */
  showing: DataVersion;
}

/** What setDataSource() resolves to. */
export type DataSourceResult = ({ ok: true } & DataUpdateDetail) | ({ ok: false } & DataErrorDetail);

function result(state: DataSourceState): DataSourceResult {
  return state.status === 'ready'
    ? { ok: true, url: state.url, ...dataVersion() }
    : { ok: false, url: state.url, ...state.problem!, showing: bundledVersion() };
}

function resolveUrl(url: unknown): string | undefined {
  // new URL(undefined, base) would quietly mean "/undefined".
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    const base = typeof document === 'undefined' ? undefined : document.baseURI;
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function begin(url: string, options: DataSourceOptions): DataSourceState {
  const resolved = resolveUrl(url);
  const timeout = Math.min(Math.max(Number(options.timeout) || DATA_TIMEOUT_MS, 1), DATA_TIMEOUT_MS);
  let settle!: () => void;
  const state: DataSourceState = {
    url: resolved ?? String(url).slice(0, 200),
    timeout,
    status: 'loading',
    done: new Promise<void>((resolve) => (settle = resolve)),
  };
  pageState().data = state;
  const work = resolved
    ? import('./remote-dataset.js').then(({ loadDataset }) => loadDataset(state, { timeout, maxBytes: DATA_MAX_BYTES }))
    : Promise.resolve<DataProblem>({ reason: 'address', message: `"${String(url).slice(0, 60)}" is not an http(s) address` });
  void work
    .catch((error: unknown): DataProblem => ({ reason: 'network', message: `the checker could not be loaded (${String(error)})` }))
    .then((problem) => {
      if (problem) {
        state.status = 'failed';
        state.problem = problem;
        warnOnce('dataset', `the dataset at ${state.url} was not used: ${problem.message}. The elements show the bundled data (as of ${bundledVersion().asOf}).`);
      } else state.status = 'ready';
      settle();
      if (typeof document !== 'undefined') {
        const detail = result(state);
        const { ok: _ok, ...rest } = detail;
        document.dispatchEvent(new CustomEvent(detail.ok ? 'kratom-data-update' : 'kratom-data-error', { detail: rest }));
      }
    });
  return state;
}

/**
 * Points every element on the page, and this data API, at a newer copy of
 * the dataset file (`kratom-data.json` from a release). Once per page: every
 * copy of the library shares the one request. The file is checked before use;
 * one that fails a check is ignored, the bundled data stays, and the promise
 * resolves with the reason (it never rejects). Elements already drawn switch
 * to the new data when it arrives.
 */
export function setDataSource(url: string, options: DataSourceOptions = {}): Promise<DataSourceResult> {
  const existing = pageState().data;
  if (existing) {
    const same = existing.url === (resolveUrl(url) ?? url);
    if (!same) warnOnce('setDataSource', `setDataSource("${shortValue(url)}"): this page already uses ${existing.url}; one dataset per page.`);
    return existing.done.then(() => result(existing));
  }
  const state = begin(url, options && typeof options === 'object' ? options : {});
  return state.done.then(() => result(state));
}

/** Fetches the configured dataset again after a failure that may pass (a timeout, a network or server error). */
export function retryDataSource(): Promise<DataSourceResult> | undefined {
  const existing = pageState().data;
  if (!existing || existing.status !== 'failed' || !isPassing(existing.problem!)) return undefined;
  pageState().data = undefined;
  return setDataSource(existing.url, { timeout: existing.timeout });
}

/** Whether trying again may help. */
export function isPassing(problem: DataProblem): boolean {
  return problem.reason === 'timeout' || problem.reason === 'network' || problem.reason === 'http';
}
