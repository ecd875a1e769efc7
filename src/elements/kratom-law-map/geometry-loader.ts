import type { MapGeometry } from './geometry/types.js';
import { lazy } from '../../shared/lazy.js';

export type MapRegion = 'us' | 'ca' | 'na';

/**
 * Width / height of each region's frame, known before its geometry loads, so
 * the element reserves the right space and nothing moves when it arrives.
 * A test keeps these equal to the generated geometry.
 */
export const FRAME: Record<MapRegion, [number, number]> = {
  us: [2068, 1212],
  ca: [1920, 1612],
  na: [1920, 1552],
};

/**
 * Each region's outlines, loaded on first use. The US too: a page with a
 * badge or a FAQ never carries 12 kB of state borders, and on a map page the
 * file is asked for as soon as the element first updates.
 */
export const OUTLINES = {
  us: lazy(async () => (await import('./geometry/us.js')).US_MAP),
  ca: lazy(async () => (await import('./geometry/ca.js')).CA_MAP),
  na: lazy(async () => (await import('./geometry/na.js')).NA_MAP),
};

export function loadGeometry(region: MapRegion): Promise<MapGeometry> {
  return OUTLINES[region].load();
}
