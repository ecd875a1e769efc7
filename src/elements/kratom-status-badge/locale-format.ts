import { localize } from '../../data/localize.js';
import type { LocalizedText } from '../../data/types.js';

/**
 * Locale helper shared by <kratom-status-badge>, <kratom-law-lookup> and
 * <kratom-shipping-notice>. Kept beside the badge (the smallest of the three)
 * so that none of them pulls in the full jurisdictions JSON to format text.
 */

/** One locale's dataset text (English when missing); empty for absent text, so optional fields need no guard. */
export function localText(text: LocalizedText | null | undefined, locale: string): string {
  return text ? localize(text, locale) : '';
}
