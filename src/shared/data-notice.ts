import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { bundledVersion, dataSourceState, type DataProblemReason } from '../data/store.js';
import { isPassing, retryDataSource } from '../data/data-source.js';
import { formatDate } from './format-date.js';

/** Why the site's data was not used, in words for a reader. */
function reasonText(reason: DataProblemReason, status?: number): string {
  switch (reason) {
    case 'http':
      return msg(str`the server answered with error ${status ?? ''}`);
    case 'network':
      return msg('it could not be reached');
    case 'timeout':
      return msg('it took too long to arrive');
    case 'too-large':
      return msg('the file is too large');
    case 'not-json':
      return msg('the address did not return a data file');
    case 'bad-json':
      return msg('the file is damaged');
    case 'invalid':
      return msg('the file does not have the expected contents');
    case 'version':
      return msg('the file is for another version of these widgets');
    case 'old':
      return msg('it is older than the data built into these widgets');
    case 'address':
      return msg('its address is not a web address');
  }
}

/**
 * The small notice an element showing legal facts adds when the site's newer
 * dataset could not be used: which date the reader sees instead, and why.
 * With a Retry button when trying again may help. Nothing otherwise.
 */
export function renderDataNotice(locale: string): TemplateResult | typeof nothing {
  const state = dataSourceState();
  if (state?.status !== 'failed' || !state.problem) return nothing;
  const date = formatDate(bundledVersion().asOf, locale);
  const reason = reasonText(state.problem.reason, state.problem.status);
  // Styled like the "may be out of date" line (stale.styles.ts), which every such element has.
  return html`<p class="stale data-notice" part="data-notice" role="status">
    ${msg(str`This site’s latest law data could not be used (${reason}). Showing the data as of ${date}.`)}
    ${isPassing(state.problem)
      ? html`<button type="button" class="data-retry" @click=${() => void retryDataSource()}>${msg('Try again')}</button>`
      : nothing}
  </p>`;
}
