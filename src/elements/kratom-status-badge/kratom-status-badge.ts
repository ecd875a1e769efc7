import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { dataVersion, type JurisdictionBrief } from '../../data/briefs.js';
import { dataSourceState } from '../../data/store.js';
import { isStale } from '../../shared/staleness.js';
import { STATUS_LABEL } from '../../data/status-labels.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { statusStyles } from '../../shared/status.styles.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { parseChoice } from '../../shared/attributes.js';
import { attributeKey, warnOnce } from '../../shared/warn.js';
import { COUNTRIES, ACCEPTED_FORMS, resolveJurisdiction, type CountryChoice } from '../../shared/jurisdiction-input.js';
import { localize } from '../../data/localize.js';
import { formatDate } from '../../shared/format-date.js';
import { pillStyles } from '../../shared/status-pill.styles.js';
import { badgeStyles } from './kratom-status-badge.styles.js';

export const BADGE_FORMATS = ['short', 'long'] as const;
export type BadgeFormat = (typeof BADGE_FORMATS)[number];

const TAG = 'kratom-status-badge';

/**
 * An inline pill with a jurisdiction's kratom status: colour, glyph and words,
 * in the page's language. It fits inside a sentence or a table cell.
 *
 * Screen readers also hear the conditions (minimum age, how many local rules,
 * whether a change is pending) and the "as of" date: that text is in the
 * pill's reading order, visually hidden, so every screen reader reads it in
 * every mode (a description on a plain, unfocusable span is often skipped).
 *
 * @tagname kratom-status-badge
 * @summary "Regulated", "Banned"…: one jurisdiction's kratom status as an inline pill.
 *
 * @csspart base - The pill.
 * @csspart glyph - The status glyph (✕ ⊘ ▲ ✓ ◆ ○ ?), drawn so status never rests on colour alone.
 * @csspart label - The visible words.
 *
 * @cssprop --kratom-status-banned - Colour of the `banned` status (and `-ink` for its text); likewise for each status.
 */
export class KratomStatusBadge extends KratomElement {
  static override styles = [themeStyles, statusStyles, pillStyles, badgeStyles];

  static override properties = {
    jurisdiction: {},
    country: {},
    format: {},
  };

  /** The jurisdiction: `US-TX`, `us-tx`, `CA-ON`, `US` or `CA` (federal), or `TX` with `country="us"`. */
  jurisdiction?: string;

  /** Lets a bare subdivision code through: `us` reads `TX` as `US-TX`, `ca` reads `ON` as `CA-ON`. */
  country: CountryChoice = 'both';

  /** `short`: the status label only; `long`: name, status label and minimum age. */
  format: BadgeFormat = 'short';

  override render() {
    const country = parseChoice(TAG, 'country', this.country, COUNTRIES, 'both');
    const format = parseChoice(TAG, 'format', this.format, BADGE_FORMATS, 'short');
    const input = resolveJurisdiction(TAG, 'jurisdiction', this.jurisdiction, country);
    if (input.kind === 'known') return this.renderKnown(input.brief, format);

    if (input.kind === 'empty') warnOnce(attributeKey(TAG, 'jurisdiction'), `<${TAG}> needs a jurisdiction attribute; ${ACCEPTED_FORMS}.`);
    const shown = input.kind === 'unknown' ? input.input : '';
    return html`<span class="pill status-unknown" part="base"
      ><span class="glyph" part="glyph" aria-hidden="true">${STATUS_GLYPH.unknown}</span
      ><span class="label" part="label">${msg('Unknown jurisdiction')}</span
      ><span class="visually-hidden">
        ${shown ? msg(str`"${shown}" is not a jurisdiction code we know.`) : msg('No jurisdiction was given.')}</span
      ></span
    >`;
  }

  private renderKnown(brief: JurisdictionBrief, format: BadgeFormat) {
    const locale = this.locale;
    const name = localize(brief.name, locale);
    const label = localize(STATUS_LABEL[brief.status], locale);
    const age = brief.minimumAge;
    let text = label;
    if (format === 'long') text = age !== null ? msg(str`${name}: ${label}, ${age}+`) : msg(str`${name}: ${label}`);
    return html`<span class="pill status-${brief.status}" part="base"
      ><span class="glyph" part="glyph" aria-hidden="true">${STATUS_GLYPH[brief.status]}</span
      ><span class="label" part="label">${text}</span
      ><span class="visually-hidden"> ${this.description(brief, name, format)}</span></span
    >`;
  }

  /** What screen readers hear after the label: conditions and date, in short sentences. */
  private description(brief: JurisdictionBrief, name: string, format: BadgeFormat): string {
    // The record's own review date is the truest "as of" for one row; the
    // dataset date covers rows that were not re-checked since.
    const date = formatDate(brief.checkedThrough || dataVersion().asOf, this.locale);
    const age = brief.minimumAge;
    const rules = brief.localRules;
    const parts = [
      // The short pill shows only the label: say where it applies.
      format === 'short' ? `${name}.` : '',
      age !== null ? msg(str`Minimum age ${age}.`) : msg('No minimum age.'),
      rules === 0 ? msg('No local rules listed.') : rules === 1 ? msg('1 local rule.') : msg(str`${rules} local rules.`),
      brief.pending ? msg('A change is pending.') : '',
      brief.confidence === 'low' ? msg('Unverified: low confidence.') : '',
      msg(str`As of ${date}.`),
      // A pill has no room for the line other elements show; screen readers still hear it.
      isStale(brief.checkedThrough || dataVersion().asOf) ? msg('This information may be out of date.') : '',
      // The other elements show a line for this; a pill has no room, so screen readers hear it.
      dataSourceState()?.status === 'failed' ? msg('This site’s latest law data could not be used; this is older data.') : '',
    ];
    return parts.filter(Boolean).join(' ');
  }
}
