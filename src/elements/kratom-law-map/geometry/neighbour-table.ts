import type { Neighbours } from './types.js';

/**
 * Expands the compact neighbour table that neighbours.ts ships
 * (`CODE:up,right,down,left|…`, empty for none) into an object.
 * About a third of the bytes of the spelled-out object.
 */
export function neighbourTable(text: string): Neighbours {
  const table: Neighbours = {};
  for (const row of text.split('|')) {
    const [code, list] = row.split(':');
    const [up, right, down, left] = list.split(',').map((c) => c || null);
    table[code] = { up, right, down, left };
  }
  return table;
}
