import { msg } from '@lit/localize';
import type { FocusArea, GroupCountry, GroupKind } from '../data/types.js';

/**
 * UI labels for the dataset's codes (kinds, focus areas, countries) and date
 * formatting, shared by <advocacy-group-card> and <advocacy-group-list>.
 * Functions rather than constants: msg() must run at render time so the
 * labels follow locale changes.
 */

/** The kinds of organisation, in the order filter buttons show them. */
export function kindLabel(kind: GroupKind): string {
  switch (kind) {
    case 'consumer-advocacy':
      return msg('Consumer advocacy');
    case 'trade-association':
      return msg('Trade association');
    case 'research-society':
      return msg('Research society');
    case 'coalition':
      return msg('Coalition');
    case 'education':
      return msg('Education');
    case 'recovery-support':
      return msg('Recovery support');
    case 'media':
      return msg('Media');
  }
}

export function focusLabel(focus: FocusArea): string {
  switch (focus) {
    case 'policy':
      return msg('Policy');
    case 'consumer-protection':
      return msg('Consumer protection');
    case 'product-standards':
      return msg('Product standards');
    case 'research':
      return msg('Research');
    case 'public-education':
      return msg('Public education');
    case 'vendor-support':
      return msg('Vendor support');
    case 'legal-support':
      return msg('Legal support');
    case 'harm-reduction':
      return msg('Harm reduction');
    case 'recovery':
      return msg('Recovery');
  }
}

export function countryLabel(country: GroupCountry): string {
  switch (country) {
    case 'US':
      return msg('United States');
    case 'CA':
      return msg('Canada');
    case 'INT':
      return msg('International');
  }
}

/** Up to three initials for the monogram: the acronym when there is one, else the name's main words. */
export function monogram(name: string, acronym?: string): string {
  const short = acronym?.trim();
  if (short) return Array.from(short).slice(0, 5).join('').toUpperCase();
  const small = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'le', 'des', 'du', 'y', 'el', 'et', '&']);
  const words = name.split(/\s+/).filter((w) => w && !small.has(w.toLowerCase()));
  const initials = words.map((w) => Array.from(w)[0]).filter((c) => /\p{L}|\p{N}/u.test(c));
  return initials.slice(0, 3).join('').toUpperCase() || '?';
}
