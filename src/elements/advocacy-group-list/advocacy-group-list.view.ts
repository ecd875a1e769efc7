import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { heading as renderHeading } from '../../shared/heading.js';
import { attributeText, parseChoice, parseHeadingLevel } from '../../shared/attributes.js';
import type { Locale } from '../../shared/locale.js';
import { groupsData } from '../../data/lazy-data.js';
import type { AdvocacyGroup, GroupKind } from '../../data/types.js';
import { CARD_VARIANTS } from '../advocacy-group-card/advocacy-group-card.js';
import { countryLabel, kindLabel } from '../../shared/group-labels.js';
import { sortByName } from './group-order.js';
import { LIST_COUNTRIES, LIST_KINDS, LIST_LAYOUTS, groupsFor, type AdvocacyGroupList, type ListCountry, type ListKind } from './advocacy-group-list.js';

/*
 * What <advocacy-group-list> draws: loaded with the organisations, since the
 * list draws nothing before them.
 */

const TAG = 'advocacy-group-list';

/** The list's own state, which its drawing reads. */
export interface ListState {
  country: ListCountry;
  kind: ListKind;
  filters: Array<'country' | 'kind'>;
  /** False for one frame after a filter press (see the element). */
  announce: boolean;
  locale: Locale;
  choose(country: ListCountry | undefined, kind: ListKind | undefined): void;
}

/** One drawing of the list. */
export class ListView {
  constructor(
    private readonly host: AdvocacyGroupList,
    private readonly state: ListState,
  ) {}

  render(): TemplateResult {
    const { country, kind } = this.state;
    const layout = parseChoice(TAG, 'layout', this.host.layout, LIST_LAYOUTS, 'grid');
    const variant = parseChoice(TAG, 'variant', this.host.variant, CARD_VARIANTS, 'full');
    const level = parseHeadingLevel(TAG, this.host.headingLevel);
    const heading = attributeText(this.host.heading).trim();
    const cardLevel = heading ? Math.min(level + 1, 6) : level;
    const filters = this.state.filters;
    const shown = this.sorted(groupsFor(country, kind));

    return html`<div class="list" part="base">
      ${heading
        ? renderHeading(level, { class: 'heading', part: 'heading' }, heading)
        : nothing}
      ${filters.length ? this.renderFilters(filters, country, kind) : nothing}
      ${filters.length
        ? // With nothing to show, the empty message says it visibly; the status still announces it.
          html`<p class="status ${shown.length ? '' : 'visually-hidden'}" part="status" role="status" aria-live="polite">
            ${this.state.announce ? this.countText(shown.length) : nothing}
          </p>`
        : nothing}
      ${shown.length
        ? html`<ul class="cards ${layout} ${variant}" part="cards">
            ${repeat(
              shown,
              (g) => g.id,
              (g) => html`<li>
                <advocacy-group-card
                  group=${g.id}
                  variant=${variant}
                  heading-level=${cardLevel}
                  hide=${this.host.hide || nothing}
                  theme=${this.host.theme}
                  ?new-tab=${this.host.newTab}
                ></advocacy-group-card>
              </li>`,
            )}
          </ul>`
        : html`<div class="empty" part="empty">
            ${this.hasEmptySlot() ? nothing : html`<p>${msg('No organisations match these filters.')}</p>`}<slot
              name="empty"
              @slotchange=${() => this.host.requestUpdate()}
            ></slot>
          </div>`}
    </div>`;
  }

  /** Whether the page supplied its own empty-state content. */
  private hasEmptySlot(): boolean {
    return this.host.querySelector(':scope > [slot="empty"]') !== null;
  }

  /** By name in the reader's language; Array.prototype.sort is stable and the id breaks ties. */
  private sorted(list: AdvocacyGroup[]): AdvocacyGroup[] {
    return sortByName(list, this.state.locale);
  }

  private countText(count: number): string {
    if (count === 0) return msg('No organisations match these filters.');
    if (count === 1) return msg('Showing 1 organisation');
    return msg(str`Showing ${count} organisations`);
  }

  private renderFilters(filters: string[], country: ListCountry, kind: ListKind) {
    // Only countries and kinds that have organisations get a button, plus the
    // current choice so its pressed state is always visible.
    const countries = LIST_COUNTRIES.filter(
      (c) => c === 'all' || c === country || groupsData.value!.groups({ country: c }).length > 0,
    );
    const kinds = LIST_KINDS.filter((k) => k === 'all' || k === kind || groupsData.value!.groups({ kind: k }).length > 0);
    return html`<div class="filters" part="filters">
      ${filters.includes('country')
        ? html`<div class="filter-group" role="group" aria-labelledby="country-label">
            <span class="filter-label" id="country-label">${msg('Country')}</span>
            <span class="filter-buttons">
              ${countries.map((c) =>
                this.renderButton(c === 'all' ? msg('All countries') : countryLabel(c.toUpperCase() as 'US'), c === country, () =>
                  this.state.choose(c, undefined),
                ),
              )}
            </span>
          </div>`
        : nothing}
      ${filters.includes('kind')
        ? html`<div class="filter-group" role="group" aria-labelledby="kind-label">
            <span class="filter-label" id="kind-label">${msg('Kind of organisation')}</span>
            <span class="filter-buttons">
              ${kinds.map((k) =>
                this.renderButton(k === 'all' ? msg('All kinds') : kindLabel(k as GroupKind), k === kind, () =>
                  this.state.choose(undefined, k),
                ),
              )}
            </span>
          </div>`
        : nothing}
    </div>`;
  }

  private renderButton(label: string, pressed: boolean, onClick: () => void) {
    return html`<button
      type="button"
      class="filter"
      part="filter"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${onClick}
    >
      <span class="check" aria-hidden="true">✓</span>${label}
    </button>`;
  }

}
