import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { heading } from '../../shared/heading.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { parseChoice, parseHeadingLevel, parseTokenList } from '../../shared/attributes.js';
import { disclaimerStyles } from './kratom-disclaimer.styles.js';

export const DISCLAIMER_VARIANTS = ['full', 'short'] as const;
export const DISCLAIMER_TOPICS = ['medical', 'legal', 'regulatory'] as const;
export const DISCLAIMER_COUNTRIES = ['both', 'us', 'ca'] as const;

export type DisclaimerVariant = (typeof DISCLAIMER_VARIANTS)[number];
export type DisclaimerTopic = (typeof DISCLAIMER_TOPICS)[number];
export type DisclaimerCountry = (typeof DISCLAIMER_COUNTRIES)[number];

const TAG = 'kratom-disclaimer';

/**
 * The notice kratom pages need: not medical advice, not legal advice, not
 * approved for medical use by the FDA or Health Canada, laws differ and change.
 *
 * @tagname kratom-disclaimer
 * @summary A short or full "not medical or legal advice" notice, in en, fr and es.
 *
 * @slot - Site-specific text, shown after the notice (inside the disclosure in the short variant).
 *
 * @csspart base - The notice box.
 * @csspart heading - The heading (full variant).
 * @csspart summary - The one-sentence summary (short variant).
 * @csspart toggle - The "Read more" button (short variant).
 * @csspart body - The full text.
 *
 * @cssprop --kratom-color-accent - The bar on the notice's leading edge.
 * @cssprop --kratom-color-surface - The notice's background.
 */
export class KratomDisclaimer extends KratomElement {
  static override styles = [themeStyles, disclaimerStyles];

  static override properties = {
    variant: {},
    topics: {},
    country: {},
    headingLevel: { attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
  };

  /** `full` shows everything; `short` shows one sentence and a "Read more" button. */
  variant: DisclaimerVariant = 'full';

  /** Which parts to show, space-separated: any of `medical legal regulatory`. Default: all. */
  topics = 'medical legal regulatory';

  /** Which country's regulators to name: `us`, `ca` or `both`. */
  country: DisclaimerCountry = 'both';

  /** Level of the heading in the full variant, 1 to 6. */
  headingLevel: number | string = 2;

  /** Whether the short variant's full text is shown. */
  open = false;

  override render() {
    const variant = parseChoice(TAG, 'variant', this.variant, DISCLAIMER_VARIANTS, 'full');
    const topics = parseTokenList(TAG, 'topics', this.topics, DISCLAIMER_TOPICS);
    const country = parseChoice(TAG, 'country', this.country, DISCLAIMER_COUNTRIES, 'both');
    const body = html`${topics.map((topic) => this.paragraph(topic, country))}<slot></slot>`;

    if (variant === 'short') {
      return html`
        <div class="notice" part="base" role="note" aria-label=${msg('Important information')}>
          <p class="summary" part="summary">
            ${this.summary(topics, country)}<button
              class="toggle"
              part="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="body"
              @click=${this.toggle}
            >${this.open ? msg('Show less') : msg('Read more')}</button>
          </p>
          <div class="body" id="body" part="body" ?hidden=${!this.open}>${body}</div>
        </div>
      `;
    }

    const level = parseHeadingLevel(TAG, this.headingLevel);
    return html`
      <div class="notice" part="base" role="note" aria-labelledby="heading">
        ${heading(level, { class: 'heading', part: 'heading', id: 'heading' }, msg('Important information'))}
        <div class="body" part="body">${body}</div>
      </div>
    `;
  }

  private toggle() {
    this.open = !this.open;
  }

  /** The short variant's one sentence. */
  private summary(topics: DisclaimerTopic[], country: DisclaimerCountry): string {
    const medical = topics.includes('medical');
    const legal = topics.includes('legal');
    if (medical && legal) return msg('This is general information, not medical or legal advice.');
    if (medical) return msg('This is general information, not medical advice.');
    if (legal) return msg('This is general information, not legal advice.');
    return this.regulatoryText(country);
  }

  private paragraph(topic: DisclaimerTopic, country: DisclaimerCountry): TemplateResult | typeof nothing {
    switch (topic) {
      case 'medical':
        return html`<p>
          <span class="lead">${msg('Not medical advice.')}</span>
          ${msg(
            'Kratom can cause side effects and dependence, and it can interact with medicines and other substances. Talk to a doctor, pharmacist or other health professional before using it, and take particular care if you are pregnant, breastfeeding or taking any medication.',
          )}
        </p>`;
      case 'regulatory':
        return html`<p>
          <span class="lead">${msg('Not approved for medical use.')}</span>
          ${this.regulatoryText(country)}
        </p>`;
      case 'legal':
        return html`<p>
          <span class="lead">${msg('Not legal advice.')}</span>
          ${this.legalText(country)}
        </p>`;
    }
  }

  private regulatoryText(country: DisclaimerCountry): string {
    switch (country) {
      case 'us':
        return msg(
          'The U.S. Food and Drug Administration (FDA) has not approved kratom for any medical use, and it may not be lawfully sold as a drug or dietary supplement.',
        );
      case 'ca':
        return msg(
          'Health Canada has not authorized any kratom product, so kratom may not be legally sold in Canada as a health product for people to consume.',
        );
      default:
        return msg(
          'Neither the U.S. Food and Drug Administration (FDA) nor Health Canada has approved kratom for any medical use.',
        );
    }
  }

  private legalText(country: DisclaimerCountry): string {
    switch (country) {
      case 'us':
        return msg(
          'Kratom laws differ from state to state, some counties and cities add rules of their own, and all of them change. Check the current law where you live, or ask a lawyer.',
        );
      case 'ca':
        return msg(
          'Federal rules and the way they are enforced can change, and provinces and territories can add their own. Check the current rules where you live, or ask a lawyer.',
        );
      default:
        return msg(
          'Kratom laws differ between states, provinces and territories, some counties and cities add rules of their own, and all of them change. Check the current law where you live, or ask a lawyer.',
        );
    }
  }
}
