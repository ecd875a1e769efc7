import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { JurisdictionBrief } from '../../data/briefs.js';
import type { SaleAnswer, SaleCondition, SaleVerdict } from '../../data/sale-answer.js';
import type { Status } from '../../data/types.js';
import { mainSource, renderSourceItem } from '../../shared/source-item.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { localize } from '../../data/localize.js';
import { formatDate } from '../../shared/format-date.js';
import { colon, localRuleKindLabel } from '../../shared/labels.js';
import type { Locale } from '../../shared/locale.js';

/*
 * The answer <kratom-shipping-notice> draws for a known destination: loaded
 * with the rules that work it out (sale-data.ts), since there is no answer
 * to draw before them.
 */

const TAG = 'kratom-shipping-notice';

/** What the element lends the drawing: its language, its dataset notice and its frame. */
export interface AnswerDrawing {
  locale: Locale;
  dataNotice: unknown;
  frame(status: Status, verdict: SaleVerdict, title: string, body: TemplateResult): { title: string; content: TemplateResult };
}

export function renderAnswer(answer: SaleAnswer, brief: JurisdictionBrief, d: AnswerDrawing): { title: string; content: TemplateResult } {
  const l = d.locale;
  const record = answer.jurisdiction!;
  const name = localize(record.name, l);
  const date = formatDate(record.checkedThrough || answer.asOf, l);
  const source = mainSource(answer.sources);
  return d.frame(
    brief.status,
    answer.verdict,
    headline(answer.verdict, name),
    html`
      <p class="reason" part="reason">${localize(answer.reason, l)}</p>
      ${answer.conditions.length > 0
        ? html`<ul class="conditions" part="conditions">
            ${answer.conditions.map((c) => html`<li>${condition(c, l)}</li>`)}
          </ul>`
        : nothing}
      <p class="meta" part="meta">
        ${source ? html`<span>${msg('Source:')} ${renderSourceItem(source, l, `<${TAG}> source for ${record.code}`)}</span>` : nothing}
        <span>${msg(str`Checked through ${date}.`)}</span>
        <span>${msg('General information, not legal advice.')}</span>
      </p>
      ${renderStaleNotice(answer.asOf, l)} ${d.dataNotice}
    `,
  );
}

function condition(c: SaleCondition, l: Locale): TemplateResult {
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
