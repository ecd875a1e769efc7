/** Registers every kratom-widgets element and re-exports the root API. */
import './elements/kratom-disclaimer/define.js';

export * from './index.js';
