import { BRIEFS, NAME_ORDER } from '../generated/jurisdiction-briefs.js';
import type { JurisdictionBrief } from '../data/briefs.js';
import { localize } from '../data/localize.js';
import { perDataset } from '../data/store.js';
import { collator } from './intl.js';
import type { Locale } from './locale.js';

const rankCache = perDataset((_list: readonly JurisdictionBrief[]) => new Map<string, ReadonlyMap<string, number>>());

/**
 * Every place's position in name order in the reader's language, per dataset
 * and language. The bundled briefs come sorted from the build (no Collator
 * at first paint); a site's own dataset is sorted here, once.
 */
export function nameRanks(list: readonly JurisdictionBrief[], locale: Locale): ReadonlyMap<string, number> {
  const byLocale = rankCache(list);
  let ranks = byLocale.get(locale);
  if (!ranks) {
    const order = list === BRIEFS ? NAME_ORDER[locale] : undefined;
    const names = order ? undefined : collator(locale);
    const sorted = order
      ? order.map((i) => list[i])
      : [...list].sort((a, b) => names!.compare(localize(a.name, locale), localize(b.name, locale)));
    byLocale.set(locale, (ranks = new Map(sorted.map((b, i) => [b.code, i]))));
  }
  return ranks;
}
