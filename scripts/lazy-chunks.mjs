// The parts the script-tag files load on demand, by name: dist/cdn/chunks/<name>.js
// holds the module. vite.config.ts adds one chunk per place's record;
// scripts/build-cdn-chunks.mjs builds each.
/** @type {Record<string, string>} */
export const NAMED_CHUNKS = {
  faq: 'src/data/faq.ts',
  groups: 'src/data/groups.ts',
  jurisdictions: 'src/data/jurisdictions.ts',
  history: 'src/data/history.ts',
  // <kratom-law-updates> with its default filters: the newest changes alone.
  'recent-changes': 'src/data/recent-changes.ts',
  'sale-answer': 'src/data/sale-answer.ts',
  // Only on a page that configured a newer dataset file: the fetch and the compiled schema checks.
  'remote-dataset': 'src/data/remote-dataset.ts',
  'geometry-us': 'src/elements/kratom-law-map/geometry/us.ts',
  'geometry-ca': 'src/elements/kratom-law-map/geometry/ca.ts',
  'geometry-na': 'src/elements/kratom-law-map/geometry/na.ts',
  // <kratom-law-map downloadable>: the button (with the map's own Lit), then the image code on the first download.
  'map-download': 'src/elements/kratom-law-map/map-download.ts',
  'map-image': 'src/elements/kratom-law-map/map-image.ts',
  // Translations: a French or Spanish page loads one (about 5 kB gzip); the
  // elements wait for it before their first render.
  'locale-fr': 'src/generated/locales/fr.ts',
  'locale-es': 'src/generated/locales/es.ts',
};
