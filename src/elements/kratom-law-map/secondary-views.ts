import { lazy } from '../../shared/lazy.js';

/**
 * What the map does not need for its first paint: the table, the details
 * panel, keyboard navigation and the tooltip. They load right after it.
 */
export type SecondaryViews = typeof import('./table-view.js') &
  typeof import('./details-panel.js') &
  typeof import('./keyboard.js') &
  typeof import('./tooltip.js');

export const secondaryViews = lazy<SecondaryViews>(() =>
  Promise.all([import('./table-view.js'), import('./details-panel.js'), import('./keyboard.js'), import('./tooltip.js')]).then(
    ([table, panel, keyboard, tooltip]) => ({ ...table, ...panel, ...keyboard, ...tooltip }),
  ),
);

