import { datasetProblem } from '../generated/validate-dataset.js';
import { deepFreeze } from './freeze.js';
import { bundledVersion, mismatch, type DataProblem, type DataSourceState, type DatasetFile } from './store.js';
import type { JurisdictionBrief } from './briefs.js';
import type { Jurisdiction } from './types.js';

/**
 * Fetches and checks a site's dataset file; on success puts it in the page
 * state, where every copy of the library finds it. Loaded only on pages that
 * configured a file (see data-source.ts).
 */

/** A brief made from a full record: the fields scripts/data-briefs.mjs writes for the bundled data. */
function briefOf(j: Jurisdiction): JurisdictionBrief {
  return {
    code: j.code,
    country: j.country,
    kind: j.kind,
    name: j.name,
    status: j.status,
    minimumAge: j.minimumAge,
    localRules: j.localRules.filter((r) => r.kind !== 'advisory').length,
    pending: j.pending !== null,
    confidence: j.confidence.level,
    checkedThrough: j.checkedThrough,
  };
}

interface Limits {
  timeout: number;
  maxBytes: number;
}

const kB = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

/** The body as text, or undefined once it passes `maxBytes` (the rest is not downloaded). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Resolves with the reason the file was not used, or undefined when it is now in use. Never rejects. */
export async function loadDataset(state: DataSourceState, limits: Limits): Promise<DataProblem | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeout);
  const timedOut: DataProblem = { reason: 'timeout', message: `no complete answer within ${limits.timeout / 1000} s` };
  const tooLarge: DataProblem = { reason: 'too-large', message: `the file is larger than ${kB(limits.maxBytes)}` };
  try {
    let response: Response;
    try {
      // No cookies or other credentials: the file is public.
      response = await fetch(state.url, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    } catch (error) {
      if (controller.signal.aborted) return timedOut;
      return { reason: 'network', message: `the request failed (${String(error)}); check the address and the page's connect-src` };
    }
    if (!response.ok) return { reason: 'http', status: response.status, message: `the server answered ${response.status}` };
    if (Number(response.headers.get('content-length')) > limits.maxBytes) return tooLarge;
    let text: string | undefined;
    try {
      text = await readLimited(response, limits.maxBytes);
    } catch (error) {
      if (controller.signal.aborted) return timedOut;
      return { reason: 'network', message: `the download broke off (${String(error)})` };
    }
    if (text === undefined) return tooLarge;

    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      // Something that starts like JSON but breaks is a damaged file; anything else (an HTML error page, say) is not JSON.
      if (/^\s*[[{]/.test(text)) return { reason: 'bad-json', message: `the JSON is damaged (${String(error).slice(0, 80)})` };
      const type = response.headers.get('content-type')?.split(';')[0] ?? 'no type';
      return { reason: 'not-json', message: `the answer is not JSON (${type}, starting "${text.trim().slice(0, 20)}")` };
    }
    // The version first: a file of another major version breaks this schema by design.
    const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
    if (typeof version === 'string' && /^\d+\./.test(version) && mismatch(version, '9999-12-31') === 'version') {
      return { reason: 'version', message: `it is version ${version.slice(0, 20)}; this copy of the library reads ${bundledVersion().version.split('.')[0]}.x` };
    }
    const problem = datasetProblem(data);
    if (problem) return { reason: 'invalid', message: `it breaks the dataset schema at ${problem.slice(0, 160)}` };
    const file = data as DatasetFile;
    if (mismatch(file.version, file.asOf) === 'old') {
      return { reason: 'old', message: `its data (as of ${file.asOf}) is older than the bundled data (as of ${bundledVersion().asOf})` };
    }
    // Frozen once, on adoption, like the bundled data: every caller and element shares it.
    state.briefs = deepFreeze(file.jurisdictions.map(briefOf));
    state.dataset = deepFreeze(file);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
