import { css, html, LitElement } from 'lit';
import { VERSION } from '../../shared/version.js';

/**
 * One of the site owner's own questions inside `<kratom-faq>`: the question
 * in an attribute, the answer as ordinary markup. The answer stays in the
 * page's light DOM (the FAQ slots it into its panel), so the page's links,
 * styles and scripts keep working on it.
 *
 * @tagname kratom-faq-item
 * @summary A site owner's own question and answer for `<kratom-faq>`.
 *
 * @slot - The answer: any markup (paragraphs, lists, links).
 */
export class KratomFaqItem extends LitElement {
  /** Read by the registration guard to tell two copies of the library apart. */
  static readonly kratomVersion = VERSION;

  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override properties = {
    question: { reflect: true },
    slug: { reflect: true },
  };

  /** The question, shown as the entry's button. An item without one is not shown. */
  question?: string;

  /**
   * The deep-link name: the entry's link is `#faq-<slug>`. Default: made from
   * the question ("Do you ship to Québec?" → `do-you-ship-to-quebec`).
   */
  slug?: string;

  override render() {
    return html`<slot></slot>`;
  }
}
