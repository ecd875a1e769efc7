import { jurisdiction, jurisdictions } from './jurisdictions.js';
export { dataVersion } from './jurisdictions.js';
import { normalizeCode, normalizeCountry } from './codes.js';
import { deepFreeze } from './freeze.js';
import type { IsoDate, Jurisdiction, LegalEvent, LegalEventType, Source, Status } from './types.js';

import { CHANGE_KINDS, EVENT_TYPES, RECENT_CHANGES } from './event-kinds.js';

export { CHANGE_KINDS, EVENT_TYPES, RECENT_CHANGES };

/** One step of a jurisdiction's history, with its place and its sources resolved (frozen, like the records). */
export interface JurisdictionEvent extends Omit<LegalEvent, 'sources'> {
  /** The jurisdiction's code, e.g. `US-TX`. */
  readonly code: string;
  readonly sources: readonly Source[];
  /** On an event that set a status: the status before it (`unknown` where the history does not say). */
  readonly statusBefore?: Status;
}

export interface EventFilter {
  /** `us` or `ca`. */
  country?: unknown;
  /** One code or several (`US-TX`, `['US-TX', 'CA-ON']`). */
  jurisdiction?: unknown;
  /** Event types to keep, as an array or a space-separated list. */
  kinds?: unknown;
  /** Keep events on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  since?: unknown;
  /** Keep at most this many, newest first. */
  limit?: unknown;
}

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A real calendar date in the dataset's form, or undefined. */
function isoDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  if (m[3]) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCDate() !== Number(m[3])) return undefined;
  }
  return text;
}

/** The last day a partial date can mean: an event dated `2016-05` is only sure to have happened by May 31. */
function lastDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return date;
  if (m) return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** The first day a partial date can mean: `2016` starts on January 1. */
function firstDay(date: IsoDate): IsoDate {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Per record object, so a site's newer dataset gets its own.
const RESOLVED = new WeakMap<Jurisdiction, readonly JurisdictionEvent[]>();

/** A record's events with their sources resolved and, where one set a status, the status before it (worked out, and frozen, once per record). */
function resolved(record: Jurisdiction): readonly JurisdictionEvent[] {
  const cached = RESOLVED.get(record);
  if (cached) return cached;
  const list = deepFreeze(resolveEvents(record));
  RESOLVED.set(record, list);
  return list;
}

function resolveEvents(record: Jurisdiction): JurisdictionEvent[] {
  const byUrl = new Map(record.sources.map((s) => [s.url, s]));
  let current: Status = 'unknown';
  return record.events.map((event) => {
    const sources = event.sources.map((url) => byUrl.get(url)).filter((s): s is Source => s !== undefined);
    const before = current;
    if (event.status) current = event.status;
    return { ...event, code: record.code, sources, ...(event.status && { statusBefore: before }) };
  });
}

function codesOf(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : undefined;
  if (!list || list.length === 0) return undefined;
  const codes = list.map((c) => normalizeCode(c));
  return codes.every((c) => c !== undefined && jurisdiction(c)) ? (codes as string[]) : undefined;
}

/**
 * Dated legal events across the dataset, newest first: what changed and what
 * was proposed. Returns undefined, never throws, when the filter names an
 * unknown jurisdiction or kind, or a date that is not real. The list and the
 * events in it are frozen: copy the list to sort it.
 *
 * ```js
 * events({ jurisdiction: 'US-TN' });
 * events({ country: 'us', kinds: ['enacted', 'effective'], since: '2025-01-01', limit: 10 });
 * ```
 */
export function events(filter: EventFilter = {}): readonly JurisdictionEvent[] | undefined {
  const f = filter && typeof filter === 'object' ? filter : {};
  const country = f.country === undefined ? undefined : normalizeCountry(f.country);
  if (f.country !== undefined && !country) return undefined;
  const codes = f.jurisdiction === undefined ? undefined : codesOf(f.jurisdiction);
  if (f.jurisdiction !== undefined && !codes) return undefined;
  const kindList = f.kinds === undefined ? undefined : Array.isArray(f.kinds) ? f.kinds : typeof f.kinds === 'string' ? f.kinds.split(/[\s,]+/).filter(Boolean) : null;
  if (kindList === null || (kindList && !kindList.every((k) => EVENT_TYPES.includes(k as LegalEventType)))) return undefined;
  const since = f.since === undefined ? undefined : isoDate(f.since);
  if (f.since !== undefined && !since) return undefined;
  const limit = f.limit === undefined ? Infinity : Number(f.limit);
  if (!(limit >= 0)) return undefined;

  const list = jurisdictions({ country })
    .filter((r) => !codes || codes.includes(r.code))
    .flatMap((r) => resolved(r))
    .filter((e) => !kindList || kindList.includes(e.type))
    // An event dated by year or month counts only when it is sure to fall on or after the date.
    .filter((e) => !since || firstDay(e.date) >= firstDay(since));
  // Newest first; a partial date sorts as its first day, ties keep the dataset's order.
  return Object.freeze(
    list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (firstDay(b.e.date) > firstDay(a.e.date) ? 1 : firstDay(b.e.date) < firstDay(a.e.date) ? -1 : a.i - b.i))
      .map(({ e }) => e)
      .slice(0, limit),
  );
}

/** True for a date in the dataset's form (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that exists on the calendar. */
export function isEventDate(value: unknown): boolean {
  return isoDate(value) !== undefined;
}

/**
 * The status a jurisdiction had on a date, from its history: the status set by
 * the newest event sure to have happened by then. `unknown` where the history
 * does not reach back that far (a guess is never made); the record's current
 * status from the date it was checked through. Undefined for an unknown code
 * or a date that is not real.
 */
export function statusOn(code: unknown, date: unknown, country?: unknown): Status | undefined {
  // With a country, a bare two-letter code is a subdivision: ('CA', 'us') is California, not Canada.
  const prefix = normalizeCountry(country);
  const bare = typeof code === 'string' && /^[a-z]{2}$/i.test(code.trim());
  const record = prefix && bare ? jurisdiction(`${prefix}-${(code as string).trim()}`) : jurisdiction(code, country);
  const day = isoDate(date);
  if (!record || !day) return undefined;
  const when = firstDay(day);
  if (when >= record.checkedThrough) return record.status;
  const set = record.events.filter((e) => e.status && lastDay(e.date) <= when).at(-1);
  return set?.status ?? 'unknown';
}

/** A place's pending change, for "what is coming" lists. */
export interface PlannedChange {
  readonly code: string;
  readonly name: Jurisdiction['name'];
  readonly pending: NonNullable<Jurisdiction['pending']>;
}

/** The pending changes of the places a filter names (same `country` and `jurisdiction` as events()), in dataset order; frozen, list and items. */
export function pendingChanges(filter: Pick<EventFilter, 'country' | 'jurisdiction'> = {}): readonly PlannedChange[] {
  const f = filter && typeof filter === 'object' ? filter : {};
  const codes = f.jurisdiction === undefined ? undefined : (codesOf(f.jurisdiction) ?? []);
  return deepFreeze(
    jurisdictions({ country: f.country })
      .filter((r) => r.pending && (!codes || codes.includes(r.code)))
      .map((r) => ({ code: r.code, name: r.name, pending: r.pending! })),
  );
}

/** A place's name in every locale, or undefined for an unknown code. */
export function jurisdictionName(code: unknown): Jurisdiction['name'] | undefined {
  return jurisdiction(code)?.name;
}
