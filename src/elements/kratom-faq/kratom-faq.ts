import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { heading } from '../../shared/heading.js';
import { lazy } from '../../shared/lazy.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { sourceStyles } from '../../shared/source.styles.js';
import { renderStaleNotice } from '../../shared/staleness.js';
import { staleStyles } from '../../shared/stale.styles.js';
import { renderSourceItem } from '../../shared/source-item.js';
import { attributeText, parseChoice, parseHeadingLevel, parseTokenList } from '../../shared/attributes.js';
import { attributeKey, shortValue, warnMissingPart, warnOnce } from '../../shared/warn.js';
import { formatDate } from '../../shared/format-date.js';
import { FAQ_TOPICS } from '../../data/vocabulary.js';
import { localize } from '../../data/localize.js';
import { faqData } from '../../data/lazy-data.js';
import type { FaqTopic, Source } from '../../data/types.js';
import { fold, highlight, matchesAll, queryTerms, slugify } from './search-text.js';
import type { FaqJsonLd } from './structured-data.js';
import type { FaqToggleDetail } from '../../shared/events.js';
import { faqStyles } from './kratom-faq.styles.js';

export const FAQ_MODES = ['multiple', 'single'] as const;
export type FaqMode = (typeof FAQ_MODES)[number];

const TAG = 'kratom-faq';

// The structured data's code (and the Trusted Types policy it needs): only for `structured-data`, after the first drawing.
const structuredDataCode = lazy(() => import('./structured-data.js'));

/**
 * APG accordion note: panels are region landmarks only while that cannot
 * flood the landmark list, i.e. in single mode (one open at a time) or when
 * there are at most this many panels.
 */
const MAX_REGION_PANELS = 6;
/** Wait for a pause in typing before announcing the result count. */
const ANNOUNCE_DELAY_MS = 400;
/** How long "Link copied" stays up. */
const COPIED_FOR_MS = 5000;

/** One question as the element shows it: built-in (from the dataset) or the site owner's. */
interface Entry {
  /** The deep-link name: the entry's id is `faq-<slug>`. */
  slug: string;
  /** null for the site owner's own items. */
  topic: FaqTopic | null;
  question: string;
  /** Built-in answer, one string per paragraph. */
  paragraphs: string[];
  /** Plain-text answer, for search and structured data. */
  answerText: string;
  /** Folded question and answer, for matching. */
  folded: { question: string; all: string };
  sources: readonly Source[];
  checkedThrough?: string;
  /** Site owner's items: the slot their light-DOM answer is shown through. */
  slot?: string;
}

interface CopyState {
  slug: string;
  url: string;
  ok: boolean;
}

