import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { brief, briefs, dataVersion, loadJurisdiction, type JurisdictionBrief } from '../../data/briefs.js';
import { recordsModule } from '../../data/lazy-data.js';
import { statusInfo } from '../../data/statuses.js';
import type { Jurisdiction, LocalRule, MainLaw, PendingChange, Source } from '../../data/types.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { heading as renderHeading } from '../../shared/heading.js';
import { loadTask, TaskStatus } from '../../shared/load-task.js';
import { renderLoadFailed } from '../../shared/load-failed.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { staleStyles } from '../../shared/stale.styles.js';
import { renderSourceItem, renderSourceTitle, sourceLanguageNote } from '../../shared/source-item.js';
import { statusStyles } from '../../shared/status.styles.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { parseChoice, parseHeadingLevel } from '../../shared/attributes.js';
import { safeHttpsUrl } from '../../shared/safe-url.js';
import { attributeKey, shortValue, warnOnce } from '../../shared/warn.js';
import {
  COUNTRIES,
  resolveJurisdiction,
  type CountryChoice,
  type JurisdictionInput,
} from '../../shared/jurisdiction-input.js';
import { localize } from '../../data/localize.js';
import { formatDate } from '../../shared/format-date.js';
import { colon, confidenceLabel, localRuleKindLabel, semicolon } from '../../shared/labels.js';
import { pillStyles } from '../../shared/status-pill.styles.js';
import { forgetChoice, readChoice, saveChoice } from './remembered-choice.js';
import { JURISDICTION_SELECT_EVENT, type JurisdictionSelectDetail } from '../../shared/jurisdiction-select.js';
import { lookupStyles } from './kratom-law-lookup.styles.js';
import { nameRanks } from '../../shared/name-order.js';

export { STORAGE_KEY } from './remembered-choice.js';

export { JURISDICTION_SELECT_EVENT };
export type { JurisdictionSelectDetail };

const TAG = 'kratom-law-lookup';

/** A load slower than this shows "Loading…"; a record already loaded never gets there. */
const LOADING_DELAY_MS = 300;

/**
 * "Is kratom legal where I live?": a list of every state, province and
 * territory, and an answer card for the one the reader chooses — status in
 * plain words, minimum age, main law, 7-OH rules, local rules, pending
 * change, how sure we are, sources and dates.
 *
 * The list comes from small briefs bundled with the element; the full record
 * loads on first use. Nothing is stored unless the site owner adds `remember`.
 *
 * @tagname kratom-law-lookup
 * @summary Choose a state, province or territory; read what its kratom law says.
 *
 * @fires kratom-jurisdiction-select - The reader chose a place and its record loaded. `detail: { code, record }` (the full record). Bubbles and crosses shadow roots. Not fired for "Choose…" or for attribute changes.
 *
 * @csspart base - The whole element.
 * @csspart label - The question labelling the list.
 * @csspart select - The native list of places.
 * @csspart memory - The "Your choice is saved" line (with `remember`).
 * @csspart forget - The "Forget my choice" button (with `remember`).
 * @csspart card - The answer card.
 * @csspart heading - The place's name in the card.
 * @csspart status - The status pill.
 * @csspart summary - The record's summary.
 * @csspart facts - The list of conditions (age, law, 7-OH, pending change, local rules).
 * @csspart conflict - The note shown when sources disagree.
 * @csspart confidence - How sure we are, and why.
 * @csspart sources - The sources (a disclosure).
 * @csspart dates - The "as of" dates.
 * @csspart stale - The "may be out of date" line, once the data is more than 180 days old.
 * @csspart data-notice - The line saying the site's newer dataset could not be used, and which date is shown.
 * @csspart note - The "not legal advice" line.
 *
 * @cssprop --kratom-status-banned - Colour of the `banned` status (and `-ink` for its text); likewise for each status.
 * @cssprop --kratom-color-surface - The card's background.
 */
export class KratomLawLookup extends KratomElement {
  static override styles = [themeStyles, statusStyles, pillStyles, sourceStyles, staleStyles, lookupStyles];

  static override properties = {
    jurisdiction: { reflect: true },
    country: {},
    remember: { type: Boolean },
    headingLevel: { attribute: 'heading-level' },
    record: { state: true },
    loading: { state: true },
    stored: { state: true },
    announce: { state: true },
  };

  /**
   * The chosen place: `US-TX`, `us-tx`, `CA-ON`, `US` or `CA` (federal), or `TX` with `country="us"`.
   * Set it to preselect; it follows the reader's choice (reflected as `US-TX`).
   */
  jurisdiction?: string;

  /** Which places the list offers: `us`, `ca` or `both`. */
  country: CountryChoice = 'both';

