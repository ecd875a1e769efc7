/** Registers every kratom-widgets element and re-exports the root API. */
import './elements/advocacy-group-card/define.js';
import './elements/advocacy-group-list/define.js';
import './elements/kratom-disclaimer/define.js';
import './elements/kratom-faq/define.js';
import './elements/kratom-law-lookup/define.js';
import './elements/kratom-law-map/define.js';
import './elements/kratom-law-updates/define.js';
import './elements/kratom-shipping-notice/define.js';
import './elements/kratom-status-badge/define.js';

export * from './index.js';
