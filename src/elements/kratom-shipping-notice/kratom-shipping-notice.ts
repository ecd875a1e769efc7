import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { SaleAnswer, SaleCondition, SaleVerdict } from '../../data/sale-answer.js';
import type { Source, Status } from '../../data/types.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { saleData } from './sale-data.js';
import { recordsModule } from '../../data/lazy-data.js';
import { loadTask, TaskStatus } from '../../shared/load-task.js';
import { renderLoadFailed } from '../../shared/load-failed.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { statusStyles, swatchStyles } from '../../shared/status.styles.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { parseChoice } from '../../shared/attributes.js';
import { mainSource, renderSourceItem } from '../../shared/source-item.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { staleStyles } from '../../shared/stale.styles.js';
import {
  COUNTRIES,
  resolveJurisdiction,
  type CountryChoice,
  type JurisdictionInput,
} from '../../shared/jurisdiction-input.js';
import { localize } from '../../data/localize.js';
import { formatDate } from '../../shared/format-date.js';
import { colon, localRuleKindLabel } from '../../shared/labels.js';
import { noticeStyles } from './kratom-shipping-notice.styles.js';

const TAG = 'kratom-shipping-notice';



/**
 * A checkout or shipping notice for one destination: "We can't ship kratom to
 * Alabama", or "We can ship kratom to Mississippi, with conditions" with the
 * conditions (21+ only, product law, 7-OH limits, local bans, pending change,
 * unverified rows), a source and the date. Built on `isSaleAllowed()` from
 * `kratom-widgets/data`. It is information for the shop and the shopper, not
 * legal advice.
 *
 * Without a `destination` it shows nothing, so a checkout can place it before
 * the shopper has entered an address.
 *
 * @tagname kratom-shipping-notice
 * @summary "We can't ship kratom to Alabama": a checkout notice for one destination, with its conditions.
 *
 * @csspart base - The notice box.
 * @csspart headline - The one-line answer.
 * @csspart glyph - The status glyph beside the headline.
 * @csspart reason - Why, in plain words.
 * @csspart conditions - The list of conditions and warnings.
 * @csspart meta - Source, "as of" date and the not-legal-advice line.
 * @csspart stale - The "may be out of date" line, once the data is more than 180 days old.
 * @csspart data-notice - The line saying the site's newer dataset could not be used, and which date is shown.
 *
 * @cssprop --kratom-status-banned - Colour of the `banned` status (and `-ink` for its text); likewise for each status.
 * @cssprop --kratom-color-surface - The notice's background.
 */
export class KratomShippingNotice extends KratomElement {
  static override styles = [themeStyles, statusStyles, swatchStyles, sourceStyles, staleStyles, noticeStyles];

  static override properties = {
    destination: {},
    country: {},
    result: { state: true },
    announce: { state: true },
  };

  /** Where the order goes: `US-AL`, `us-al`, `CA-ON`, or `AL` with `country="us"`. Empty shows nothing. */
  destination?: string;

  /** Lets a bare subdivision code through: `us` reads `AL` as `US-AL`, `ca` reads `ON` as `CA-ON`. */
  country: CountryChoice = 'both';

  private result?: SaleAnswer;
  /** Whether the live region should announce the headline: only after the destination changes. */
  private announce = false;

  private input: JurisdictionInput = { kind: 'empty' };
  private requested?: string;

  /** The check for the current destination; again when a newer dataset arrives. */
  private readonly saleTask = loadTask(
    this,
    'shipping check',
    () => [this.requested ?? '', this.dataRevision] as const,
    async ([code], signal) => {
      if (!code) return undefined;
      const [rules, records] = await Promise.all([saleData.load(), recordsModule.load()]);
      const answer = rules.saleAnswer(await records.recordData.load(code), code);
      if (!signal.aborted) this.result = answer;
      return answer;
    },
  );

  private get failed(): boolean {
    return this.saleTask.status === TaskStatus.ERROR;
  }

  /** Until the first answer is in, the notice keeps its reserved height. */
  protected override get waiting(): boolean {
    return super.waiting || (this.saleTask.status === TaskStatus.PENDING && !this.result);
  }

