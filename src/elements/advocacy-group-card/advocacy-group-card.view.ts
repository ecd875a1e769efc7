import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading } from '../../shared/heading.js';
import { renderSourceItem } from '../../shared/source-item.js';
import { attributeText, parseChoice, parseHeadingLevel, parseTokenList } from '../../shared/attributes.js';
import { safeHttpsUrl } from '../../shared/safe-url.js';
import { attributeKey, shortValue, warnOnce } from '../../shared/warn.js';
import type { Locale } from '../../shared/locale.js';
import { GROUP_KINDS } from '../../data/vocabulary.js';
import { groupsData } from '../../data/lazy-data.js';
import type {
  AdvocacyGroup,
  FocusArea,
  GroupAction,
  GroupCountry,
  GroupKind,
  LocalizedText,
  Source,
  Verification,
} from '../../data/types.js';
import { localize } from '../../data/localize.js';
import { countryLabel, focusLabel, kindLabel, monogram } from '../../shared/group-labels.js';
import { formatList } from '../../shared/intl.js';
import { formatDate } from '../../shared/format-date.js';
import { CARD_COUNTRIES, CARD_HIDEABLE, CARD_VARIANTS, type AdvocacyGroupCard, type CardHideable } from './advocacy-group-card.js';

/*
 * What <advocacy-group-card> draws: loaded with the organisations (or alone,
 * for a site's own organisation), since the card draws nothing before them.
 */

const TAG = 'advocacy-group-card';

/** What the card shows: a dataset record with the host's overrides applied, or the host's own organisation. */
interface CardModel {
  name: string;
  acronym?: string;
  formerNames: readonly string[];
  country?: GroupCountry;
  kind?: GroupKind;
  founded?: number;
  /** Already checked by safeHttpsUrl. */
  website?: string;
  description?: LocalizedText;
  /** The one line a compact card shows. */
  tagline?: LocalizedText;
  focus: readonly FocusArea[];
  actions: readonly GroupAction[];
  sources: readonly Source[];
  checkedThrough?: string;
  /** Absent in own-group mode: the site owner vouches for their own organisation. */
  verification?: Verification;
}

/** One drawing of one card, from its attributes, slots and the dataset. */
export class CardView {
  constructor(
    private readonly host: AdvocacyGroupCard,
    private readonly locale: Locale,
  ) {}

  render(): TemplateResult {
    const model = this.model();
    if (!model) return this.renderFallback();

    const variant = parseChoice(TAG, 'variant', this.host.variant, CARD_VARIANTS, 'full');
    const hidden = this.hiddenParts();
    const show = (part: CardHideable) => !hidden.has(part);
    const level = parseHeadingLevel(TAG, this.host.headingLevel);
    const mono = monogram(model.name, model.acronym);
    const hasLogo = this.hasSlotted('logo');
    const meta = [model.kind && kindLabel(model.kind), model.country && countryLabel(model.country)].filter(Boolean);
    const compact = variant === 'compact';

    return html`
      <article class="card ${variant}" part="base" aria-labelledby="name">
        <div class="avatar ${hasLogo ? 'has-logo' : ''}" part="avatar">
          ${hasLogo
            ? nothing
            : html`<span class="monogram length-${Math.min(mono.length, 5)}" part="monogram" aria-hidden="true"
                >${mono}</span
              >`}<slot name="logo" @slotchange=${this.slotChanged}></slot>
        </div>
        <header class="header" part="header">
          ${heading(
            level,
            { class: 'name', part: 'name', id: 'name' },
            html`${model.name}${model.acronym ? html` <span class="acronym">(${model.acronym})</span>` : nothing}`,
          )}
          ${meta.length
            ? html`<p class="meta" part="meta">
                ${meta.map((m, i) => html`${i ? ' · ' : ''}<span class="meta-item">${m}</span>`)}
              </p>`
            : nothing}
          ${!compact && model.formerNames.length
            ? html`<p class="former">${this.formerly(model.formerNames)}</p>`
            : nothing}
        </header>
        ${this.renderContent(model, compact, show)}
      </article>
    `;
  }

