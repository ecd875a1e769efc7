import type { MapGeometry } from './geometry/types.js';
import { US_MAP } from './geometry/us.js';
import { lazy } from '../../shared/lazy.js';

export type MapRegion = 'us' | 'ca' | 'na';

/**
 * Width / height of each region's frame, known before its geometry loads, so
 * the element reserves the right space and nothing moves when it arrives.
 * A test keeps these equal to the generated geometry.
 */
export const FRAME: Record<MapRegion, [number, number]> = {
  us: [US_MAP.viewBox[2], US_MAP.viewBox[3]],
  ca: [1920, 1612],
  na: [1920, 1552],
};

/** Canada's and North America's outlines, loaded on first use (the US ships with the element). */
export const OUTLINES = {
  ca: lazy(async () => (await import('./geometry/ca.js')).CA_MAP),
  na: lazy(async () => (await import('./geometry/na.js')).NA_MAP),
};

export async function loadGeometry(region: MapRegion): Promise<MapGeometry> {
  return region === 'us' ? US_MAP : OUTLINES[region].load();
}

/** The US geometry, available synchronously for the first render. */
export const DEFAULT_GEOMETRY = US_MAP;
