import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Jurisdiction, Source } from '../../data/types.js';
import { statusInfo } from '../../data/statuses.js';
import { localize } from '../../data/localize.js';
import { STATUS_GLYPH } from '../../shared/status.js';
import { formatDate } from '../../shared/format-date.js';
import { renderSourceItem } from '../../shared/source-item.js';
import { colon, localRuleKindLabel, shortConfidenceLabel } from '../../shared/labels.js';
import type { Locale } from '../../shared/locale.js';

export { secondaryStyles } from './secondary.styles.js';

export interface PanelContext {
  record: Jurisdiction;
  locale: Locale;
  asOf: string;
  headingId: string;
  onClose: () => void;
}

/** Sources as links (https only) with language, publisher, date and kind. */
export function renderSources(sources: readonly Source[], locale: Locale, code: string): TemplateResult {
  return html`<ul class="sources">
    ${sources.map((s) => html`<li>${renderSourceItem(s, locale, `<kratom-law-map> source for ${code}`)}</li>`)}
  </ul>`;
}

/**
 * The details of one jurisdiction: status, conditions, pending change, local
 * rules, summary, sources, confidence and dates. Low confidence is said
 * plainly, at the top.
 */
export function renderDetailsPanel(ctx: PanelContext): TemplateResult {
  const { record: r, locale } = ctx;
  const info = statusInfo(r.status)!;
  const t = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  return html`<section class="panel" part="panel" aria-labelledby=${ctx.headingId}>
    <div class="panel-head">
      <h3 class="panel-title" id=${ctx.headingId} tabindex="-1">${t(r.name)}</h3>
      <button type="button" class="close" @click=${ctx.onClose}>${msg('Close')}</button>
    </div>
    <p class="panel-status status-${r.status}">
      <span class="swatch" aria-hidden="true">${STATUS_GLYPH[r.status]}</span>
      <span><strong>${t(info.label)}</strong> — ${t(info.description)}</span>
    </p>
    ${r.confidence.level === 'low'
      ? html`<p class="unverified" part="unverified"><strong>${msg('Unverified:')}</strong> ${t(r.confidence.reason)}</p>`
      : nothing}
    <p class="panel-summary">${t(r.summary)}</p>
    <dl class="facts">
      <dt>${msg('Minimum age')}</dt>
      <dd>${r.minimumAge !== null ? msg(str`${r.minimumAge} or older`) : msg('No minimum age applies here')}</dd>
      ${r.law
        ? html`<dt>${msg('Main law')}</dt>
            <dd>
              ${r.law.name}${r.law.effective ? html`, ${msg(str`in force since ${formatDate(r.law.effective, locale)}`)}` : nothing}
              <br /><span class="source-meta">${r.law.citation}</span>
            </dd>`
        : nothing}
      ${r.sevenOh ? html`<dt>${msg('7-OH rules')}</dt><dd>${t(r.sevenOh)}</dd>` : nothing}
      ${r.pending
        ? html`<dt>${msg('Pending change')}</dt>
            <dd>${t(r.pending.what)}${r.pending.date ? html` (${formatDate(r.pending.date, locale)})` : nothing}</dd>`
        : nothing}
    </dl>
    ${r.localRules.length > 0
      ? html`<h4>${msg('Local rules')}</h4>
          <ul class="local-rules">
            ${r.localRules.map(
              (rule) => html`<li>
                <strong>${rule.place}</strong> — ${localRuleKindLabel(rule.kind)}${rule.date ? `, ${formatDate(rule.date, locale)}` : ''}${colon()}
                ${t(rule.note)}${rule.confidence === 'low' ? html` <em>${msg('(unverified)')}</em>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${r.conflict ? html`<h4>${msg('Where sources disagree')}</h4><p>${t(r.conflict)}</p>` : nothing}
    <h4>${msg('Sources')}</h4>
    ${renderSources(r.sources, locale, r.code)}
    <p class="panel-meta">
      ${msg('Confidence:')} ${shortConfidenceLabel(r.confidence.level)}${r.confidence.level !== 'low'
        ? html` — ${t(r.confidence.reason)}`
        : nothing}
      <br />
      ${msg(str`Checked through ${formatDate(r.checkedThrough, locale)}; data as of ${formatDate(ctx.asOf, locale)}.`)}
    </p>
  </section>`;
}
