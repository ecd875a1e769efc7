import { RECORD_LOADERS } from '../generated/record-loaders.js';
import { normalizeCode } from './codes.js';
import { deepFreeze } from './freeze.js';
import { jurisdictionsData } from './lazy-data.js';
import { configuredDataset, perDataset } from './store.js';
import type { Jurisdiction } from './types.js';

// One jurisdiction's full record, fetched alone: a reader who opens one place
// (or a shipping notice for one destination) downloads that record, not all
// 71. The same object as jurisdiction()'s when the whole list is already in
// (or a site's dataset is in use); frozen either way.

/** Loads under way or done, by code; a failed one is forgotten, so the next call tries again. */
const fetched = new Map<string, Promise<Jurisdiction>>();
/** Records fetched alone, by code, for recordNow(). */
const loaded = new Map<string, Jurisdiction>();

const siteIndex = perDataset((list: readonly Jurisdiction[]) => new Map(list.map((j) => [j.code, j])));

/** Undefined for a code the data does not have; rejects when the file could not be loaded (and a later call tries again). */
export function loadRecord(code: unknown): Promise<Jurisdiction | undefined> {
  const normal = normalizeCode(code);
  if (!normal) return Promise.resolve(undefined);
  const now = recordNow(normal);
  return now || configuredDataset() ? Promise.resolve(now) : fetchRecord(normal);
}

/** How elements load a record: one object, so that a test can make it fail or wait. */
export const recordData = { load: loadRecord };

/** The record when it is already in memory (a server render loads them up front), else undefined. */
export function recordNow(code: string): Jurisdiction | undefined {
  const site = configuredDataset();
  if (site) return siteIndex(site.jurisdictions).get(code);
  return jurisdictionsData.value?.jurisdiction(code) ?? loaded.get(code);
}

function fetchRecord(code: string): Promise<Jurisdiction | undefined> {
  const load = RECORD_LOADERS[code];
  if (!load) return Promise.resolve(undefined);
  let pending = fetched.get(code);
  if (!pending) {
    pending = load().then(
      (module) => {
        const record = deepFreeze(module.default as Jurisdiction);
        loaded.set(code, record);
        return record;
      },
      (error: unknown) => {
        fetched.delete(code);
        throw error;
      },
    );
    fetched.set(code, pending);
  }
  return pending;
}
