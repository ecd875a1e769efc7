import type { DataSourceState } from '../data/store.js';

/**
 * What every copy of the library on a page shares (the script-tag file, a
 * per-element file, an app's npm bundle): one object on `globalThis`, under a
 * registered symbol, so one configured dataset or one warning reaches them
 * all. Fields are only ever added, never renamed, so an older copy still
 * reads what a newer one wrote.
 */
export interface PageState {
  /** The shape of this object; 1 so far. */
  readonly version: 1;
  /** The dataset the site configured, once a copy has read its address. */
  data?: DataSourceState;
  /** Warnings already given on this page. */
  warned?: Set<string>;
  /**
   * The language: whether the elements follow `<html lang>`, the locale
   * `setLocale` chose, and each copy's way of switching its own elements.
   */
  language?: { follows: boolean; chosen?: 'en' | 'fr' | 'es'; copies: Set<(locale: 'en' | 'fr' | 'es') => Promise<void>> };
  /** The Trusted Types policy for structured data (null when the page refuses it). */
  scriptPolicy?: { createScript(text: string): unknown } | null;
}

const KEY = Symbol.for('kratom-widgets');

export function pageState(): PageState {
  const root = globalThis as { [KEY]?: PageState };
  return (root[KEY] ??= { version: 1 });
}
