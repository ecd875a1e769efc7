import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { LocaleModule, LocaleStatusEventDetail } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { isServer } from 'lit';
import { pageState } from './page-state.js';
import { shortValue, warnMissingPart, warnOnce } from './warn.js';

/** A locale the library is written in: `en`, `fr` (Canadian French) or `es` (US Spanish). */
export type Locale = (typeof allLocales)[number];

export const LOCALES: readonly Locale[] = allLocales;

// Static specifiers, so that Vite, the test server and tsc all resolve them.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
};

/**
 * Our translated templates for one locale, for apps that configure
 * @lit/localize themselves: merge them into your own `loadLocale` result.
 * Resolves to an empty module for the source locale or an unknown one.
 */
export async function loadKratomLocale(locale: string): Promise<LocaleModule> {
  const load = loaders[locale as keyof typeof loaders];
  return load ? load() : { templates: {} };
}

/** Maps any BCP 47 tag to a library locale: fr-CA → fr, es-MX → es, anything else → en. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

// @lit/localize accepts one configureLocalization per copy of the module. We
// only call it when a non-English locale is first needed, so an English page
// that also uses @lit/localize is never disturbed. `null` means the page
// configured it before us.
let controls: ReturnType<typeof configureLocalization> | null | undefined;
let active: Locale = sourceLocale;
let observing = false;

/**
 * The page's language choice, shared by every copy of the library (the
 * script-tag file, a per-element file, an app's bundle): `setLocale` from any
 * copy reaches the elements of all of them.
 */
function language() {
  return (pageState().language ??= { follows: true, copies: new Set() });
}

// However long a translation takes, the elements draw (in English) after this.
const LOCALE_WAIT_MS = 3000;

// Translations being loaded, whoever configured @lit/localize: elements wait
// for them before their first render (see localeReady).
let loading: Promise<void> | undefined;
let loaded: (() => void) | undefined;

// Whoever configured @lit/localize, its status events tell us the active
// locale, which the elements need to pick dataset text, and when one loads.
globalThis.window?.addEventListener(LOCALE_STATUS_EVENT, (event: Event) => {
  const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
  if (detail.status === 'loading') {
    // One wait per load, whatever the number of elements; LOCALE_WAIT_MS caps it.
    loading ??= new Promise((resolve) => {
      loaded = resolve;
      setTimeout(resolve, LOCALE_WAIT_MS);
    });
    return;
  }
  // Another copy's locale is not ours until it applies it to our templates
  // too: only our own controller's (or the page's, when it configured
  // @lit/localize) changes `active`, so dates never switch ahead of the text.
  if (detail.status === 'ready') {
    if (controls === null || controls?.getLocale() === detail.readyLocale) active = toLocale(detail.readyLocale);
  } else {
    // The elements keep the language they had.
    warnMissingPart(`The "${detail.errorLocale}" translations`, detail.errorMessage);
  }
  loaded?.();
  loading = loaded = undefined;
});

/**
 * Resolves once the translations being loaded have arrived or failed, or
 * LOCALE_WAIT_MS after they started loading; at once when none are loading.
 * Elements wait for it before their first render, so a French or Spanish
 * page never shows English first, and a stalled request cannot leave them
 * blank.
 */
export function localeReady(): Promise<void> {
  return loading ?? Promise.resolve();
}

function localization() {
  if (controls === undefined) {
    try {
      controls = configureLocalization({ sourceLocale, targetLocales, loadLocale: loadKratomLocale });
    } catch {
      controls = null;
      warnOnce(
        'localize configured',
        '@lit/localize is already configured on this page, so the page switches languages. ' +
          'Merge our translations into your loadLocale with loadKratomLocale() (see the README, "Locales").',
      );
    }
  }
  return controls;
}

/** The active locale. */
export function getLocale(): Locale {
  return active;
}

async function apply(locale: Locale): Promise<void> {
  if (locale === active && controls === undefined) return;
  const controller = localization();
  if (!controller) return;
  await controller.setLocale(locale);
  // In a browser the status event has said so already; a server has no window for it.
  if (isServer) active = toLocale(controller.getLocale());
}

/**
 * Switches every kratom-widgets element on the page to `locale` (`en`, `fr`,
 * `es`, or a regional tag such as `fr-CA`), whichever copy of the library
 * defined it. From then on the elements stop following the page's
 * `<html lang>`.
 */
export function setLocale(locale: string): Promise<void> {
  const state = language();
  state.follows = false;
  const primary = shortValue(locale).trim().toLowerCase().split(/[-_]/)[0];
  if (!(allLocales as readonly string[]).includes(primary)) {
    warnOnce('setLocale', `setLocale("${shortValue(locale)}"): not a supported locale; use "en", "fr" or "es" (regional tags like "fr-CA" work too). Using "en".`);
  }
  const target = toLocale(primary);
  state.chosen = target;
  state.copies.add(apply);
  return Promise.all([...state.copies].map((copy) => copy(target))).then(() => undefined);
}

/**
 * Makes the elements follow the page's `<html lang>`, now and whenever the
 * page changes it, until `setLocale` is called (by any copy). Elements call
 * this when they connect; it does its work once per copy.
 */
export function followPageLanguage(): void {
  if (observing) return;
  observing = true;
  const state = language();
  // Joins the page's copies, so a later setLocale elsewhere reaches this one.
  state.copies.add(apply);
  const root = document.documentElement;
  const sync = () => {
    // A failed load is reported once by the status listener above.
    const wanted = state.follows ? toLocale(root.lang) : state.chosen;
    if (wanted) apply(wanted).catch(() => undefined);
  };
  sync();
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
