import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { parseChoice } from './attributes.js';
import { followPageLanguage, getLocale, type Locale } from './locale.js';
import { VERSION } from './version.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every kratom-widgets element shares: it re-renders when the locale
 * changes, follows the page language, and takes a `theme` attribute.
 */
export class KratomElement extends LitElement {
  /** Read by the registration guard to tell two copies of the library apart. */
  static readonly kratomVersion = VERSION;

  /** Colour scheme: `auto` (follows the page: the reader's system setting on pages that support dark), `light` or `dark`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  constructor() {
    super();
    // Done here rather than with @localized() so that no decorator order can
    // leave elements already in the page deaf to locale changes.
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLanguage();
  }

  /** The active locale, for choosing dataset text. @internal */
  protected get locale(): Locale {
    return getLocale();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme')) parseChoice(this.localName, 'theme', this.theme, THEMES, 'auto');
  }
}
