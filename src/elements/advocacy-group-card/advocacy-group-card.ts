import { KratomElement } from '../../shared/kratom-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { attributeText } from '../../shared/attributes.js';
import { lazy } from '../../shared/lazy.js';
import { groupsData } from '../../data/lazy-data.js';
import { cardStyles } from './advocacy-group-card.styles.js';

export const CARD_VARIANTS = ['full', 'compact'] as const;
/** The optional parts `hide` can remove. */
export const CARD_HIDEABLE = ['description', 'focus', 'founded', 'website', 'actions', 'sources'] as const;
export const CARD_COUNTRIES = ['us', 'ca', 'int'] as const;

export type CardVariant = (typeof CARD_VARIANTS)[number];
export type CardHideable = (typeof CARD_HIDEABLE)[number];

/**
 * The card's drawing: loaded with the organisations, since the card draws
 * nothing before them. A list of cards loads it beside its own. @internal
 */
export const cardView = lazy(() => import('./advocacy-group-card.view.js'));

/**
 * One advocacy organisation: a record from the bundled dataset (`group="aka"`),
 * or any organisation a site owner describes with attributes and slots.
 *
 * The dataset's verification state is always shown: inactive organisations
 * say since when, unconfirmed ones say so with the research note. Only
 * verified organisations appear without a qualifier.
 *
 * @tagname advocacy-group-card
 * @summary An advocacy organisation's card: name, kind, country, description, focus, links and sources.
 *
 * @slot - Fallback shown when `group` names no known organisation (otherwise a short notice is shown).
 * @slot description - Your own description; replaces the dataset's.
 * @slot logo - An image for the avatar (e.g. `<img slot="logo" src="…" alt="">`); replaces the monogram.
 * @slot actions - Your own links, each a direct child (`<a slot="actions" href="…">`); replace the dataset's.
 *
 * @csspart base - The card.
 * @csspart avatar - The logo or monogram box.
 * @csspart monogram - The initials shown when there is no logo.
 * @csspart header - Name, acronym, kind and country.
 * @csspart name - The heading with the organisation's name.
 * @csspart meta - The line with kind and country.
 * @csspart verification - The notice for inactive or unconfirmed organisations.
 * @csspart description - The description.
 * @csspart tagline - The one-line description of a compact card.
 * @csspart focus - The list of focus areas.
 * @csspart facts - Founded and website.
 * @csspart actions - The "Get involved" links.
 * @csspart action - Each "Get involved" link from the dataset.
 * @csspart footer - Sources and last-reviewed date.
 * @csspart sources - The sources disclosure.
 * @csspart notice - The notice shown when the organisation is unknown.
 *
 * @cssprop --kratom-color-accent - Monogram background and the first action's fill.
 * @cssprop --kratom-color-on-accent - Text drawn on the accent colour.
 * @cssprop --kratom-color-surface - The card's background.
 * @cssprop --kratom-color-border - The card's border.
 * @cssprop --kratom-color-warning - The edge of the inactive/unconfirmed notice.
 * @cssprop --kratom-radius - Corner radius.
 * @cssprop --kratom-space - Padding and gaps.
 */
export class AdvocacyGroupCard extends KratomElement {
  static override styles = [themeStyles, sourceStyles, cardStyles];

  static override properties = {
    group: {},
    variant: {},
    headingLevel: { attribute: 'heading-level' },
    hide: {},
    name: {},
    acronym: {},
    country: {},
    kind: {},
    website: {},
    newTab: { type: Boolean, attribute: 'new-tab' },
  };
  static override requires = [groupsData, cardView];

  /** A card for the site's own organisation (`name`, no `group`) needs none of the dataset. */
  protected override needs() {
    return !attributeText(this.group).trim() && attributeText(this.name).trim() ? [cardView] : [groupsData, cardView];
  }

  /** Dataset id of the organisation (`aka`, `gkc`, …). Leave it out to describe your own organisation. */
  group?: string;

  /** `full` shows everything; `compact` shows name, kind, country, status, website and actions. */
  variant: CardVariant = 'full';

  /** Level of the heading with the organisation's name, 1 to 6. */
  headingLevel: number | string = 2;

  /** Optional parts to leave out, space-separated: any of `description focus founded website actions sources`. */
  hide = '';

  /** The organisation's name (own-group mode, or overrides the dataset's). */
  name?: string;

  /** Short name, also used for the monogram (overrides the dataset's). */
  acronym?: string;

  /** `us`, `ca` or `int` (overrides the dataset's). */
  country?: string;

  /** Kind of organisation, e.g. `consumer-advocacy`, `trade-association` (overrides the dataset's). */
  kind?: string;

  /** The organisation's https website (overrides the dataset's; anything but https is dropped). */
  website?: string;

  /** Open links in a new tab (with `rel="noopener noreferrer"`). Default: same tab. */
  newTab = false;

  override render() {
    return new (cardView.value!.CardView)(this, this.locale).render();
  }
}
