import type { PropertyValues } from 'lit';
import { KratomElement } from '../../shared/kratom-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { parseChoice, parseTokenList } from '../../shared/attributes.js';
import { lazy } from '../../shared/lazy.js';
import { GROUP_KINDS } from '../../data/vocabulary.js';
import { groupsData } from '../../data/lazy-data.js';
import type { AdvocacyGroup } from '../../data/types.js';
import { AdvocacyGroupCard, cardView } from '../advocacy-group-card/advocacy-group-card.js';
import { listStyles } from './advocacy-group-list.styles.js';

/**
 * Country filter values. International organisations (country `INT`) work
 * across borders, so they appear under `us` and `ca` as well as `all`; `int`
 * shows only them.
 */
export const LIST_COUNTRIES = ['all', 'us', 'ca', 'int'] as const;
export const LIST_KINDS = ['all', ...GROUP_KINDS] as const;
export const LIST_LAYOUTS = ['grid', 'list'] as const;
export const LIST_FILTERS = ['country', 'kind'] as const;

export type ListCountry = (typeof LIST_COUNTRIES)[number];
export type ListKind = (typeof LIST_KINDS)[number];
export type ListLayout = (typeof LIST_LAYOUTS)[number];

/** Detail of the `advocacy-group-filter` event. */
export interface AdvocacyGroupFilterDetail {
  country: ListCountry;
  kind: ListKind;
  /** How many organisations are now shown. */
  count: number;
}

const TAG = 'advocacy-group-list';

/** The list's drawing, loaded with the organisations. @internal */
export const listView = lazy(() => import('./advocacy-group-list.view.js'));

/** The organisations a country filter selects (see LIST_COUNTRIES for international ones). */
export function groupsFor(country: ListCountry, kind: ListKind): AdvocacyGroup[] {
  // Nothing before the organisations have loaded (the list waits for them; a caller may not).
  const byKind = groupsData.value?.groups({ kind }) ?? [];
  if (country === 'all') return [...byKind];
  const code = country.toUpperCase();
  return byKind.filter((g) => g.country === code || g.country === 'INT');
}

/**
 * The advocacy organisations from the bundled dataset, as a grid or list of
 * `<advocacy-group-card>`s, sorted by name, optionally with filter buttons for
 * readers.
 *
 * @tagname advocacy-group-list
 * @summary Advocacy organisations as cards, filtered by country and kind, with optional reader filters.
 *
 * @slot empty - What to show when no organisation matches (default: a short message).
 *
 * @csspart base - The whole list.
 * @csspart heading - The list's heading (with the `heading` attribute).
 * @csspart filters - The filter buttons.
 * @csspart filter - Each filter button.
 * @csspart status - The "Showing N organisations" line (with filters).
 * @csspart cards - The list of cards.
 * @csspart empty - The message shown when nothing matches.
 *
 * @cssprop --kratom-color-accent - Pressed filter buttons.
 * @cssprop --kratom-color-on-accent - Text on pressed filter buttons.
 * @cssprop --kratom-color-background - The list's background, behind the cards.
 * @cssprop --kratom-space - Gaps between cards and the list's padding.
 *
 * @fires advocacy-group-filter - When a reader presses a filter button. `detail`: `{ country, kind, count }`.
 */
export class AdvocacyGroupList extends KratomElement {
  static override styles = [themeStyles, listStyles];

  static override properties = {
    country: {},
    kind: {},
    layout: {},
    filters: {},
    variant: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    hide: {},
    newTab: { type: Boolean, attribute: 'new-tab' },
    readerCountry: { state: true },
    readerKind: { state: true },
    announce: { state: true },
  };
  // The cards' drawing loads beside the list's, so no card waits for it afterwards.
  static override requires = [groupsData, listView, cardView];
  static override dependencies = { 'advocacy-group-card': AdvocacyGroupCard };

  /** `all`, `us`, `ca` or `int`. International organisations also show under `us` and `ca`. */
  country: ListCountry = 'all';

  /** `all` or one kind, e.g. `consumer-advocacy`, `trade-association`, `research-society`, `coalition`, `media`. */
  kind: ListKind = 'all';

  /** `grid` (as many columns as fit) or `list` (one card per row). */
  layout: ListLayout = 'grid';

  /**
   * Filter buttons for readers: `country`, `kind` or both (space-separated).
   * The bare attribute shows both. They start from `country` and `kind`.
   */
  filters?: string | null;

  /** Card variant: `full` or `compact`. */
  variant = 'full';

  /** Text of a heading above the list; without it there is none. */
  heading = '';

  /**
   * Level of the list's heading, 1 to 6. Cards use one level deeper when
   * the list has a heading, and this level when it has none.
   */
  headingLevel: number | string = 2;

  /** Passed to every card: optional parts to leave out. */
  hide = '';

  /** Passed to every card: open links in a new tab. */
  newTab = false;

  /** The reader's choice from the filter buttons; undefined until they press one. */
  private readerCountry?: ListCountry;
  private readerKind?: ListKind;

  /** False for one frame after a filter press, so the live region changes even when the count does not. */
  private announce = true;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page changing an attribute starts the reader's filters over from it.
    if (changed.has('country')) this.readerCountry = undefined;
    if (changed.has('kind')) this.readerKind = undefined;
  }

  override render() {
    return new (listView.value!.ListView)(this, {
      country: this.currentCountry(),
      kind: this.currentKind(),
      filters: this.filterTokens(),
      announce: this.announce,
      locale: this.locale,
      choose: (country, kind) => void this.choose(country, kind),
    }).render();
  }

  private currentCountry(): ListCountry {
    return this.readerCountry ?? parseChoice(TAG, 'country', this.country, LIST_COUNTRIES, 'all');
  }

  private currentKind(): ListKind {
    return this.readerKind ?? parseChoice(TAG, 'kind', this.kind, LIST_KINDS, 'all');
  }

  /** `filters` absent: none; present but empty: both; otherwise the named ones. */
  private filterTokens(): Array<(typeof LIST_FILTERS)[number]> {
    if (this.filters == null) return [];
    return parseTokenList(TAG, 'filters', this.filters, LIST_FILTERS);
  }

  private async choose(country: ListCountry | undefined, kind: ListKind | undefined) {
    if (country) this.readerCountry = country;
    if (kind) this.readerKind = kind;
    // Empty the live region for one update, then fill it: screen readers
    // announce the count even when it is the same as before.
    this.announce = false;
    await this.updateComplete;
    this.announce = true;
    await this.updateComplete;
    const detail = { country: this.currentCountry(), kind: this.currentKind(), count: 0 };
    detail.count = groupsFor(detail.country, detail.kind).length;
    this.dispatchEvent(
      new CustomEvent<AdvocacyGroupFilterDetail>('advocacy-group-filter', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
  }
}

// Typed listeners for the events this element fires (HTMLElementEventMap).
export type { KratomEventMap } from '../../shared/events.js';
