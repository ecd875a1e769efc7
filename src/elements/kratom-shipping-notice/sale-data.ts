import { lazy } from '../../shared/lazy.js';

/**
 * The rules that turn a record into a verdict, loaded on first use with the
 * destination's record alone (data/records.ts): a page (or app bundle) that
 * never shows a notice pays for neither, and one that does never loads the
 * other 70 records.
 */
export const saleData = lazy(() => import('../../data/sale-answer.js'));

/** The answer's drawing, loaded beside the rules. @internal */
export const noticeView = lazy(() => import('./kratom-shipping-notice.view.js'));
