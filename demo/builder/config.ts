// Where the builder finds things, read once from its page's meta tags.
import { VERSION } from '../../src/shared/version.js';

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

/** The folder the snippet names unless the site owner types another: this version on jsDelivr. */
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/kratom-widgets@${VERSION}/dist/cdn`;

/** custom-elements.json and dist/cdn/ live here (the repository in development, the site's own copy when built). */
export const FILES = new URL(meta('kratom-builder-files') || './', document.baseURI);

/** This build's dist/cdn/, as a folder address without the trailing slash. */
export const LOCAL_CDN = new URL('dist/cdn/', FILES).href.replace(/\/$/, '');

/** Under `npm start` only: where the library's source modules are served. */
export const SOURCES = meta('kratom-builder-sources');

/**
 * The static site (`npm run build:demo`) points the files meta at its own
 * folder and writes dist/cdn/sri.json there: the hashes the files had when
 * it was built. No other server has that file.
 */
export const HAS_RECORDED_HASHES = meta('kratom-builder-files') === './';
