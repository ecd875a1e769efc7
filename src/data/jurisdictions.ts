import jurisdictionsFile from './jurisdictions.json';
import { normalizeCode, normalizeCountry } from './codes.js';
import { statusInfo } from './statuses.js';
import type { Jurisdiction, JurisdictionsFile } from './types.js';

// The JSON is checked against its schema by the tests and `npm run data:check`.
const FILE = jurisdictionsFile as unknown as JurisdictionsFile;
const JURISDICTIONS = FILE.jurisdictions;
const BY_CODE = new Map(JURISDICTIONS.map((j) => [j.code, j]));

/** The date the legal data describes (ISO 8601). Each record also has its own source and review dates. */
export const asOf: string = FILE.asOf;

/** Which data the API answers from. */
export interface DataVersion {
  /** The dataset's version (semver): a new major version means a new shape. */
  version: string;
  /** The oldest date through which a record was checked (ISO 8601). */
  asOf: string;
}

/** The version and date of the data in use. A function, so a newer dataset loaded at run time can answer too. */
export function dataVersion(): DataVersion {
  return { version: FILE.version, asOf: FILE.asOf };
}

export { localize } from './localize.js';

/** All 71 jurisdictions (federal first, then subdivisions), optionally filtered. */
export function jurisdictions(filter: { country?: unknown; status?: unknown } = {}): readonly Jurisdiction[] {
  const country = normalizeCountry(filter?.country);
  const status = statusInfo(filter?.status)?.status;
  return JURISDICTIONS.filter((j) => (!country || j.country === country) && (!status || j.status === status));
}

/** One jurisdiction by code (`US-TX`, `us-tx`, `US`, or `TX` with a country); undefined when unknown. */
export function jurisdiction(code: unknown, country?: unknown): Jurisdiction | undefined {
  const normal = normalizeCode(code, country);
  return normal ? BY_CODE.get(normal) : undefined;
}
