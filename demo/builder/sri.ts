// Subresource Integrity hashes, computed in the browser from the bytes of the
// file as it is served, the way the browser checks them when the page loads.

/** `sha384-…` of some bytes. */
export async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/** The hash of the file at `url`, or undefined when it cannot be read from this page. */
export async function hashOf(url: string, timeoutMs = 5000): Promise<string | undefined> {
  try {
    // A cross-origin file must allow CORS to be read; a CDN does, most sites' folders do too.
    const response = await fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return undefined;
    return await sha384(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}

/**
 * One answer per URL for as long as the page is open, failures included: a
 * file that could not be read is not asked for again each time the form
 * changes (reloading the page asks again).
 */
const cache = new Map<string, Promise<string | undefined>>();

export function cachedHashOf(url: string): Promise<string | undefined> {
  let hash = cache.get(url);
  if (!hash) {
    hash = hashOf(url);
    cache.set(url, hash);
  }
  return hash;
}