  // ---------------------------------------------------------------------------
  // What to show

  /** The dataset record with overrides, the host's own organisation, or undefined (then the fallback shows). */
  private model(): CardModel | undefined {
    const id = attributeText(this.host.group).trim();
    let data: AdvocacyGroup | undefined;
    if (id) {
      data = groupsData.value!.group(id);
      if (!data) {
        warnOnce(attributeKey(TAG, 'group'), `<${TAG}> group="${shortValue(this.host.group)}" is not a known organisation; use one of ${this.idList()}.`);
        return undefined;
      }
    }
    const name = attributeText(this.host.name).trim() || data?.name;
    if (!name) {
      warnOnce(
        attributeKey(TAG, 'group'),
        `<${TAG}> needs group="…" (one of ${this.idList()}) or, for your own organisation, name="…".`,
      );
      return undefined;
    }
    const website = attributeText(this.host.website).trim()
      ? (safeHttpsUrl(attributeText(this.host.website).trim(), `<${TAG}> website`) ?? this.safe(data?.website))
      : this.safe(data?.website);
    return {
      name,
      acronym: attributeText(this.host.acronym).trim() || data?.acronym,
      formerNames: data?.formerNames ?? [],
      country: this.choice('country', this.host.country, CARD_COUNTRIES, data?.country.toLowerCase())?.toUpperCase() as
        | GroupCountry
        | undefined,
      kind: this.choice('kind', this.host.kind, GROUP_KINDS, data?.kind),
      founded: data?.founded,
      website,
      description: data?.description,
      tagline: data?.tagline,
      focus: data?.focus ?? [],
      actions: data?.actions ?? [],
      sources: data?.sources ?? [],
      checkedThrough: data?.checkedThrough,
      verification: data?.verification,
    };
  }

  private idList(): string {
    return groupsData.value!.groupIds()
      .map((id) => `"${id}"`)
      .join(', ');
  }

  /** An override attribute: a known value replaces `current`; an unknown one warns and is ignored. */
  private choice<T extends string>(
    attribute: string,
    value: string | undefined,
    allowed: readonly T[],
    current: T | undefined,
  ): T | undefined {
    if (value == null || value.trim() === '') return current;
    const normal = value.trim().toLowerCase() as T;
    if (allowed.includes(normal)) return normal;
    const list = allowed.map((v) => `"${v}"`).join(', ');
    warnOnce(attributeKey(TAG, attribute), `<${TAG}> ${attribute}="${shortValue(value)}" is not valid; use one of ${list}. Ignoring it.`);
    return current;
  }

  private safe(url: string | undefined): string | undefined {
    return safeHttpsUrl(url, `<${TAG}> group="${this.host.group}"`);
  }

  /** `hide` names parts to leave out; empty means none (unlike parseTokenList, where empty means all). */
  private hiddenParts(): Set<CardHideable> {
    if (!attributeText(this.host.hide).trim()) return new Set();
    // parseTokenList warns about unknown tokens; we only keep the known ones.
    parseTokenList(TAG, 'hide', this.host.hide, CARD_HIDEABLE);
    const tokens = this.host.hide.toLowerCase().split(/[\s,]+/);
    return new Set(CARD_HIDEABLE.filter((part) => tokens.includes(part)));
  }

  /** Whether the host put content in a slot (`''` is the default slot). */
  private hasSlotted(name: string): boolean {
    // A server render sees no children (see src/ssr/render.ts).
    if (isServer) return false;
    return Array.from(this.host.childNodes).some((node) => {
      if (node instanceof Element) return name === '' ? !node.hasAttribute('slot') : node.getAttribute('slot') === name;
      return name === '' && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '';
    });
  }

