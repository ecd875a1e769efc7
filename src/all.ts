/** Registers every kratom-widgets element and re-exports the root API. */
import './elements/kratom-disclaimer/define.js';
import './elements/kratom-law-map/define.js';

export * from './index.js';
