import { attributeKey, shortValue, warnOnce } from './warn.js';

export { shortValue };

/**
 * Attribute parsers shared by the elements. Each one accepts anything, never
 * throws, falls back to a sensible default, and warns once naming the values
 * it accepts.
 */

/**
 * An attribute's value as a string: '' once the attribute is removed (Lit
 * then sets the property to null) or when a script sets the property to
 * something that is not text.
 */
export function attributeText(value: unknown): string {
  if (value == null) return '';
  return typeof value === 'string' ? value : shortValue(value);
}

/**
 * What a script set on an attribute-backed property, kept as the attribute
 * would hold it: strings and null/undefined as they are (null means removed),
 * anything else as text that never throws to produce.
 */
export function asAttributeValue(value: unknown): string | null | undefined {
  if (value == null || typeof value === 'string') return value;
  return shortValue(value);
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** One value out of a fixed set, case-insensitive. */
export function parseChoice<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = attributeText(value).trim();
  if (text === '') return fallback;
  const normal = text.toLowerCase() as T;
  if (allowed.includes(normal)) return normal;
  warnOnce(attributeKey(tag, attribute), `<${tag}> ${attribute}="${shortValue(value)}" is not valid; use one of ${list(allowed)}. Using "${fallback}".`);
  return fallback;
}

/**
 * A space- or comma-separated list of values out of a fixed set. Unknown
 * tokens are dropped with a warning; an empty result means "all".
 */
export function parseTokenList<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  const text = attributeText(value);
  if (text.trim() === '') return [...allowed];
  const tokens = text.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !allowed.includes(t as T));
  if (unknown.length > 0) {
    warnOnce(attributeKey(tag, attribute), `<${tag}> ${attribute}="${shortValue(value)}": ${list(unknown.slice(0, 3).map(shortValue))} not recognised; use any of ${list(allowed)}.`);
  }
  const known = allowed.filter((a) => tokens.includes(a));
  return known.length > 0 ? known : [...allowed];
}

/** A heading level from 1 to 6. */
export function parseHeadingLevel(tag: string, value: string | number | null | undefined, fallback = 2): number {
  if (value == null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(attributeKey(tag, 'heading-level'), `<${tag}> heading-level="${shortValue(value)}" is not valid; use a whole number from 1 to 6. Using ${fallback}.`);
  return fallback;
}
