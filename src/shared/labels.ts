import { msg } from '@lit/localize';
import type { ConfidenceLevel, LocalRuleKind } from '../data/types.js';

/**
 * UI labels for dataset codes, shared by the elements that show legal
 * records. Functions, not constants: msg() must run at render time so the
 * labels follow locale changes.
 */

export function localRuleKindLabel(kind: LocalRuleKind): string {
  switch (kind) {
    case 'ban':
      return msg('Local ban');
    case 'restriction':
      return msg('Local restriction');
    case 'age-limit':
      return msg('Local age limit');
    case 'advisory':
      return msg('Advisory');
    case 'proposed-ban':
      return msg('Proposed ban');
  }
}

/** The confidence of a record on its own: "High confidence". */
export function confidenceLabel(level: ConfidenceLevel): string {
  switch (level) {
    case 'high':
      return msg('High confidence');
    case 'medium':
      return msg('Medium confidence');
    case 'low':
      return msg('Unverified (low confidence)');
  }
}

/** The confidence where "Confidence" is already said (a table column, "Confidence: High"). */
export function shortConfidenceLabel(level: ConfidenceLevel): string {
  switch (level) {
    case 'high':
      return msg('High');
    case 'medium':
      return msg('Medium');
    case 'low':
      return msg('Low (unverified)');
  }
}

/**
 * Punctuation that templates put between their own pieces. French sets a
 * narrow no-break space before a colon or semicolon, so these are messages too.
 */
export function colon(): string {
  return msg(':', { desc: 'After a label, before its text: "Local ban: …".' });
}

export function semicolon(): string {
  return msg(';', { desc: 'Between two items of a list written on one line.' });
}