  /**
   * The answer for the current destination (`verdict`: `allowed`, `conditions`,
   * `prohibited` or `unknown`, with reason, conditions and sources), or
   * undefined while there is none. Read it to block a checkout.
   */
  get answer(): SaleAnswer | undefined {
    return this.input.kind === 'known' ? this.result : undefined;
  }


  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const country = parseChoice(TAG, 'country', this.country, COUNTRIES, 'both');
    this.input = resolveJurisdiction(TAG, 'destination', this.destination, country);
    const code = this.input.kind === 'known' ? this.input.brief.code : undefined;
    // A newer dataset checks again (the task's input changes), keeping the answer shown until the new one is in.
    if (code === this.requested) return;
    if (this.hasUpdated) this.announce = true;
    this.requested = code;
    // A server render runs no tasks: it answers from the data loaded up front (src/ssr/render.ts).
    this.result = isServer && code ? saleData.value?.saleAnswer(recordsModule.value?.recordNow(code), code) : undefined;
  }

  override render() {
    // The live region is always there, so that a screen reader announces the
    // headline when the shopper picks another destination.
    const notice = this.notice();
    return html`${notice?.content ?? nothing}
      <p class="visually-hidden" role="status">${this.announce && notice ? notice.title : ''}</p>`;
  }

  private notice(): { title: string; content: TemplateResult } | undefined {
    const input = this.input;
    if (input.kind === 'empty') return undefined;
    if (input.kind === 'unknown') {
      const destination = input.input;
      return this.frame(
        'unknown',
        'unknown',
        msg('Unknown destination'),
        html`<p class="reason" part="reason">
          ${msg(str`"${destination}" is not a destination we know, so this notice cannot say whether kratom may be shipped there.`)}
        </p>`,
      );
    }
    if (this.failed) {
      return this.frame(
        'unknown',
        'unknown',
        msg('The shipping check could not be loaded.'),
        renderLoadFailed(msg('Please check the destination’s rules before you ship.'), () => void this.saleTask.run(), 'reason'),
      );
    }
    const answer = this.result;
    if (!answer?.jurisdiction) return undefined;
    return this.renderAnswer(answer, input.brief);
  }

  private renderAnswer(answer: SaleAnswer, brief: JurisdictionBrief) {
    const l = this.locale;
    const record = answer.jurisdiction!;
    const name = localize(record.name, l);
    const date = formatDate(record.checkedThrough || answer.asOf, l);
    const source = mainSource(answer.sources);
    return this.frame(
      brief.status,
      answer.verdict,
      headline(answer.verdict, name),
      html`
        <p class="reason" part="reason">${localize(answer.reason, l)}</p>
        ${answer.conditions.length > 0
          ? html`<ul class="conditions" part="conditions">
              ${answer.conditions.map((c) => html`<li>${this.condition(c)}</li>`)}
            </ul>`
          : nothing}
        <p class="meta" part="meta">
          ${source ? html`<span>${msg('Source:')} ${this.sourceLink(source, record.code)}</span>` : nothing}
          <span>${msg(str`Checked through ${date}.`)}</span>
          <span>${msg('General information, not legal advice.')}</span>
        </p>
        ${renderStaleNotice(answer.asOf, l)} ${this.renderDataNotice()}
      `,
    );
  }

  private frame(status: Status, verdict: SaleVerdict, title: string, body: TemplateResult) {
    return {
      title,
      content: html`<div class="notice status-${status} verdict-${verdict}" part="base">
        <p class="headline" part="headline">
          <span class="swatch" part="glyph" aria-hidden="true">${STATUS_GLYPH[status]}</span>
          <strong>${title}</strong>
        </p>
        ${body}
      </div>`,
    };
  }

  private condition(c: SaleCondition): TemplateResult {
    const l = this.locale;
    switch (c.kind) {
      case 'minimum-age': {
        const age = c.age;
        return html`<strong>${msg(str`${age}+ only:`)}</strong> ${msg(str`buyers must be at least ${age} years old.`)}`;
      }
      case 'law':
        return html`<strong>${msg('Product law:')}</strong> ${c.law.name} (${c.law.citation})`;
      case 'seven-oh':
        return html`<strong>${msg('7-OH rules:')}</strong> ${localize(c.rules, l)}`;
      case 'local-rules':
        return html`<strong>${msg('Local rules:')}</strong>
          ${msg('some cities or counties have rules of their own. Check the delivery address against this list.')}
          <ul class="local">
            ${c.rules.map(
              (rule) => html`<li>
                <strong>${localRuleKindLabel(rule.kind)}${colon()}</strong> ${rule.place}${rule.confidence === 'low'
                  ? html` <em>(${msg('unverified')})</em>`
                  : nothing}
              </li>`,
            )}
          </ul>`;
      case 'pending-change': {
        const when = c.pending.date ? formatDate(c.pending.date, l) : '';
        return html`<strong>${msg('A change is pending:')}</strong> ${localize(c.pending.what, l)}${when
          ? html` (${when})`
          : nothing}`;
      }
      case 'uncertain':
        return html`<strong>${msg('Unverified (low confidence):')}</strong> ${localize(c.reason, l)}`;
    }
  }

  private sourceLink(s: Source, code: string) {
    return renderSourceItem(s, this.locale, `<${TAG}> source for ${code}`);
  }
}

function headline(verdict: SaleVerdict, name: string): string {
  switch (verdict) {
    case 'prohibited':
      return msg(str`We can't ship kratom to ${name}.`);
    case 'conditions':
      return msg(str`We can ship kratom to ${name}, with conditions.`);
    case 'allowed':
      return msg(str`We can ship kratom to ${name}.`);
    case 'unknown':
      return msg(str`We can't confirm that kratom may be shipped to ${name}.`);
  }
}

