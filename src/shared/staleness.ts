import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from './format-date.js';
import { shortValue, warnOnce } from './warn.js';

/** After this many days past the data's date, elements say the data may be out of date. */
export const STALE_AFTER_DAYS = 180;
/** The most a site can raise that to: data over a year old always says so. */
export const MAX_STALE_AFTER_DAYS = 365;

// A site may lower or raise the threshold for every element on the page, with
// <meta name="kratom-widgets:stale-after" content="90"> or setStaleAfter(90).
const META = 'kratom-widgets:stale-after';
let configured: number | undefined;

function clamp(days: number): number {
  return Math.min(Math.max(Math.round(days), 0), MAX_STALE_AFTER_DAYS);
}

function parseDays(value: unknown, where: string): number | undefined {
  const days = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  if (value !== '' && value != null && Number.isFinite(days) && days >= 0) return clamp(days);
  warnOnce(where, `${where} "${shortValue(value)}" is not a number of days; using ${STALE_AFTER_DAYS}.`);
  return undefined;
}

/**
 * Sets after how many days past the data's date every element adds its
 * "may be out of date" line (default 180, at most 365). `undefined` goes back
 * to the page's meta tag or the default.
 */
export function setStaleAfter(days: number | undefined): void {
  configured = days === undefined ? undefined : parseDays(days, 'setStaleAfter()');
}

/** The threshold in force: setStaleAfter(), else the page's meta tag, else 180 days. */
export function staleAfterDays(): number {
  if (configured !== undefined) return configured;
  const meta = typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>(`meta[name="${META}"]`);
  return (meta && parseDays(meta.content, `<meta name="${META}"> content`)) ?? STALE_AFTER_DAYS;
}

/** Whole days from an ISO date to now (Date.now, so tests and pages can move the clock). */
function daysSince(isoDate: string): number {
  const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
  return Math.floor((Date.now() - Date.UTC(y, m - 1, d)) / 86_400_000);
}

/** True when the data's date is further back than the threshold. */
export function isStale(asOf: string): boolean {
  return daysSince(asOf) > staleAfterDays();
}

/**
 * The one plain line an element adds when its data may be out of date, or
 * nothing. It names the date and points the reader to the official source.
 */
export function renderStaleNotice(asOf: string, locale: string): TemplateResult | typeof nothing {
  if (!isStale(asOf)) return nothing;
  const date = formatDate(asOf, locale);
  return html`<p class="stale" part="stale">
    <span class="stale-glyph" aria-hidden="true">⚠</span> ${msg(
      str`This information was last checked on ${date} and may be out of date. Check the official source before relying on it.`,
    )}
  </p>`;
}
