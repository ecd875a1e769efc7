import type { Country } from './types.js';

/**
 * Turns what a caller may pass as a jurisdiction code into the dataset's
 * ISO 3166-2 form, or undefined. Accepted, case-insensitively: `US-TX`,
 * `us_tx`, `US`, `CA`, and a bare subdivision (`TX`, `on`) when a country is
 * given. Anything else, including non-strings, gives undefined.
 */
export function normalizeCode(code: unknown, country?: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const text = code.trim().toUpperCase().replace('_', '-');
  if (/^(US|CA)(-[A-Z]{2})?$/.test(text)) return text;
  const prefix = normalizeCountry(country);
  if (prefix && /^[A-Z]{2}$/.test(text)) return `${prefix}-${text}`;
  return undefined;
}

/** `us`, `US`, `ca`, `CA` → the dataset's country code; anything else → undefined. */
export function normalizeCountry(country: unknown): Country | undefined {
  if (typeof country !== 'string') return undefined;
  const upper = country.trim().toUpperCase();
  return upper === 'US' || upper === 'CA' ? upper : undefined;
}
