import { isServer, nothing, type PropertyValues } from 'lit';
import { KratomElement } from '../../shared/kratom-element.js';
import { lazy } from '../../shared/lazy.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { staleStyles } from '../../shared/stale.styles.js';
import { attributeText, parseChoice, parseHeadingLevel, parseTokenList } from '../../shared/attributes.js';
import { attributeKey, shortValue, warnMissingPart, warnOnce } from '../../shared/warn.js';
import { FAQ_TOPICS } from '../../data/vocabulary.js';
import { faqData } from '../../data/lazy-data.js';
import type { FaqJsonLd } from './structured-data.js';
import type { FaqToggleDetail } from '../../shared/events.js';
import type { Entry } from './kratom-faq.view.js';
import { faqStyles } from './kratom-faq.styles.js';

export const FAQ_MODES = ['multiple', 'single'] as const;
export type FaqMode = (typeof FAQ_MODES)[number];

const TAG = 'kratom-faq';

// The structured data's code (and the Trusted Types policy it needs): only for `structured-data`, after the first drawing.
const structuredDataCode = lazy(() => import('./structured-data.js'));

/**
 * The entries, the accordion and the search: loaded with the questions (or
 * alone, with `no-builtin`), since the element draws nothing before them.
 * @internal
 */
export const faqView = lazy(() => import('./kratom-faq.view.js'));

/** How long "Link copied" stays up. */
const COPIED_FOR_MS = 5000;

interface CopyState {
  slug: string;
  url: string;
  ok: boolean;
}

/**
 * Frequently asked questions about kratom, from the bundled dataset, as an
 * accessible accordion: optional search, deep links, the site owner's own
 * questions and optional schema.org FAQPage structured data.
 *
 * @tagname kratom-faq
 * @summary A searchable, deep-linkable FAQ accordion in en, fr and es, which site owners can extend.
 *
 * @slot - `<kratom-faq-item question="…">answer</kratom-faq-item>` children: the site owner's own questions,
 *   shown after the built-in ones (or alone with `no-builtin`). Each answer stays in the page's light DOM.
 *
 * @csspart base - The whole FAQ.
 * @csspart toolbar - The row holding the search field and the expand/collapse buttons.
 * @csspart search - The search field's wrapper (label and input).
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart status - The polite live region announcing the number of results.
 * @csspart controls - The wrapper of the expand-all and collapse-all buttons.
 * @csspart expand-all - The "Expand all" button (multiple mode).
 * @csspart collapse-all - The "Collapse all" button (multiple mode).
 * @csspart empty - The "no results" message.
 * @csspart clear - The "Clear the search" button in the empty state.
 * @csspart list - The list of entries.
 * @csspart stale - The "may be out of date" line, once the data is more than 180 days old.
 * @csspart data-notice - The line saying the site's newer dataset could not be used, and which date is shown.
 * @csspart group - One topic's entries (with `group-by-topic`).
 * @csspart topic-heading - A topic's heading (with `group-by-topic`).
 * @csspart item - One entry (question and answer).
 * @csspart heading - The heading that wraps a question button.
 * @csspart question - The question button.
 * @csspart hint - "Found in the answer" under a question, while searching.
 * @csspart icon - The open/closed chevron.
 * @csspart answer - The answer panel.
 * @csspart sources - The sources and review date under a built-in answer.
 * @csspart copy-link - The "Copy link" button.
 * @csspart copy-status - The "Link copied" confirmation (a live region).
 * @csspart link-field - The link shown for copying by hand when the clipboard is unavailable.
 * @csspart mark - A search match.
 *
 * @cssprop --kratom-color-text - Text colour.
 * @cssprop --kratom-color-text-muted - Sources, dates and hints.
 * @cssprop --kratom-color-background - The FAQ's background.
 * @cssprop --kratom-color-surface - Hovered questions, buttons and the empty state.
 * @cssprop --kratom-color-border - Lines between entries.
 * @cssprop --kratom-color-accent - The chevron and the open entry's leading edge.
 * @cssprop --kratom-color-link - Links.
 * @cssprop --kratom-color-focus - Focus outline.
 * @cssprop --kratom-color-mark - Background of search matches.
 * @cssprop --kratom-radius - Corner radius.
 * @cssprop --kratom-space - Base spacing.
 * @cssprop --kratom-font-family - Font.
 *
 * @fires kratom-faq-toggle - A reader opened or closed a question (by its button, expand/collapse all, or a deep link).
 *   `detail: { id: string; open: boolean }`, where `id` is the entry's `faq-<slug>` id.
 */
