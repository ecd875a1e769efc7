import { lazy } from '../shared/lazy.js';

/**
 * The dataset parts elements load on first use. Each becomes its own chunk in
 * the script-tag build (and in an app's bundle), so a page that shows only a
 * disclaimer never downloads the FAQ or the organisations.
 */
export const groupsData = lazy(() => import('./groups.js'));
export const faqData = lazy(() => import('./faq.js'));
export const jurisdictionsData = lazy(() => import('./jurisdictions.js'));
/** events() and statusOn(): the full records, read as a history. */
export const historyData = lazy(() => import('./history.js'));
/** The newest changes alone, for <kratom-law-updates> with its default filters (recent-changes.ts). */
export const recentChangesData = lazy(() => import('./recent-changes.js'));
/**
 * One place's full record at a time (records.ts): its table of the 71 files
 * loads with the first record asked for, not with the element's first paint.
 */
export const recordsModule = lazy(() => import('./records.js'));