/** Elements whose boundaries separate words in a site owner's answer. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/** Text a reader sees in a light-DOM answer, with block boundaries as spaces. */
function plainText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out += child.nodeValue ?? '';
      else if (child instanceof Element && !SKIPPED_TAGS.has(child.localName)) {
        const block = BLOCK_TAGS.has(child.localName);
        if (block) out += ' ';
        walk(child);
        if (block) out += ' ';
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
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
  static override requires = [faqData];

  /** Only the site's own questions: the built-in ones are never loaded. */
  protected override needs() {
    return this.noBuiltin ? [] : [faqData];
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
    const builtIn = this.noBuiltin ? [] : this.builtInEntries();
    this.entries = [...builtIn, ...this.customEntries(new Set(builtIn.map((e) => e.slug)))];
    const terms = this.searchable ? queryTerms(this.query) : [];
    this.shown = terms.length > 0 ? this.entries.filter((e) => matchesAll(e.folded.all, terms)) : this.entries;
    if (this.currentMode() === 'single' && this.openSlugs.size > 1) {
      const first = this.entries.find((e) => this.openSlugs.has(e.slug));
      this.openSlugs = new Set(first ? [first.slug] : []);
    }
  }

  override render() {
    const mode = this.currentMode();
    const level = parseHeadingLevel(TAG, this.headingLevel, 3);
    const terms = this.searchable ? queryTerms(this.query) : [];
    const topics = this.groupOrder(this.entries);
    const grouped = this.groupByTopic && topics.length > 1;
    // Topic headings sit one level above the questions; with level 1 the questions move down to 2.
    const questionLevel = grouped && level === 1 ? 2 : level;
    const regions = mode === 'single' || this.entries.length <= MAX_REGION_PANELS;
    const item = (entry: Entry) => this.renderItem(entry, questionLevel, terms, regions);
    const items = (list: Entry[]) => repeat(list, (e) => e.slug, item);

    return html`
      <div class="faq" part="base">
        ${this.renderToolbar(mode)}
        ${this.searchable
          ? html`<p
              class=${terms.length > 0 && this.shown.length === 0 ? 'status visually-hidden' : 'status'}
              part="status"
              role="status"
            >
              ${this.statusText()}
            </p>`
          : nothing}
        ${terms.length > 0 && this.shown.length === 0 ? this.renderEmpty() : nothing}
        ${faqData.value && !this.noBuiltin ? renderStaleNotice(faqData.value.faqAsOf(), this.locale) : nothing} ${this.renderDataNotice()}
        <div class="list" part="list" id="list">
          ${grouped
            ? topics.map((topic) => {
                const list = this.shown.filter((e) => e.topic === topic);
                if (list.length === 0) return nothing;
                return html`<div class="group" part="group">
                  ${heading(questionLevel - 1, { class: 'topic', part: 'topic-heading' }, this.topicLabel(topic))}
                  ${items(list)}
                </div>`;
              })
            : items(this.shown)}
        </div>
      </div>
    `;
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

  private builtInEntries(): Entry[] {
    const topics = parseTokenList(TAG, 'topics', this.topics, FAQ_TOPICS);
    const ids = this.parseIds();
    let list = faqData.value!.faq({ topic: topics, ids: ids.length > 0 ? ids : undefined });
    if (ids.length > 0) list = [...list].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const locale = this.locale;
    return list.map((e) => {
      const question = localize(e.question, locale);
      const paragraphs = localize(e.answer, locale)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const answerText = paragraphs.join('\n\n');
      return {
        slug: e.id,
        topic: e.topic,
        question,
        paragraphs,
        answerText,
        folded: { question: fold(question).text, all: fold(`${question}\n${answerText}`).text },
        sources: e.sources,
        checkedThrough: e.checkedThrough,
      };
    });
  }

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

  /** The site owner's `<kratom-faq-item>` children, each given a slot of its own for its answer. */
  private customEntries(taken: Set<string>): Entry[] {
    const out: Entry[] = [];
    // A server render sees no children (see src/ssr/render.ts): the built-in entries only.
    if (isServer) return out;
    for (const item of Array.from(this.children)) {
      if (item.localName !== 'kratom-faq-item') continue;
      const question = (item.getAttribute('question') ?? '').trim();
      if (!question) {
        warnOnce(attributeKey('kratom-faq-item', 'question'), '<kratom-faq-item> needs a question="…" attribute; an item without one is not shown.');
        if (item.hasAttribute('slot')) item.removeAttribute('slot');
        continue;
      }
      const base = slugify(item.getAttribute('slug') ?? '') || slugify(question) || 'question';
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      const slot = `faq-${slug}`;
      if (item.getAttribute('slot') !== slot) item.setAttribute('slot', slot);
      const answerText = plainText(item);
      out.push({
        slug,
        topic: null,
        question,
        paragraphs: [],
        answerText,
        folded: { question: fold(question).text, all: fold(`${question}\n${answerText}`).text },
        sources: [],
        slot,
      });
    }
    return out;
  }

  /** Topics present, in dataset order, with the site owner's items (null) last. */
  private groupOrder(entries: Entry[]): Array<FaqTopic | null> {
    const present = new Set(entries.map((e) => e.topic));
    return [...FAQ_TOPICS, null].filter((t) => present.has(t));
  }

  private topicLabel(topic: FaqTopic | null): string {
    switch (topic) {
      case 'advocacy':
        return msg('Advocacy');
      case 'basics':
        return msg('The basics');
      case 'safety':
        return msg('Safety');
      case 'law':
        return msg('The law');
      default:
        return msg('More questions');
    }
  }

  // ---- Templates ----------------------------------------------------------

  private renderToolbar(mode: FaqMode) {
    const controls = mode === 'multiple' && this.entries.length > 1;
    if (!this.searchable && !controls) return nothing;
    return html`<div class="toolbar" part="toolbar">
      ${this.searchable
        ? html`<div class="search" part="search">
            <label for="search" part="search-label">${msg('Search the questions')}</label>
            <input
              id="search"
              part="search-input"
              type="search"
              autocomplete="off"
              spellcheck="false"
              aria-controls="list"
              .value=${live(this.query)}
              @input=${this.onSearchInput}
              @keydown=${this.onSearchKeydown}
            />
          </div>`
        : nothing}
      ${controls
        ? html`<div class="controls" part="controls">
            <button type="button" class="control" part="expand-all" aria-controls="list" @click=${this.expandAll}>
              ${msg('Expand all')}
            </button>
            <button type="button" class="control" part="collapse-all" aria-controls="list" @click=${this.collapseAll}>
              ${msg('Collapse all')}
            </button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderEmpty() {
    const query = attributeText(this.query).trim();
    return html`<div class="empty" part="empty">
      <p>${msg(str`No questions match “${query}”.`)}</p>
      <button type="button" class="control" part="clear" @click=${this.clearSearch}>${msg('Clear the search')}</button>
    </div>`;
  }

  private renderItem(entry: Entry, level: number, terms: string[], region: boolean): TemplateResult {
    const id = `faq-${entry.slug}`;
    const questionId = `${id}-question`;
    const answerId = `${id}-answer`;
    const open = this.openSlugs.has(entry.slug);
    // While searching, say when the words are only in the (possibly closed) answer.
    const hint = terms.length > 0 && !matchesAll(entry.folded.question, terms);
    if (this.drawnStatic) {
      // Prerendered (src/ssr/render.ts): details and summary open without any script.
      return html`<div class="item" part="item" id=${id}>
        <details class="static" ?open=${open}>
          <summary class="question" part="question" id=${questionId}>${heading(level, { class: 'heading question-text', part: 'heading' }, entry.question)}<span class="icon" part="icon" aria-hidden="true"></span></summary>
          <div class="answer" part="answer" id=${answerId}>
            ${entry.slot ? nothing : entry.paragraphs.map((p) => html`<p>${p}</p>`)} ${this.renderSources(entry)}
            ${this.renderLinkTools(entry, questionId)}
          </div>
        </details>
      </div>`;
    }
    return html`<div class="item" part="item" id=${id}>
      ${heading(level, { class: 'heading', part: 'heading' }, html`<button
          type="button"
          class="question"
          part="question"
          id=${questionId}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${answerId}
          @click=${() => this.toggle(entry.slug)}
          @keydown=${this.onQuestionKeydown}
        ><span class="question-text">${highlight(entry.question, terms)}${hint
          ? html`<span class="hint" part="hint">${msg('Found in the answer')}</span>`
          : nothing}</span><span class="icon" part="icon" aria-hidden="true"></span></button>`)}
      <div
        class="answer"
        part="answer"
        id=${answerId}
        role=${region ? 'region' : nothing}
        aria-labelledby=${region ? questionId : nothing}
        ?hidden=${!open}
      >
        ${entry.slot
          ? html`<div class="custom"><slot name=${entry.slot}></slot></div>`
          : // A closed answer is drawn when it opens: most stay closed, and it
            // is most of the FAQ's first drawing (a task of 40-50 ms for 20).
            open
            ? entry.paragraphs.map((p) => html`<p>${highlight(p, terms)}</p>`)
            : nothing}
        ${open ? html`${this.renderSources(entry)} ${this.renderLinkTools(entry, questionId)}` : nothing}
      </div>
    </div>`;
  }

  private renderSources(entry: Entry) {
    if (entry.sources.length === 0 && !entry.checkedThrough) return nothing;
    const locale = this.locale;
    const labelId = `faq-${entry.slug}-sources`;
    const date = entry.checkedThrough ? formatDate(entry.checkedThrough, locale) : '';
    return html`<div class="meta" part="sources">
      ${entry.sources.length > 0
        ? html`<p class="meta-label" id=${labelId}>${msg('Sources')}</p>
            <ul class="sources" aria-labelledby=${labelId}>
              ${entry.sources.map(
                (source) => html`<li>${renderSourceItem(source, locale, `<${TAG}> source of "${entry.slug}"`)}</li>`,
              )}
            </ul>`
        : nothing}
      ${date ? html`<p class="reviewed">${msg(str`Checked through ${date}.`)}</p>` : nothing}
    </div>`;
  }

  private renderLinkTools(entry: Entry, questionId: string) {
    const copy = this.copy?.slug === entry.slug ? this.copy : null;
    return html`<div class="link-tools">
      <button
        type="button"
        class="control copy"
        part="copy-link"
        aria-describedby=${questionId}
        @click=${() => this.copyLink(entry.slug)}
      >
        ${msg('Copy link')}
      </button>
      <span class="copy-status" part="copy-status" role="status"
        >${copy ? (copy.ok ? msg('Link copied') : msg('Copy this link:')) : ''}</span
      >
      ${copy && !copy.ok
        ? html`<input
            class="link-field"
            part="link-field"
            type="url"
            readonly
            aria-label=${msg('Link to this question')}
            .value=${copy.url}
          />`
        : nothing}
    </div>`;
  }

  private statusText(): string {
    if (!this.announced) return '';
    // Counts are fresh once the announced query is the current one (e.g. after a locale change).
    const current = this.announced.query === this.query;
    const count = current ? this.shown.length : this.announced.count;
    const total = current ? this.entries.length : this.announced.total;
    if (this.announced.query.trim() === '') return msg(str`Showing all ${total} questions.`);
    if (count === 0) return msg('No questions match your search.');
    if (count === 1) return msg(str`1 of ${total} questions matches your search.`);
    return msg(str`${count} of ${total} questions match your search.`);
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

  private toggle(slug: string) {
    this.setOpen(slug, !this.openSlugs.has(slug));
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

  /** APG optional keys: Up/Down move between questions (wrapping), Home/End go to the first/last. */
  private onQuestionKeydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.question'));
    const at = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    if (at === -1) return;
    const last = buttons.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = at === last ? 0 : at + 1;
        break;
      case 'ArrowUp':
        next = at === 0 ? last : at - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[next].focus();
  }

  private onSearchInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement(ANNOUNCE_DELAY_MS);
  }

  private onSearchKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      this.query = '';
      this.scheduleAnnouncement(0);
    }
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
