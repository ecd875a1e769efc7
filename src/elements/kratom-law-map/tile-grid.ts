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

type Direction = 'up' | 'right' | 'down' | 'left';
const STEP: Record<Direction, [number, number]> = { up: [-1, 0], right: [0, 1], down: [1, 0], left: [0, -1] };

/**
 * The tile reached from `code` by an arrow key among `visible` tiles: the
 * nearest one in that direction, preferring the same row or column.
 */
export function tileNeighbour(code: string, direction: Direction, visible: readonly Tile[]): string | undefined {
  const from = visible.find((t) => t.code === code);
  if (!from) return undefined;
  const [dr, dc] = STEP[direction];
  let best: Tile | undefined;
  let bestScore = Infinity;
  for (const t of visible) {
    const along = (t.row - from.row) * dr + (t.column - from.column) * dc;
    if (along <= 0) continue;
    const across = Math.abs(dr !== 0 ? t.column - from.column : t.row - from.row);
    const score = along + across * 2.5;
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best?.code;
}
