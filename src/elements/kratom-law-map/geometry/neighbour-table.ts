import type { MapGeometry } from './types.js';

/**
 * Expands the compact neighbour table the geometry modules ship
 * (`CODE:up,right,down,left|…`, empty for none) into the MapGeometry form.
 * About a third of the bytes of the spelled-out object.
 */
export function neighbourTable(text: string): MapGeometry['neighbours'] {
  const table: MapGeometry['neighbours'] = {};
  for (const row of text.split('|')) {
    const [code, list] = row.split(':');
    const [up, right, down, left] = list.split(',').map((c) => c || null);
    table[code] = { up, right, down, left };
  }
  return table;
}
