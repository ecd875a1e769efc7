import { BUNDLED_AS_OF, BUNDLED_VERSION } from '../generated/data-version.js';
import { pageState } from '../shared/page-state.js';
import type { AdvocacyGroup, FaqEntry, Jurisdiction } from './types.js';

/**
 * The page's data store: which dataset the API answers from. The bundled data
 * unless the site configured a newer file (see data-source.ts) and it passed
 * every check; then that file, for every copy of the library on the page.
 * Nothing here fetches: this module is in every element's first paint.
 */

/** The whole dataset in one file, as the build writes it (dist/cdn/data/kratom-data.json). */
export interface DatasetFile {
  readonly format: 'kratom-widgets-data';
  readonly version: string;
  readonly asOf: string;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly groups: readonly AdvocacyGroup[];
  readonly faq: readonly FaqEntry[];
  /** sha256 (base64) of the JSON text of { version, asOf, jurisdictions, groups, faq }. */
  readonly hash: string;
}

/** Why a configured dataset was not used. */
export type DataProblemReason =
  /** The address is not an http(s) URL. */
  | 'address'
  /** The server answered with an error status (404, 500, …). */
  | 'http'
  /** No answer: offline, blocked by the page's Content Security Policy, or refused across origins. */
  | 'network'
  /** No complete answer within the time limit (8 s unless set lower). */
  | 'timeout'
  /** Larger than the size limit (2 MB). */
  | 'too-large'
  /** The answer is not JSON at all (an HTML page, say). */
  | 'not-json'
  /** JSON with a syntax error, or cut short. */
  | 'bad-json'
  /** JSON that breaks the dataset schema. */
  | 'invalid'
  /** A dataset of another major version, whose shape this copy does not know. */
  | 'version'
  /** Older than the data this copy bundles. */
  | 'old';

export interface DataProblem {
  reason: DataProblemReason;
  /** What went wrong, in English, for the console and the site's developers. */
  message: string;
  /** The HTTP status, for `http`. */
  status?: number;
}

/** The configured dataset's progress, shared through the page state. */
export interface DataSourceState {
  /** The address, resolved against the page. */
  url: string;
  /** The time limit asked for (ms), kept for a retry. */
  timeout: number;
  status: 'loading' | 'ready' | 'failed';
  /** Frozen when adopted (remote-dataset.ts), as the bundled data is. */
  dataset?: DatasetFile;
  /** The dataset's briefs (see briefs.ts), made with it so the first paint carries no code to make them; frozen too. */
  briefs?: readonly unknown[];
  problem?: DataProblem;
  /** Settles (never rejects) when the status leaves `loading`. */
  done: Promise<void>;
}

/** Which data the API answers from. */
export interface DataVersion {
  /** The dataset's version (semver): a new major version means a new shape. */
  version: string;
  /** The oldest date through which a record was checked (ISO 8601). */
  asOf: string;
  /** `bundled`, or `configured` when a site's newer dataset file is in use. */
  origin: 'bundled' | 'configured';
}

const major = (version: string) => version.split('.')[0];

/** Why this copy of the library cannot use a dataset, or undefined when it can. */
export function mismatch(version: string, asOf: string): 'version' | 'old' | undefined {
  if (major(version) !== major(BUNDLED_VERSION)) return 'version';
  if (asOf < BUNDLED_AS_OF) return 'old';
  return undefined;
}

/** The site's dataset when it loaded and suits this copy (another copy may have loaded it). */
export function configuredDataset(): DatasetFile | undefined {
  const data = pageState().data?.dataset;
  return data && !mismatch(data.version, data.asOf) ? data : undefined;
}

/** The configured dataset's state, or undefined when the site configured none. */
export function dataSourceState(): DataSourceState | undefined {
  return pageState().data;
}

/** The version and date of the data in use: a function, so that a newer dataset loaded at run time answers too. */
export function dataVersion(): DataVersion {
  const data = configuredDataset();
  return data ? { version: data.version, asOf: data.asOf, origin: 'configured' } : { version: BUNDLED_VERSION, asOf: BUNDLED_AS_OF, origin: 'bundled' };
}

/** The bundled data's version and date, which a page shows when its configured file failed. */
export function bundledVersion(): DataVersion {
  return { version: BUNDLED_VERSION, asOf: BUNDLED_AS_OF, origin: 'bundled' };
}

/**
 * Memoizes a view of the data (an index, the briefs) per dataset, so it is
 * built once for the bundled data and once for a configured file.
 */
export function perDataset<K extends object, T>(build: (list: K) => T): (list: K) => T {
  const cache = new WeakMap<K, T>();
  return (list) => {
    let value = cache.get(list);
    if (value === undefined) cache.set(list, (value = build(list)));
    return value;
  };
}
