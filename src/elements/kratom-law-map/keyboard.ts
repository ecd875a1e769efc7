import { NEIGHBOURS } from './geometry/neighbours.js';
import type { MapRegion } from './geometry-loader.js';
import { TILES, type Tile } from './tile-grid.js';

/** Which group of keyboard targets has focus. */
export type KeyScope = 'map' | 'grid' | 'extras';

/** What arrow keys, Home, End and typing need to know; the element owns all state. */
export interface NavigationContext {
  scope: KeyScope;
  region: MapRegion;
  /** The focused place. */
  from: string;
  /** The focusable places of the group, in document order. */
  codes: string[];
  /** `codes` sorted by name in the page's language. */
  byName: (codes: string[]) => string[];
  /** A place's name in the page's language. */
  nameOf: (code: string) => string;
}

type Direction = 'up' | 'right' | 'down' | 'left';
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowRight: 'right', ArrowDown: 'down', ArrowLeft: 'left' };
const STEP: Record<Direction, [number, number]> = { up: [-1, 0], right: [0, 1], down: [1, 0], left: [0, -1] };
const TYPEAHEAD_PAUSE_MS = 800;

/** Lower case without accents, so that typing "que" finds "Québec". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

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

// What has been typed so far, per group of targets.
const typing = new WeakMap<object, { text: string; at: number }>();

/**
 * The place a key moves to: arrow keys go to the geographic neighbour (map),
 * the nearest tile (grid) or the next item (extras); Home and End to the
 * first and last by name; typing a name jumps to the first place it starts,
 * and repeating a letter cycles. Prevents the page from scrolling on the keys
 * it uses. Undefined when the key moves nowhere.
 */
export function navigate(event: KeyboardEvent, ctx: NavigationContext, group: object): string | undefined {
  const { scope, from, codes } = ctx;
  const direction = ARROWS[event.key];
  if (direction) {
    event.preventDefault();
    if (scope === 'map') return NEIGHBOURS[ctx.region][from]?.[direction] ?? undefined;
    if (scope === 'grid') return tileNeighbour(from, direction, TILES.filter((t) => codes.includes(t.code)));
    const i = codes.indexOf(from);
    const step = direction === 'left' || direction === 'up' ? -1 : 1;
    return codes[Math.min(codes.length - 1, Math.max(0, i + step))];
  }
  if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    const sorted = ctx.byName(codes);
    return event.key === 'Home' ? sorted[0] : sorted[sorted.length - 1];
  }
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const now = Date.now();
  const last = typing.get(group);
  const text = last && now - last.at <= TYPEAHEAD_PAUSE_MS ? last.text + event.key : event.key;
  typing.set(group, { text, at: now });
  const sorted = ctx.byName(codes);
  const wanted = fold(text);
  const start = text.length === 1 ? sorted.indexOf(from) + 1 : sorted.indexOf(from);
  const rotated = [...sorted.slice(start), ...sorted.slice(0, start)];
  return rotated.find((c) => fold(ctx.nameOf(c)).startsWith(wanted));
}