  /**
   * Opt-in: remember the reader's choice in this browser (localStorage key
   * `kratom-widgets:lookup`) and show a "Forget my choice" button. Without it
   * nothing is stored or read.
   */
  remember = false;

  /** Level of the heading with the place's name, 1 to 6. */
  headingLevel: number | string = 3;

  /** The last record loaded; while the next one loads it stays shown, so the card keeps its size. */
  private record?: Jurisdiction;
  private loading = false;
  private stored = false;
  /** What the polite live region says: the reader's new answer, or that the choice was forgotten. */
  private announce: 'none' | 'answer' | 'forgotten' = 'none';

  private get select(): HTMLSelectElement | null {
    return this.renderRoot.querySelector('select');
  }

  private selection: JurisdictionInput = { kind: 'empty' };
  private restored = false;

  /**
   * The full record of the place chosen. It reloads when the choice changes
   * or a newer dataset arrives; the previous record stays shown meanwhile.
   */
  private readonly recordTask = loadTask(
    this,
    'details',
    () => [this.selection.kind === 'known' ? this.selection.brief.code : '', this.dataRevision] as const,
    async ([code], signal) => {
      if (!code) return undefined;
      // "Loading…" only when it takes long enough to notice.
      const timer = setTimeout(() => {
        if (!signal.aborted) this.loading = true;
      }, LOADING_DELAY_MS);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      try {
        const record = await loadJurisdiction(code);
        if (!record) throw new Error(`no record for ${code}`);
        if (!signal.aborted) this.record = record;
        return record;
      } finally {
        clearTimeout(timer);
        if (!signal.aborted) this.loading = false;
      }
    },
  );

  private get failed(): boolean {
    return this.recordTask.status === TaskStatus.ERROR;
  }

  /** Until the first record is in, the brief's card keeps the answer's reserved height. */
  protected override get waiting(): boolean {
    return super.waiting || (this.recordTask.status === TaskStatus.PENDING && !this.record);
  }


  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const country = parseChoice(TAG, 'country', this.country, COUNTRIES, 'both');
    if (this.remember && !this.restored) {
      this.restored = true;
      this.restore(country);
    }
    let selection = resolveJurisdiction(TAG, 'jurisdiction', this.jurisdiction, country);
    if (selection.kind === 'known' && !inList(selection.brief, country)) {
      warnOnce(attributeKey(TAG, 'jurisdiction'), `<${TAG}> jurisdiction="${shortValue(this.jurisdiction)}" is not in the list for country="${country}".`);
      selection = { kind: 'unknown', input: String(this.jurisdiction) };
    }
    this.selection = selection;
    // A server render runs no tasks: it reads the record, loaded up front (src/ssr/render.ts), at once.
    if (isServer && selection.kind === 'known') this.record = recordsModule.value?.recordNow(selection.brief.code);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Prerendered HTML has the select disabled (it cannot work without the
    // script); hydration keeps the server's attributes, so enable it here.
    if (!this.prerendered && this.select?.disabled) this.select.disabled = false;
  }

