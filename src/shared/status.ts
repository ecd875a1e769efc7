import type { Status } from '../data/types.js';

/**
 * A glyph per status, drawn beside every status colour so that status never
 * rests on colour alone (colour-blind readers, forced-colours mode, print).
 */
export const STATUS_GLYPH: Record<Status, string> = {
  banned: '✕',
  'sale-prohibited': '⊘',
  'restricted-7oh': '▲',
  regulated: '✓',
  'age-limit-only': '◆',
  'legal-unregulated': '○',
  unknown: '?',
};