  // Which parts are shown depends on what the host slotted. (An arrow: Lit calls listeners on the host.)
  private slotChanged = () => this.host.requestUpdate();

  // ---------------------------------------------------------------------------
  // Pieces

  private renderFallback() {
    const hasFallback = this.hasSlotted('');
    return html`<div class="fallback">
      <slot @slotchange=${this.slotChanged}></slot>
      ${hasFallback
        ? nothing
        : html`<p class="notice" part="notice">${msg('This organisation could not be found.')}</p>`}
    </div>`;
  }

  private formerly(names: readonly string[]): string {
    const list = formatList(names, this.locale);
    return msg(str`Formerly ${list}`);
  }

  private renderVerification(verification: Verification | undefined, compact: boolean) {
    if (!verification || verification.state === 'verified') return nothing;
    const note = localize(verification.note, this.locale);
    if (verification.state === 'inactive') {
      const since = verification.since ? formatDate(verification.since, this.locale) : '';
      return html`<div class="verification inactive" part="verification">
        <p class="verification-title">${since ? msg(str`Inactive since ${since}`) : msg('Inactive')}</p>
        ${compact || !note ? nothing : html`<p class="verification-note">${note}</p>`}
      </div>`;
    }
    // Unverified (or a state this version does not know): never show it unqualified.
    return html`<div class="verification unverified" part="verification">
      <p class="verification-title">${msg('Not confirmed')}</p>
      ${note ? html`<p class="verification-note">${note}</p>` : nothing}
    </div>`;
  }

  /** Everything below the name: status, body and footer, in one column beside or below the avatar. */
  private renderContent(model: CardModel, compact: boolean, show: (part: CardHideable) => boolean) {
    const verification = this.renderVerification(model.verification, compact);
    const body = compact ? this.renderCompactBody(model, show) : this.renderFullBody(model, show);
    if (verification === nothing && body === nothing) return nothing;
    return html`<div class="content">${verification}${body}</div>`;
  }

  private renderFullBody(model: CardModel, show: (part: CardHideable) => boolean) {
    const description = show('description') ? this.renderDescription(model) : nothing;
    const focus = show('focus') ? this.renderFocus(model.focus) : nothing;
    const facts = this.renderFacts(model, show);
    const actions = show('actions') ? this.renderActions(model.actions, false) : nothing;
    const footer = this.renderFooter(model, show('sources'));
    return html`
      <div class="body">
        ${description !== nothing || focus !== nothing ? html`<div class="main">${description}${focus}</div>` : nothing}
        ${facts !== nothing || actions !== nothing ? html`<div class="aside">${facts}${actions}</div>` : nothing}
      </div>
      ${footer}
    `;
  }

  private renderCompactBody(model: CardModel, show: (part: CardHideable) => boolean) {
    const website = show('website') && model.website ? html`<p class="site">${this.link(model.website, this.siteLabel(model.website))}</p>` : nothing;
    // Compact cards keep the heading for screen readers only.
    const actions = show('actions') ? this.renderActions(model.actions, true) : nothing;
    // One line, never the full description: a site owner's own description (slot) is not shortened, so it stays out.
    const line = show('description') && model.tagline ? localize(model.tagline, this.locale) : '';
    const tagline = line ? html`<p class="tagline" part="tagline">${line}</p>` : nothing;
    if (website === nothing && actions === nothing && tagline === nothing) return nothing;
    return html`<div class="body"><div class="aside">${tagline}${website}${actions}</div></div>`;
  }

  private renderDescription(model: CardModel) {
    const text = model.description ? localize(model.description, this.locale) : '';
    const slotted = this.hasSlotted('description');
    // Slotted content replaces the dataset's. The slot stays in the tree even
    // when empty, so slotchange can tell us about content added later.
    return html`<div class="description" part="description" ?hidden=${!text && !slotted}>
      ${slotted || !text ? nothing : html`<p>${text}</p>`}<slot name="description" @slotchange=${this.slotChanged}></slot>
    </div>`;
  }

