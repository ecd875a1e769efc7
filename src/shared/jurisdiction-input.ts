import { brief, type JurisdictionBrief } from '../data/briefs.js';
import { attributeKey, shortValue, warnOnce } from './warn.js';

/** The countries an element can be limited to; `both` means no limit. */
export const COUNTRIES = ['both', 'us', 'ca'] as const;
export type CountryChoice = (typeof COUNTRIES)[number];

/** What a `jurisdiction` (or `destination`) attribute turned out to be. */
export type JurisdictionInput =
  | { kind: 'empty' }
  | { kind: 'unknown'; input: string }
  | { kind: 'known'; brief: JurisdictionBrief };

/** The forms every element accepts, for warnings. */
export const ACCEPTED_FORMS =
  'use a code such as "US-TX", "us-tx", or "TX" with country="us" ("CA-ON", or "ON" with country="ca"); ' +
  '"US" and "CA" are the federal rows';

/**
 * Reads a jurisdiction code attribute. Never throws: an empty value is
 * `empty` (nothing chosen yet, no warning); a value we cannot match is
 * `unknown`, with one console warning per distinct value naming the accepted
 * forms. `country` lets a bare subdivision code (`TX`, `on`) through.
 */
export function resolveJurisdiction(
  tag: string,
  attribute: string,
  value: unknown,
  country: CountryChoice,
): JurisdictionInput {
  if (value == null || String(value).trim() === '') return { kind: 'empty' };
  const found = brief(value, country === 'both' ? undefined : country);
  if (found) return { kind: 'known', brief: found };
  warnOnce(attributeKey(tag, attribute), `<${tag}> ${attribute}="${shortValue(value)}" is not a jurisdiction we know; ${ACCEPTED_FORMS}.`);
  return { kind: 'unknown', input: String(value) };
}
