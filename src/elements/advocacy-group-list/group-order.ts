import { GROUP_ORDER } from '../../generated/group-order.js';
import type { AdvocacyGroup } from '../../data/types.js';
import { collator } from '../../shared/intl.js';
import { intlLocale } from '../../shared/format-date.js';
import type { Locale } from '../../shared/locale.js';

const ranks = new Map<Locale, ReadonlyMap<string, number>>();

/**
 * The organisations by name in the reader's language, the id breaking ties.
 * The bundled ones come sorted from the build (no Collator, whose first use
 * costs 10 to 40 ms); a list with any other (a site's own dataset, a renamed
 * organisation) is sorted here.
 */
export function sortByName(list: AdvocacyGroup[], locale: Locale): AdvocacyGroup[] {
  let rank = ranks.get(locale);
  if (!rank) ranks.set(locale, (rank = new Map(GROUP_ORDER[locale].map(([id, name], i) => [`${id} ${name}`, i]))));
  const known = rank;
  if (list.every((g) => known.has(`${g.id} ${g.name}`))) return list.sort((a, b) => known.get(`${a.id} ${a.name}`)! - known.get(`${b.id} ${b.name}`)!);
  const byName = collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
  return list.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
