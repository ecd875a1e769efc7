// Type checks only (tsc -p . in npm test): what the data API hands out is
// readonly all the way down, as it is frozen at run time, so a write is a
// compile error; reading, and sorting a copy, are not.
import { briefs, events, groups, isSaleAllowed, jurisdiction, jurisdictions, loadJurisdiction, STATUSES, type Jurisdiction } from '../../src/data/index.js';

export async function writes(): Promise<string[]> {
  const tx = jurisdiction('US-TX')!;
  // @ts-expect-error: a record's field is readonly.
  tx.status = 'banned';
  // @ts-expect-error: so is localized text.
  tx.name.en = 'Tejas';
  // @ts-expect-error: and a source.
  tx.sources[0].url = 'https://example.org/';
  // @ts-expect-error: a record's arrays are readonly.
  tx.sources.push(tx.sources[0]);
  // @ts-expect-error: a returned list is readonly: no sort in place.
  jurisdictions().sort();
  // @ts-expect-error: nor a push.
  groups().push(groups()[0]);
  // @ts-expect-error: briefs too.
  briefs()[0].status = 'banned';
  // @ts-expect-error: resolved events too.
  events()![0].sources = [];
  // @ts-expect-error: a sale answer too.
  isSaleAllowed('US-TX').conditions.length = 0;
  // @ts-expect-error: and the status metadata.
  STATUSES[0].label.fr = '';
  const me = await loadJurisdiction('US-ME');
  // @ts-expect-error: the record loaded on demand is readonly too.
  if (me) me.localRules = [];

  // What a caller may do: read, and sort a copy.
  const byName: Jurisdiction[] = [...jurisdictions()].sort((a, b) => a.name.en.localeCompare(b.name.en));
  return byName.map((j) => `${j.code} ${j.status} ${tx.sources.length}`);
}
