import type { LocalizedText, Status } from './types.js';

/**
 * The short, always-needed facts about each status: its order and its label.
 * Elements import this rather than statuses.ts, whose descriptions they
 * rarely show, so the descriptions stay out of their bundles.
 */

/** What a status means for someone who wants to buy or sell kratom leaf as an adult. */
export type AdultSale = 'lawful' | 'conditional' | 'unlawful' | 'unknown';

/** The seven statuses, from most to least restrictive; `unknown` last. Frozen. */
export const STATUS_ORDER: readonly Status[] = Object.freeze([
  'banned',
  'sale-prohibited',
  'restricted-7oh',
  'regulated',
  'age-limit-only',
  'legal-unregulated',
  'unknown',
]);

// Not in the data API itself, but STATUSES shares these label objects, and freezes them.
export const STATUS_LABEL: Readonly<Record<Status, LocalizedText>> = {
  banned: { en: 'Banned', fr: 'Interdit', es: 'Prohibido' },
  'sale-prohibited': { en: 'Sale prohibited', fr: 'Vente interdite', es: 'Venta prohibida' },
  // A non-breaking hyphen (U+2011): "7-" never ends a line with "OH" on the next.
  'restricted-7oh': { en: '7\u2011OH restricted', fr: '7\u2011OH restreinte', es: '7\u2011OH restringida' },
  regulated: { en: 'Regulated', fr: 'Réglementé', es: 'Regulado' },
  'age-limit-only': { en: 'Age limit only', fr: 'Âge minimum seulement', es: 'Solo edad mínima' },
  'legal-unregulated': { en: 'Legal, unregulated', fr: 'Légal, non réglementé', es: 'Legal, sin regular' },
  unknown: { en: 'Unknown', fr: 'Inconnu', es: 'Desconocido' },
};

export const ADULT_SALE: Readonly<Record<Status, AdultSale>> = {
  banned: 'unlawful',
  'sale-prohibited': 'unlawful',
  'restricted-7oh': 'conditional',
  regulated: 'conditional',
  'age-limit-only': 'conditional',
  'legal-unregulated': 'lawful',
  unknown: 'unknown',
};

/** Whether a value is one of the seven statuses. */
export function isStatus(value: unknown): value is Status {
  return STATUS_ORDER.includes(value as Status);
}