  private renderFocus(focus: readonly FocusArea[]) {
    if (focus.length === 0) return nothing;
    return html`<div class="focus">
      <p class="label" id="focus-label">${msg('Focus areas')}</p>
      <ul class="chips" part="focus" aria-labelledby="focus-label">
        ${focus.map((f) => html`<li>${focusLabel(f)}</li>`)}
      </ul>
    </div>`;
  }

  private renderFacts(model: CardModel, show: (part: CardHideable) => boolean) {
    const founded = show('founded') && model.founded != null;
    const website = show('website') && model.website;
    if (!founded && !website) return nothing;
    return html`<dl class="facts" part="facts">
      ${founded
        ? html`<div><dt>${msg('Founded')}</dt><dd>${model.founded}</dd></div>`
        : nothing}
      ${website
        ? html`<div><dt>${msg('Website')}</dt><dd>${this.link(model.website!, this.siteLabel(model.website!))}</dd></div>`
        : nothing}
    </dl>`;
  }

  private renderActions(actions: readonly GroupAction[], hideLabel: boolean) {
    const safe = actions
      .map((a) => ({ label: localize(a.label, this.locale), url: this.safe(a.url) }))
      .filter((a): a is { label: string; url: string } => Boolean(a.url));
    const slotted = this.hasSlotted('actions');
    return html`<div class="actions" part="actions" ?hidden=${!slotted && safe.length === 0}>
      <p class="label ${hideLabel ? 'visually-hidden' : ''}" id="actions-label">${msg('Get involved')}</p>
      <div class="action-row">
        ${!slotted && safe.length
          ? html`<ul class="action-list" aria-labelledby="actions-label">
              ${safe.map((a) => html`<li>${this.link(a.url, a.label, 'button', 'action')}</li>`)}
            </ul>`
          : nothing}<slot name="actions" @slotchange=${this.slotChanged}></slot>
      </div>
    </div>`;
  }

  private renderFooter(model: CardModel, showSources: boolean) {
    const sources = showSources ? model.sources : [];
    if (sources.length === 0 && !model.checkedThrough) return nothing;
    const count = sources.length;
    const reviewed = model.checkedThrough ? formatDate(model.checkedThrough, this.locale) : '';
    return html`<footer class="footer" part="footer">
      ${count
        ? html`<details class="sources" part="sources">
            <summary>${msg(str`Sources (${count})`)}</summary>
            <ol>
              ${sources.map((s) => this.renderSource(s))}
            </ol>
          </details>`
        : nothing}
      ${reviewed ? html`<p class="reviewed">${msg(str`Checked through ${reviewed}`)}</p>` : nothing}
    </footer>`;
  }

  private renderSource(source: Source): TemplateResult {
    // Links go through this.link(), which adds the external-site note and new-tab choice.
    return html`<li>${renderSourceItem(source, this.locale, `<${TAG}> source`, (href, text) => this.link(href, text))}</li>`;
  }

  /** Every link: https only (checked before we get here), external, same tab unless `new-tab`. */
  private link(url: string, label: string, className = '', part = ''): TemplateResult {
    const note = this.host.newTab ? msg('(external site, opens in a new tab)') : msg('(external site)');
    return html`<a
      class=${className || nothing}
      part=${part || nothing}
      href=${url}
      rel="noopener noreferrer"
      target=${this.host.newTab ? '_blank' : nothing}
      >${label}<span class="visually-hidden"> ${note}</span></a
    >`;
  }

  /** "americankratom.org" for https://www.americankratom.org/: what readers recognise. */
  private siteLabel(url: string): string {
    try {
      const { hostname, pathname } = new URL(url);
      const host = hostname.replace(/^www\./, '');
      return pathname && pathname !== '/' ? `${host}${pathname.replace(/\/$/, '')}` : host;
    } catch {
      return url;
    }
  }
}
