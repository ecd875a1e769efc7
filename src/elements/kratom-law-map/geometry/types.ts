/**
 * Shape of the generated map geometry modules (us.ts, ca.ts, na.ts in this
 * folder, written by `npm run geometry` from scripts/geometry.mjs).
 *
 * All coordinates are in viewBox units: half pixels of the frame's native
 * size, so a 975 px wide frame has a viewBox 1950 units wide.
 */
export interface MapGeometry {
  /** viewBox in half-pixel units: [0, 0, width, height] */
  viewBox: [number, number, number, number];
  /** ISO 3166-2 code (US-TX, CA-ON) -> SVG path data and a label anchor (largest polygon's visual centre, in viewBox units) */
  regions: Record<string, { d: string; anchor: [number, number] }>;
  /** Boxes for regions too small to click: VT NH MA RI CT NJ DE MD DC (and PR, and in the NA view PE) placed in a column in empty space (e.g. the Atlantic). A leader line joins each box to its region's anchor. Box size ≥ 44×24 px at the frame's native width (in viewBox units). Each box is [x, y, width, height]. */
  callouts: Array<{ code: string; box: [number, number, number, number] }>;
}

/**
 * Arrow-key navigation of one map (geometry/neighbours.ts): for each region,
 * callout-only ones included, the geographic neighbour in each direction, or null.
 */
export type Neighbours = Record<string, { up: string | null; right: string | null; down: string | null; left: string | null }>;