  override render() {
    const country = parseChoice(TAG, 'country', this.country, COUNTRIES, 'both');
    const selected = this.selection.kind === 'known' ? this.selection.brief.code : '';
    return html`
      <div class="lookup" part="base">
        <label class="question" for="place" part="label">${msg('Is kratom legal where you live?')}</label>
        <select id="place" class="select" part="select" ?disabled=${isServer} @change=${this.onChange}>
          <option value="" .selected=${live(selected === '')}>${placeholder(country)}</option>
          ${this.groups(country).map(
            (group) => html`<optgroup label=${group.label}>
              ${group.places.map(
                (b) => html`<option value=${b.code} .selected=${live(b.code === selected)}>${localize(b.name, this.locale)}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
        ${this.remember && this.stored
          ? html`<p class="memory" part="memory">
              ${msg('Your choice is saved in this browser.')}
              <button type="button" class="forget" part="forget" @click=${this.forget}>${msg('Forget my choice')}</button>
            </p>`
          : nothing}
        ${this.renderCard()}
        <p class="visually-hidden" role="status">${this.announcement()}</p>
      </div>
    `;
  }

  /** The list's groups: US then Canada, federal row first, the rest by name in the reader's language. */
  private groups(country: CountryChoice) {
    const ranks = nameRanks(briefs(), this.locale);
    const byName = (a: JurisdictionBrief, b: JurisdictionBrief) =>
      Number(b.kind === 'federal') - Number(a.kind === 'federal') || ranks.get(a.code)! - ranks.get(b.code)!;
    const groups = [
      { country: 'us', label: msg('United States') },
      { country: 'ca', label: msg('Canada') },
    ].filter((g) => country === 'both' || g.country === country);
    return groups.map((g) => ({
      label: g.label,
      places: briefs()
        .filter((b) => b.country.toLowerCase() === g.country)
        .sort(byName),
    }));
  }

  private renderCard(): TemplateResult {
    const selection = this.selection;
    if (selection.kind === 'empty') {
      return html`<div class="card empty" part="card">
        <p class="prompt">${msg('Choose a place to see what its kratom law says.')}</p>
      </div>`;
    }
    if (selection.kind === 'unknown') {
      const input = selection.input;
      return html`<div class="card unknown status-unknown" part="card">
        ${this.heading(msg('Unknown jurisdiction'))}
        <p>${msg(str`"${input}" is not a place in this list. Choose one from the list.`)}</p>
      </div>`;
    }
    const current = this.record?.code === selection.brief.code ? this.record : undefined;
    // While the next record loads, keep the previous card (marked busy) so nothing jumps.
    const shown = current ?? (this.failed ? undefined : this.record);
    if (shown) return this.renderRecord(shown, !current);
    return this.renderPending(selection.brief);
  }

  /** Before a first record has loaded: what the brief already tells, and room for the rest. */
  private renderPending(b: JurisdictionBrief): TemplateResult {
    return html`<div class="card pending status-${b.status}" part="card" aria-busy=${this.failed ? 'false' : 'true'}>
      ${this.heading(localize(b.name, this.locale))} ${this.statusLine(b.status)}
      <p class="meaning">${localize(statusInfo(b.status)?.description, this.locale)}</p>
      ${this.failed
        ? renderLoadFailed(msg('The details could not be loaded.'), () => void this.recordTask.run())
        : html`<p class="loading">${this.loading ? msg('Loading the details…') : nothing}</p>`}
    </div>`;
  }

  private renderRecord(r: Jurisdiction, busy: boolean): TemplateResult {
    const l = this.locale;
    const { asOf } = dataVersion();
    const info = statusInfo(r.status);
    const age = r.minimumAge;
    const count = r.sources.length;
    return html`<div class="card status-${r.status}" part="card" aria-busy=${busy ? 'true' : 'false'}>
      ${this.heading(localize(r.name, l))} ${this.statusLine(r.status)}
      <p class="meaning">${localize(info?.description, l)}</p>
      <p class="summary" part="summary">${localize(r.summary, l)}</p>
      <dl class="facts" part="facts">
        <div class="fact">
          <dt>${msg('Minimum age')}</dt>
          <dd>${age !== null ? msg(str`${age} and older`) : msg('None across the jurisdiction')}</dd>
        </div>
        ${r.law
          ? html`<div class="fact">
              <dt>${msg('Main law')}</dt>
              <dd>
                ${lawTitle(r.law)}<br /><span class="citation">${r.law.citation}</span>
                ${r.law.effective
                  ? html`<br /><span class="muted">${msg('Took effect:')} ${formatDate(r.law.effective, l)}</span>`
                  : nothing}
              </dd>
            </div>`
          : nothing}
        ${r.sevenOh
          ? html`<div class="fact">
              <dt>${msg('7-OH rules')}</dt>
              <dd>${localize(r.sevenOh, l)}</dd>
            </div>`
          : nothing}
        <div class="fact">
          <dt>${msg('Local rules')}</dt>
          <dd>${r.localRules.length === 0 ? msg('None listed') : this.localRules(r)}</dd>
        </div>
        <div class="fact">
          <dt>${msg('Pending change')}</dt>
          <dd>${r.pending ? this.pending(r.pending) : msg('None known')}</dd>
        </div>
      </dl>
      ${r.conflict
        ? html`<p class="conflict" part="conflict"><strong>${msg('Sources disagree.')}</strong> ${localize(r.conflict, l)}</p>`
        : nothing}
      <p class="confidence confidence-${r.confidence.level}" part="confidence">
        ${r.confidence.level === 'low' ? html`<span class="warning-glyph" aria-hidden="true">⚠</span>` : nothing}
        <strong>${confidenceLabel(r.confidence.level)}.</strong> ${localize(r.confidence.reason, l)}
      </p>
      <details class="sources" part="sources">
        <summary>${msg(str`Sources (${count})`)}</summary>
        <ul>
          ${r.sources.map((s) => html`<li>${this.source(s)}</li>`)}
        </ul>
      </details>
      <p class="dates" part="dates">
        <span>${msg('Data as of')} <time datetime=${asOf}>${formatDate(asOf, l)}</time></span>
        <span>${msg('Checked through')} <time datetime=${r.checkedThrough}>${formatDate(r.checkedThrough, l)}</time></span>
      </p>
      ${renderStaleNotice(asOf, l)} ${this.renderDataNotice()}
      <p class="note" part="note">
        ${msg('General information, not legal advice: check the official law or ask a lawyer before relying on it.')}
      </p>
    </div>`;
  }

  private heading(text: string) {
    const level = parseHeadingLevel(TAG, this.headingLevel, 3);
    return renderHeading(level, { class: 'name', part: 'heading' }, text);
  }

  private statusLine(status: Jurisdiction['status']) {
    return html`<p class="status-line">
      <span class="pill" part="status"
        ><span class="glyph" aria-hidden="true">${STATUS_GLYPH[status]}</span
        ><span class="status-label">${localize(statusInfo(status)?.label, this.locale)}</span></span
      >
    </p>`;
  }

  private localRules(r: Jurisdiction) {
    return html`<ul class="rules">
      ${r.localRules.map((rule: LocalRule) => {
        const links = rule.sources.map((s) => this.sourceLink(s));
        return html`<li>
          <strong>${rule.place}</strong> · ${localRuleKindLabel(rule.kind)}${rule.date
            ? html` (${formatDate(rule.date, this.locale)})`
            : nothing}${rule.confidence === 'low' ? html`, <em>${msg('unverified')}</em>` : nothing}${colon()}
          ${localize(rule.note, this.locale)}
          ${links.length > 0
            ? html`<span class="rule-sources">${msg('Sources:')} ${links.map((link, i) => html`${i > 0 ? `${semicolon()} ` : ''}${link}`)}</span>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private pending(p: PendingChange) {
    return html`${localize(p.what, this.locale)}${p.date
      ? html` <span class="muted">(${formatDate(p.date, this.locale)})</span>`
      : nothing}${p.confidence === 'low' ? html` <em>${msg('unverified')}</em>` : nothing}`;
  }

  private source(s: Source) {
    return renderSourceItem(s, this.locale, `<${TAG}> source`);
  }

  /** A local rule's source: its title, linked only when https, and its language when not the reader's. */
  private sourceLink(s: Source) {
    const title = renderSourceTitle(s, safeHttpsUrl(s.url, `<${TAG}> source`));
    const language = sourceLanguageNote(s.lang, this.locale);
    return language ? html`<span class="rule-source">${title} <span class="source-lang">${language}</span></span>` : title;
  }



  private announcement(): string {
    if (this.announce === 'forgotten') return msg('Your choice was forgotten.');
    if (this.announce === 'answer' && this.selection.kind === 'known' && this.record?.code === this.selection.brief.code) {
      const name = localize(this.record.name, this.locale);
      const label = localize(statusInfo(this.record.status)?.label, this.locale);
      return msg(str`${name}: ${label}`);
    }
    return '';
  }

  private async onChange(event: Event) {
    const code = (event.target as HTMLSelectElement).value;
    this.jurisdiction = code || undefined;
    this.announce = code ? 'answer' : 'none';
    if (this.remember) {
      if (code) {
        this.stored = saveChoice(code);
      } else {
        forgetChoice();
        this.stored = false;
      }
    }
    if (!code) return;
    await this.updateComplete;
    // A later choice may have replaced this one while its record loaded, or the load failed.
    const record = this.record;
    if (this.jurisdiction !== code || record?.code !== code) return;
    this.dispatchEvent(
      new CustomEvent<JurisdictionSelectDetail>(JURISDICTION_SELECT_EVENT, {
        bubbles: true,
        composed: true,
        detail: { code, record },
      }),
    );
  }

  /** With `remember`: the reader's saved choice wins over the page's preselection. */
  private restore(country: CountryChoice) {
    const saved = readChoice();
    if (saved === undefined) return;
    const found = brief(saved);
    if (!found) {
      // Not something we wrote (or a code since retired): drop it rather than keep junk.
      forgetChoice();
      return;
    }
    this.stored = true;
    // Saved by a lookup that listed another country: keep it, but do not show it here.
    if (inList(found, country)) this.jurisdiction = found.code;
  }

  private async forget() {
    forgetChoice();
    const hadFocus = this.shadowRoot?.activeElement?.classList.contains('forget');
    this.stored = false;
    this.announce = 'forgotten';
    await this.updateComplete;
    // The button is gone: put focus somewhere sensible rather than on <body>.
    if (hadFocus) this.select?.focus();
  }

}

/** The law's name, with its year unless the name already says it. */
function lawTitle(law: MainLaw): string {
  return law.name.includes(String(law.year)) ? law.name : `${law.name} (${law.year})`;
}

function inList(b: JurisdictionBrief, country: CountryChoice): boolean {
  return country === 'both' || b.country.toLowerCase() === country;
}

function placeholder(country: CountryChoice): string {
  switch (country) {
    case 'us':
      return msg('Choose a state or territory');
    case 'ca':
      return msg('Choose a province or territory');
    default:
      // Short: a select cannot wrap, and at phone width the longer list of kinds was cut off.
      return msg('Choose a place');
  }
}

// Typed listeners for the events this element fires (HTMLElementEventMap).
export type { KratomEventMap } from '../../shared/events.js';
