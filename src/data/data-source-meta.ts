import { pageState } from '../shared/page-state.js';

/** The meta tag a site owner pastes to point every element at a newer dataset file. */
export const DATA_META = 'kratom-widgets:data';

/**
 * Reads the page's `<meta name="kratom-widgets:data">` and starts the fetch,
 * once per page. Elements call it when they connect: by then a meta tag a
 * site builder put in the body, before the element, is there too. The rest
 * of the work loads only when the tag is there.
 */
export function readDataSourceMeta(): void {
  if (typeof document === 'undefined' || pageState().data) return;
  const url = document.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content.trim();
  // setDataSource shares one request, however many elements and library copies get here first.
  if (url) void import('./data-source.js').then(({ setDataSource }) => setDataSource(url));
}