export class KratomFaq extends KratomElement {
  static override styles = [themeStyles, sourceStyles, staleStyles, faqStyles];

  static override properties = {
    topics: {},
    ids: {},
    groupByTopic: { type: Boolean, attribute: 'group-by-topic' },
    headingLevel: { attribute: 'heading-level' },
    mode: {},
    searchable: { type: Boolean },
    noBuiltin: { type: Boolean, attribute: 'no-builtin' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    openSlugs: { state: true },
    query: { state: true },
    announced: { state: true },
    copy: { state: true },
  };
  static override requires = [faqData, faqView];

  /** Only the site's own questions: the built-in ones are never loaded. */
  protected override needs() {
    return this.noBuiltin ? [faqView] : [faqData, faqView];
  }

  /** Which topics to show, space-separated: any of `advocacy basics safety law`. Default: all. */
  topics = 'advocacy basics safety law';

  /** Only these built-in entries, space-separated dataset ids, in this order (e.g. `what-is-kratom kratom-deaths`). */
  ids = '';

  /** Put the entries under topic headings when more than one topic shows. */
  groupByTopic = false;

  /** Level of the question headings, 1 to 6; topic headings are one level above. */
  headingLevel: number | string = 3;

  /** `multiple`: any number of answers open at once; `single`: opening one closes the others. */
  mode: FaqMode = 'multiple';

  /** Show a search field that filters the questions and answers as the reader types. */
  searchable = false;

  /** Show only the site owner's `<kratom-faq-item>` children, none of the built-in entries. */
  noBuiltin = false;

  /** Add a schema.org FAQPage JSON-LD script, listing the visible entries, to the document head. */
  structuredData = false;

  /** Slugs of the open entries. Kept by slug, so it survives re-renders, searches and locale changes. */
  private openSlugs: ReadonlySet<string> = new Set();
  private query = '';
  /** What the live region last announced; counts refresh when the query is unchanged. */
  private announced: { query: string; count: number; total: number } | null = null;
  private copy: CopyState | null = null;

  /** Filled by willUpdate: every entry the filters allow, and those matching the search. */
  private entries: Entry[] = [];
  private shown: Entry[] = [];
  private hashPending = false;
  private followedInitialHash = false;
  /** The structured data in the page's head, once its code has loaded. */
  private jsonLd?: FaqJsonLd;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private selectLinkField = false;
  private readonly observer = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // The site owner's items and their answers: re-render when they change.
    this.observer?.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['question', 'slug'],
    });
    window.addEventListener('hashchange', this.onHashChange);
    // Ids inside shadow DOM are out of reach of the page's own fragment
    // navigation, so the element follows `#faq-<slug>` itself: on its first
    // connection only, so moving the element never steals focus.
    if (!this.followedInitialHash) {
      this.followedInitialHash = true;
      this.hashPending = true;
    }
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onHashChange, { once: true });
    }
    // Re-add the structured data after a move in the document.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('DOMContentLoaded', this.onHashChange);
    clearTimeout(this.announceTimer);
    clearTimeout(this.copiedTimer);
    this.jsonLd?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = faqView.value!;
    const builtIn = this.builtInEntries();
    // A server render sees no children (see src/ssr/render.ts): the built-in entries only.
    const custom = isServer ? [] : view.customEntries(this, new Set(builtIn.map((e) => e.slug)));
    this.entries = [...builtIn, ...custom];
    this.shown = view.matching(this.entries, view.searchTerms(this.searchable, this.query));
    if (this.currentMode() === 'single' && this.openSlugs.size > 1) {
      const first = this.entries.find((e) => this.openSlugs.has(e.slug));
      this.openSlugs = new Set(first ? [first.slug] : []);
    }
  }

  override render() {
    return faqView.value!.renderFaq({
      mode: this.currentMode(),
      level: parseHeadingLevel(TAG, this.headingLevel, 3),
      searchable: this.searchable,
      groupByTopic: this.groupByTopic,
      drawnStatic: this.drawnStatic,
      locale: this.locale,
      entries: this.entries,
      shown: this.shown,
      query: this.query,
      openSlugs: this.openSlugs,
      copy: this.copy,
      announced: this.announced,
      notices: [faqData.value && !this.noBuiltin ? renderStaleNotice(faqData.value.faqAsOf(), this.locale) : nothing, this.renderDataNotice()],
      toggle: (slug) => this.setOpen(slug, !this.openSlugs.has(slug)),
      expandAll: () => this.expandAll(),
      collapseAll: () => this.collapseAll(),
      search: (query, delay) => {
        this.query = query;
        this.scheduleAnnouncement(delay);
      },
      clearSearch: () => this.clearSearch(),
      copyLink: (slug) => void this.copyLink(slug),
    });
  }

  /**
   * Drawn as details/summary: on a server, and in the browser for the one
   * update that takes the prerendered HTML over. The buttons then replace
   * them, keeping the answers a reader opened before the script arrived.
   */
  private get drawnStatic(): boolean {
    return isServer || this.prerendered || this.takingOver;
  }
  private takingOver = false;

  protected override update(changed: PropertyValues<this>): void {
    this.takingOver = this.prerendered;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.takingOver) {
      this.takingOver = false;
      const opened = [...this.renderRoot.querySelectorAll('details[open]')].map((d) => d.closest('.item')?.id.replace(/^faq-/, '') ?? '');
      if (opened.length > 0) this.openSlugs = new Set([...this.openSlugs, ...opened.filter(Boolean)]);
      else this.requestUpdate();
    }
    this.syncStructuredData();
    if (this.selectLinkField) {
      this.selectLinkField = false;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.link-field');
      field?.focus();
      field?.select();
    }
    if (this.hashPending) {
      this.hashPending = false;
      // After this update, so opening the entry is a fresh update rather than a change inside this one.
      void this.updateComplete.then(() => this.followHash());
    }
  }

  // ---- Entries ------------------------------------------------------------

  private currentMode(): FaqMode {
    return parseChoice(TAG, 'mode', this.mode, FAQ_MODES, 'multiple');
  }

  /** The dataset's entries the attributes ask for, worked out again only when one of them changes. */
  private builtInEntries(): Entry[] {
    if (this.noBuiltin) return [];
    const key = JSON.stringify([this.topics, this.ids, this.locale, this.dataRevision]);
    if (this.builtIn?.key !== key) {
      const topics = parseTokenList(TAG, 'topics', this.topics, FAQ_TOPICS);
      const ids = this.parseIds();
      const list = faqData.value!.faq({ topic: topics, ids: ids.length > 0 ? ids : undefined });
      this.builtIn = { key, entries: faqView.value!.builtInEntries(list, ids, this.locale) };
    }
    return this.builtIn.entries;
  }
  private builtIn?: { key: string; entries: Entry[] };

  private parseIds(): string[] {
    const ids = attributeText(this.ids).split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) return [];
    const known = faqData.value!.faq().map((e) => e.id);
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      warnOnce(
        attributeKey(TAG, 'ids'),
        `<${TAG}> ids="${shortValue(this.ids)}": ${unknown.slice(0, 3).map((u) => `"${shortValue(u)}"`).join(', ')} not found; known ids are ${known.join(', ')}.`,
      );
    }
    return ids.filter((id) => known.includes(id));
  }

  // ---- Behaviour ----------------------------------------------------------

  private setOpen(slug: string, open: boolean): boolean {
    if (this.openSlugs.has(slug) === open) return false;
    if (open && this.currentMode() === 'single') {
      this.openSlugs = new Set([slug]);
    } else {
      const next = new Set(this.openSlugs);
      if (open) next.add(slug);
      else next.delete(slug);
      this.openSlugs = next;
    }
    if (!open && this.copy?.slug === slug) this.copy = null;
    this.announceToggle(slug, open);
    return true;
  }

  private expandAll() {
    const opening = this.shown.map((e) => e.slug).filter((slug) => !this.openSlugs.has(slug));
    this.openSlugs = new Set([...this.openSlugs, ...opening]);
    for (const slug of opening) this.announceToggle(slug, true);
  }

  private collapseAll() {
    const closing = this.shown.map((e) => e.slug).filter((slug) => this.openSlugs.has(slug));
    this.openSlugs = new Set([...this.openSlugs].filter((slug) => !closing.includes(slug)));
    this.copy = null;
    for (const slug of closing) this.announceToggle(slug, false);
  }

  private announceToggle(slug: string, open: boolean) {
    this.dispatchEvent(
      new CustomEvent<FaqToggleDetail>('kratom-faq-toggle', { detail: { id: `faq-${slug}`, open }, bubbles: true, composed: true }),
    );
  }

  private clearSearch() {
    this.query = '';
    this.scheduleAnnouncement(0);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private scheduleAnnouncement(delay: number) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(async () => {
      await this.updateComplete;
      this.announced = { query: this.query, count: this.shown.length, total: this.entries.length };
    }, delay);
  }

  /** The page address with this entry's fragment. */
  private linkFor(slug: string): string {
    const url = new URL(window.location.href);
    url.hash = `faq-${slug}`;
    return url.href;
  }

  /** Copies the entry's link; without a usable clipboard, shows the link to copy by hand. Never throws. */
  private async copyLink(slug: string) {
    const url = this.linkFor(slug);
    clearTimeout(this.copiedTimer);
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copy = { slug, url, ok: true };
      this.copiedTimer = setTimeout(() => {
        if (this.copy?.ok) this.copy = null;
      }, COPIED_FOR_MS);
    } catch {
      this.copy = { slug, url, ok: false };
      this.selectLinkField = true;
    }
  }

  private onHashChange = () => {
    this.hashPending = true;
    this.requestUpdate();
  };

  /** Opens and scrolls to the entry named by `#faq-<slug>`, when it is one of ours. */
  private async followHash() {
    let fragment: string;
    try {
      fragment = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    if (!fragment.startsWith('faq-')) return;
    const entry = this.entries.find((e) => `faq-${e.slug}` === fragment);
    if (!entry) return;
    if (!this.shown.includes(entry)) {
      // Hidden by the search: clear it so the linked entry can show.
      this.query = '';
      this.scheduleAnnouncement(0);
    }
    this.setOpen(entry.slug, true);
    await this.updateComplete;
    const item = this.shadowRoot?.getElementById(fragment);
    item?.scrollIntoView({ block: 'start' });
    item?.querySelector<HTMLButtonElement>('button.question')?.focus({ preventScroll: true });
  }

  // ---- Structured data ----------------------------------------------------

  /** Keeps one FAQPage JSON-LD script in the document head in step with the visible entries. */
  private syncStructuredData() {
    if (!this.structuredData || !this.isConnected || this.shown.length === 0) {
      this.jsonLd?.remove();
      return;
    }
    const code = structuredDataCode.value;
    if (!code) {
      // After the first drawing; updateComplete waits for it.
      this.pendingLoad = structuredDataCode.load().then(
        () => this.syncStructuredData(),
        (error: unknown) => warnMissingPart(`<${TAG}>'s structured data`, error),
      );
      return;
    }
    (this.jsonLd ??= new code.FaqJsonLd()).sync(
      this.shown.map((e) => ({ question: e.question, answer: e.answerText })),
      this.locale,
    );
  }
}

// Typed listeners for the events this element fires (HTMLElementEventMap).
export type { KratomEventMap } from '../../shared/events.js';
