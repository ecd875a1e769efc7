/**
 * The tile-grid layout: one square per state, province or territory, placed
 * so that neighbours stay roughly neighbours (layout from
 * research/map.md §4, tuned by hand; territories on their own last row).
 * Each row is a string of two-letter cells; `..` is empty.
 */
const ROWS = [
  'AK YT NT .. NU .. QC NL .. ..',
  '.. BC AB SK MB ON VT NB PE ..',
  '.. WA MT ND MN WI NY NH ME NS',
  'OR ID WY SD IA MI PA NJ CT MA',
  'CA NV UT NE IL IN OH MD DE RI',
  '.. AZ CO KS MO KY WV VA DC ..',
  '.. .. NM OK AR TN GA SC NC ..',
  'HI .. .. TX LA MS AL FL .. PR',
  'GU MP AS VI .. .. .. .. .. ..',
];

const CANADA = new Set(['YT', 'NT', 'NU', 'QC', 'NL', 'BC', 'AB', 'SK', 'MB', 'ON', 'NB', 'PE', 'NS']);

export interface Tile {
  code: string;
  row: number;
  column: number;
}

/** Every tile, in reading order (row by row). */
export const TILES: readonly Tile[] = ROWS.flatMap((line, row) =>
  line.split(' ').flatMap((cell, column) =>
    cell === '..' ? [] : [{ code: `${CANADA.has(cell) ? 'CA' : 'US'}-${cell}`, row, column }],
  ),
);

export const GRID_COLUMNS = 10;
