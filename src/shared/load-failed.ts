import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * What an element shows where a part could not be loaded: what is missing,
 * in words for the reader, and a button that tries again. Styled by
 * theme.styles.ts, which every element has.
 */
export function renderLoadFailed(message: string, retry: () => void, kind = '') {
  return html`<p class="load-failed ${kind}" part="load-failed" role="status">
    ${message}
    <button type="button" class="retry" @click=${retry}>${msg('Try again')}</button>
  </p>`;
}
