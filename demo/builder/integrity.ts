// The integrity hash the snippet carries, and the sentence under the code
// that says which file it is the hash of.
//
// The builder reads a file from the folder the site owner typed only when
// reading it makes sense: once they stop typing (the field's change or blur,
// or a pause), and only from this page's own origin or from a host name with
// a dot in it. Every answer, a failure too, is kept for as long as the page
// is open (sri.ts), so no address is asked for twice.
import { VERSION } from '../../src/shared/version.js';
import { DEFAULT_BASE, HAS_RECORDED_HASHES, LOCAL_CDN } from './config.js';
import { t, type UiLanguage } from './i18n.js';
import { cachedHashOf } from './sri.js';

export interface Integrity {
  /** What goes into the script tag; undefined when no file could be read. */
  hash?: string;
  /** This build's file's hash, which the preview's copy has. */
  local?: string;
  note: string;
  /** The typed folder is still being typed: its file is read once the typing stops. */
  pending?: boolean;
}

/** An IPv4 address, or a host name of two labels or more whose last one is at least two characters long. */
const FULL_HOST = /^(?:\d{1,3}(?:\.\d{1,3}){3}|(?:[a-z0-9-]+\.)+[a-z0-9-]{2,})$/i;

/**
 * Whether the builder may read files from `base` (an absolute address): one
 * on this page's origin, or on a host that looks finished (cdn.example.com,
 * not "cdn" or "cdn.").
 */
export function readableBase(base: string): boolean {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return false;
  }
  return url.origin === location.origin || FULL_HOST.test(url.hostname);
}

interface Options {
  ui: UiLanguage;
  /** True while the site owner is still typing the folder's address. */
  typing: boolean;
}

/** The hash of exactly the file the snippet points at, and where it comes from. */
export async function integrityFor(file: string, base: string, { ui, typing }: Options): Promise<Integrity> {
  const tr = (key: Parameters<typeof t>[1], values?: Record<string, string>) => t(ui, key, values);
  const localUrl = `${LOCAL_CDN}/${file}`;
  const local = await cachedHashOf(localUrl);
  const missing: Integrity = { note: tr('hashMissing', { file: `dist/cdn/${file}` }) };
  const fromThisBuild = (note: string): Integrity => (local ? { hash: local, local, note } : missing);

  if (base === DEFAULT_BASE) return fromThisBuild(`${tr('hashLocal', { file, version: VERSION })} ${tr('hashPublished', { version: VERSION })}`);
  // A folder on the site owner's own site (a path): nothing to read from here.
  if (!/^https?:\/\//i.test(base)) return fromThisBuild(tr('hashOwnFolder', { file, version: VERSION, base }));
  const url = `${base}/${file}`;
  if (url === localUrl) return fromThisBuild(tr('hashFromBase', { url }));
  if (!readableBase(base)) return fromThisBuild(tr('hashBaseNotRead', { url, version: VERSION }));
  if (typing) return { ...fromThisBuild(tr('hashWaiting', { url })), pending: true };
  const remote = await cachedHashOf(url);
  if (remote) return { hash: remote, local, note: tr(remote === local || !local ? 'hashFromBase' : 'hashBaseDiffers', { url }) };
  return fromThisBuild(tr('hashBaseUnreadable', { url, version: VERSION }));
}

let recorded: Promise<Record<string, string>> | undefined;

/**
 * The hashes the static site recorded when it was built, to check the files
 * it serves now against; an empty record anywhere else.
 */
export function recordedHashes(): Promise<Record<string, string>> {
  if (!HAS_RECORDED_HASHES) return Promise.resolve({});
  recorded ??= fetch(`${LOCAL_CDN}/sri.json`, { cache: 'no-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({}));
  return recorded;
}
