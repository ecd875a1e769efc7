import { jurisdiction } from './jurisdictions.js';
import { saleAnswer, type SaleAnswer } from './sale-answer.js';

export type { SaleAnswer, SaleCondition, SaleVerdict } from './sale-answer.js';

/**
 * Whether adult sale of kratom leaf is lawful in a jurisdiction, for a
 * checkout or shipping check: `allowed`, `conditions` (with the conditions),
 * `prohibited` or `unknown`, each with its reason and sources. Local bans and
 * low-confidence rows turn a plain `allowed` into `conditions`, so a seller
 * sees them. The answer is frozen. This is information, not legal advice.
 */
export function isSaleAllowed(code: unknown, country?: unknown): SaleAnswer {
  return saleAnswer(jurisdiction(code, country), code);
}
