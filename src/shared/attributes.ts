import { warnOnce } from './warn.js';

/**
 * Attribute parsers shared by the elements. Each one accepts anything, never
 * throws, falls back to a sensible default, and warns once naming the values
 * it accepts.
 */

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A value as a warning quotes it: cut to 40 characters, so a pasted paragraph does not fill the console. */
export function shortValue(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** One value out of a fixed set, case-insensitive. */
export function parseChoice<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || value.trim() === '') return fallback;
  const normal = value.trim().toLowerCase() as T;
  if (allowed.includes(normal)) return normal;
  warnOnce(`<${tag}> ${attribute}="${shortValue(value)}" is not valid; use one of ${list(allowed)}. Using "${fallback}".`);
  return fallback;
}

/**
 * A space- or comma-separated list of values out of a fixed set. Unknown
 * tokens are dropped with a warning; an empty result means "all".
 */
export function parseTokenList<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T[] {
  if (value == null || value.trim() === '') return [...allowed];
  const tokens = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !allowed.includes(t as T));
  if (unknown.length > 0) {
    warnOnce(`<${tag}> ${attribute}="${shortValue(value)}": ${list(unknown.map(shortValue))} not recognised; use any of ${list(allowed)}.`);
  }
  const known = allowed.filter((a) => tokens.includes(a));
  return known.length > 0 ? known : [...allowed];
}

/** A heading level from 1 to 6. */
export function parseHeadingLevel(tag: string, value: string | number | null | undefined, fallback = 2): number {
  if (value == null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(`<${tag}> heading-level="${shortValue(value)}" is not valid; use a whole number from 1 to 6. Using ${fallback}.`);
  return fallback;
}
