/**
 * The script-tag build: Lit and @lit/localize are bundled in, every element is
 * registered (the kinds on the page first, see below), and the locale follows
 * the page's <html lang> from the start.
 */
import {
  AdvocacyGroupCard,
  AdvocacyGroupList,
  KratomDisclaimer,
  KratomFaq,
  KratomFaqItem,
  KratomLawLookup,
  KratomLawMap,
  KratomLawUpdates,
  KratomShippingNotice,
  KratomStatusBadge,
} from './index.js';
import { followPageLanguage } from './shared/locale.js';
import { defineInTurn } from './cdn/define-in-turn.js';
// What loads after a first paint (the map's table and panel, the takeover
// of prerendered HTML…) is in files beside this one, which import Lit and the
// rest from it (vite.config.ts, AFTER_PAINT); translations and data are in chunks/.
export * from './index.js';

followPageLanguage();

// The tags on the page first, each kind in a task of its own (see
// define-in-turn.ts); a script that calls an element's methods waits for
// customElements.whenDefined(tag), as with the autoloader.
void defineInTurn([
  [['kratom-law-map', KratomLawMap]],
  [['kratom-law-lookup', KratomLawLookup]],
  [['kratom-status-badge', KratomStatusBadge]],
  [['kratom-shipping-notice', KratomShippingNotice]],
  [['advocacy-group-card', AdvocacyGroupCard]],
  [['advocacy-group-list', AdvocacyGroupList]],
  [
    ['kratom-faq-item', KratomFaqItem],
    ['kratom-faq', KratomFaq],
  ],
  [['kratom-law-updates', KratomLawUpdates]],
  [['kratom-disclaimer', KratomDisclaimer]],
]);
