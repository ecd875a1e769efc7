// Type checks only (tsc -p . in npm test): listeners for the elements'
// events get their detail types with no cast, and a wrong use is an error.
import type { KratomFaq, KratomLawLookup, KratomLawMap, AdvocacyGroupList } from '../../src/index.js';

export function listen(map: KratomLawMap, lookup: KratomLawLookup, faq: KratomFaq, list: AdvocacyGroupList): string[] {
  const seen: string[] = [];
  map.addEventListener('kratom-jurisdiction-select', (e) => seen.push(e.detail.code, e.detail.record.status));
  lookup.addEventListener('kratom-jurisdiction-select', (e) => seen.push(e.detail.record.code));
  faq.addEventListener('kratom-faq-toggle', (e) => seen.push(`${e.detail.id} ${e.detail.open ? 'open' : 'closed'}`));
  list.addEventListener('advocacy-group-filter', (e) => seen.push(String(e.detail.count)));
  document.addEventListener('kratom-data-error', (e) => seen.push(e.detail.reason));
  document.addEventListener('kratom-data-update', (e) => seen.push(e.detail.version));
  // @ts-expect-error: the detail has no such field.
  map.addEventListener('kratom-jurisdiction-select', (e) => seen.push(e.detail.nope));
  // @ts-expect-error: open is a boolean, not a string.
  faq.addEventListener('kratom-faq-toggle', (e) => seen.push(e.detail.open.toUpperCase()));
  return seen;
}
