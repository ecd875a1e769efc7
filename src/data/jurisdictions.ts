import jurisdictionsFile from './jurisdictions.json';
import { normalizeCode, normalizeCountry } from './codes.js';
import { deepFreeze } from './freeze.js';
import { statusInfo } from './statuses.js';
import { configuredDataset, perDataset } from './store.js';
import type { Jurisdiction, JurisdictionsFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
// Frozen once, here: every caller and element shares these records.
const FILE = deepFreeze(jurisdictionsFile as unknown as JurisdictionsFile);

/** The bundled data's date (ISO 8601). `dataVersion().asOf` gives the date of the data in use. */
export const asOf: string = FILE.asOf;

export { dataVersion, type DataVersion } from './store.js';
export { localize } from './localize.js';

/** The records in use: a site's newer dataset when one loaded, else the bundled file. */
function records(): readonly Jurisdiction[] {
  return configuredDataset()?.jurisdictions ?? FILE.jurisdictions;
}

const index = perDataset((list: readonly Jurisdiction[]) => new Map(list.map((j) => [j.code, j])));

/** All 71 jurisdictions (federal first, then subdivisions), optionally filtered. The list and the records are frozen: copy the list to sort it. */
export function jurisdictions(filter: { country?: unknown; status?: unknown } = {}): readonly Jurisdiction[] {
  const country = normalizeCountry(filter?.country);
  const status = statusInfo(filter?.status)?.status;
  return Object.freeze(records().filter((j) => (!country || j.country === country) && (!status || j.status === status)));
}

/** One jurisdiction by code (`US-TX`, `us-tx`, `US`, or `TX` with a country); undefined when unknown. The record is frozen. */
export function jurisdiction(code: unknown, country?: unknown): Jurisdiction | undefined {
  const normal = normalizeCode(code, country);
  return normal ? index(records()).get(normal) : undefined;
}
