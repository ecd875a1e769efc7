import { lazy } from '../../shared/lazy.js';

/**
 * isSaleAllowed() and the full records it reads, loaded on first use: a page
 * (or app bundle) that never shows a notice never pays for the JSON.
 */
export const saleData = lazy(() => import('../../data/sale.js'));
