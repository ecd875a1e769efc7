import { defineElement } from '../../shared/register.js';
import { KratomStatusBadge } from './kratom-status-badge.js';

export { KratomStatusBadge };
export * from './kratom-status-badge.js';

defineElement('kratom-status-badge', KratomStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'kratom-status-badge': KratomStatusBadge;
  }
}
