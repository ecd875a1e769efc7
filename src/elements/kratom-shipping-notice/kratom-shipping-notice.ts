import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SaleAnswer, SaleVerdict } from '../../data/sale-answer.js';
import type { Status } from '../../data/types.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { noticeView, saleData } from './sale-data.js';
import { recordsModule } from '../../data/lazy-data.js';
import { loadTask, TaskStatus } from '../../shared/load-task.js';
import { renderLoadFailed } from '../../shared/load-failed.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { statusStyles, swatchStyles } from '../../shared/status.styles.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { parseChoice } from '../../shared/attributes.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { staleStyles } from '../../shared/stale.styles.js';
import {
  COUNTRIES,
  resolveJurisdiction,
  type CountryChoice,
  type JurisdictionInput,
} from '../../shared/jurisdiction-input.js';
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
      const [rules, records] = await Promise.all([saleData.load(), recordsModule.load(), noticeView.load()]);
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
    return noticeView.value!.renderAnswer(answer, input.brief, {
      locale: this.locale,
      dataNotice: this.renderDataNotice(),
      frame: (status, verdict, title, body) => this.frame(status, verdict, title, body),
    });
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
}
