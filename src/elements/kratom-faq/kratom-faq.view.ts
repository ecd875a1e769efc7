import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { heading } from '../../shared/heading.js';
import { renderSourceItem } from '../../shared/source-item.js';
import { attributeText } from '../../shared/attributes.js';
import { attributeKey, warnOnce } from '../../shared/warn.js';
import { formatDate } from '../../shared/format-date.js';
import type { Locale } from '../../shared/locale.js';
import { FAQ_TOPICS } from '../../data/vocabulary.js';
import { localize } from '../../data/localize.js';
import type { FaqEntry, FaqTopic, Source } from '../../data/types.js';
import { fold, highlight, matchesAll, queryTerms, slugify } from './search-text.js';

/*
 * What <kratom-faq> draws once its questions are in: the entries, the
 * toolbar, the accordion and its search. It loads beside the FAQ's data, so
 * a page without a FAQ never downloads it, and the element's own module
 * holds only its attributes, state and lifecycle.
 */

const TAG = 'kratom-faq';

/**
 * APG accordion note: panels are region landmarks only while that cannot
 * flood the landmark list, i.e. in single mode (one open at a time) or when
 * there are at most this many panels.
 */
const MAX_REGION_PANELS = 6;

/** One question as the element shows it: built-in (from the dataset) or the site owner's. */
export interface Entry {
  /** The deep-link name: the entry's id is `faq-<slug>`. */
  slug: string;
  /** null for the site owner's own items. */
  topic: FaqTopic | null;
  question: string;
  /** Built-in answer, one string per paragraph. */
  paragraphs: string[];
  /** Plain-text answer, for search and structured data. */
  answerText: string;
  sources: readonly Source[];
  checkedThrough?: string;
  /** Site owner's items: the slot their light-DOM answer is shown through. */
  slot?: string;
}

/** Folded question and whole entry, worked out on the first search only: most readers never search. */
const foldedText = new WeakMap<Entry, { question: string; all: string }>();
function foldedOf(entry: Entry) {
  let folded = foldedText.get(entry);
  if (!folded) {
    folded = { question: fold(entry.question).text, all: fold(`${entry.question}\n${entry.answerText}`).text };
    foldedText.set(entry, folded);
  }
  return folded;
}

/** The search's terms, folded: none without a search field. */
export function searchTerms(searchable: boolean, query: string): string[] {
  return searchable ? queryTerms(query) : [];
}

/** The entries whose question or answer holds every term. */
export function matching(entries: Entry[], terms: string[]): Entry[] {
  return terms.length > 0 ? entries.filter((e) => matchesAll(foldedOf(e).all, terms)) : entries;
}

/** The dataset's entries for these topics and ids, in the reader's language. */
export function builtInEntries(list: readonly FaqEntry[], ids: string[], locale: Locale): Entry[] {
  const ordered = ids.length > 0 ? [...list].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)) : list;
  return ordered.map((e) => {
    const paragraphs = localize(e.answer, locale)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      slug: e.id,
      topic: e.topic,
      question: localize(e.question, locale),
      paragraphs,
      answerText: paragraphs.join('\n\n'),
      sources: e.sources,
      checkedThrough: e.checkedThrough,
    };
  });
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

/** The site owner's `<kratom-faq-item>` children, each given a slot of its own for its answer. */
export function customEntries(host: HTMLElement, taken: Set<string>): Entry[] {
  const out: Entry[] = [];
  for (const item of Array.from(host.children)) {
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
    out.push({ slug, topic: null, question, paragraphs: [], answerText: plainText(item), sources: [], slot });
  }
  return out;
}

/** What the element hands its drawing: its state, and what the controls do. */
export interface FaqDrawing {
  mode: 'multiple' | 'single';
  /** Level of the question headings. */
  level: number;
  searchable: boolean;
  groupByTopic: boolean;
  /** Drawn as details/summary (prerendered HTML, or the update that takes it over). */
  drawnStatic: boolean;
  locale: Locale;
  entries: Entry[];
  shown: Entry[];
  query: string;
  openSlugs: ReadonlySet<string>;
  copy: { slug: string; url: string; ok: boolean } | null;
  announced: { query: string; count: number; total: number } | null;
  /** The "may be out of date" line and the failed-dataset notice, drawn above the list. */
  notices: unknown;
  toggle(slug: string): void;
  expandAll(): void;
  collapseAll(): void;
  /** A new query; the count is announced after `delay` ms. */
  search(query: string, delay: number): void;
  clearSearch(): void;
  copyLink(slug: string): void;
}

/** Wait for a pause in typing before announcing the result count. */
const ANNOUNCE_DELAY_MS = 400;

export function renderFaq(d: FaqDrawing): TemplateResult {
  const terms = searchTerms(d.searchable, d.query);
  const present = new Set(d.entries.map((e) => e.topic));
  const topics = [...FAQ_TOPICS, null].filter((t) => present.has(t));
  const grouped = d.groupByTopic && topics.length > 1;
  // Topic headings sit one level above the questions; with level 1 the questions move down to 2.
  const questionLevel = grouped && d.level === 1 ? 2 : d.level;
  const regions = d.mode === 'single' || d.entries.length <= MAX_REGION_PANELS;
  const items = (list: Entry[]) => repeat(list, (e) => e.slug, (entry) => renderItem(d, entry, questionLevel, terms, regions));
  const none = terms.length > 0 && d.shown.length === 0;

  return html`
    <div class="faq" part="base">
      ${renderToolbar(d)}
      ${d.searchable
        ? html`<p class=${none ? 'status visually-hidden' : 'status'} part="status" role="status">${statusText(d)}</p>`
        : nothing}
      ${none ? renderEmpty(d) : nothing} ${d.notices}
      <div class="list" part="list" id="list">
        ${grouped
          ? topics.map((topic) => {
              const list = d.shown.filter((e) => e.topic === topic);
              if (list.length === 0) return nothing;
              return html`<div class="group" part="group">
                ${heading(questionLevel - 1, { class: 'topic', part: 'topic-heading' }, topicLabel(topic))}
                ${items(list)}
              </div>`;
            })
          : items(d.shown)}
      </div>
    </div>
  `;
}

function topicLabel(topic: FaqTopic | null): string {
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

function renderToolbar(d: FaqDrawing) {
  const controls = d.mode === 'multiple' && d.entries.length > 1;
  if (!d.searchable && !controls) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${d.searchable
      ? html`<div class="search" part="search">
          <label for="search" part="search-label">${msg('Search the questions')}</label>
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-controls="list"
            .value=${live(d.query)}
            @input=${(event: Event) => d.search((event.target as HTMLInputElement).value, ANNOUNCE_DELAY_MS)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape' && d.query !== '') {
                event.preventDefault();
                d.search('', 0);
              }
            }}
          />
        </div>`
      : nothing}
    ${controls
      ? html`<div class="controls" part="controls">
          <button type="button" class="control" part="expand-all" aria-controls="list" @click=${d.expandAll}>
            ${msg('Expand all')}
          </button>
          <button type="button" class="control" part="collapse-all" aria-controls="list" @click=${d.collapseAll}>
            ${msg('Collapse all')}
          </button>
        </div>`
      : nothing}
  </div>`;
}

function renderEmpty(d: FaqDrawing) {
  const query = attributeText(d.query).trim();
  return html`<div class="empty" part="empty">
    <p>${msg(str`No questions match “${query}”.`)}</p>
    <button type="button" class="control" part="clear" @click=${d.clearSearch}>${msg('Clear the search')}</button>
  </div>`;
}

function renderItem(d: FaqDrawing, entry: Entry, level: number, terms: string[], region: boolean): TemplateResult {
  const id = `faq-${entry.slug}`;
  const questionId = `${id}-question`;
  const answerId = `${id}-answer`;
  const open = d.openSlugs.has(entry.slug);
  if (d.drawnStatic) {
    // Prerendered (src/ssr/render.ts): details and summary open without any script.
    return html`<div class="item" part="item" id=${id}>
      <details class="static" ?open=${open}>
        <summary class="question" part="question" id=${questionId}>${heading(level, { class: 'heading question-text', part: 'heading' }, entry.question)}<span class="icon" part="icon" aria-hidden="true"></span></summary>
        <div class="answer" part="answer" id=${answerId}>
          ${entry.slot ? nothing : entry.paragraphs.map((p) => html`<p>${p}</p>`)} ${renderSources(d, entry)}
          ${renderLinkTools(d, entry, questionId)}
        </div>
      </details>
    </div>`;
  }
  // While searching, say when the words are only in the (possibly closed) answer.
  const hint = terms.length > 0 && !matchesAll(foldedOf(entry).question, terms);
  return html`<div class="item" part="item" id=${id}>
    ${heading(level, { class: 'heading', part: 'heading' }, html`<button
        type="button"
        class="question"
        part="question"
        id=${questionId}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${answerId}
        @click=${() => d.toggle(entry.slug)}
        @keydown=${onQuestionKeydown}
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
      ${open ? html`${renderSources(d, entry)} ${renderLinkTools(d, entry, questionId)}` : nothing}
    </div>
  </div>`;
}

function renderSources(d: FaqDrawing, entry: Entry) {
  if (entry.sources.length === 0 && !entry.checkedThrough) return nothing;
  const labelId = `faq-${entry.slug}-sources`;
  const date = entry.checkedThrough ? formatDate(entry.checkedThrough, d.locale) : '';
  return html`<div class="meta" part="sources">
    ${entry.sources.length > 0
      ? html`<p class="meta-label" id=${labelId}>${msg('Sources')}</p>
          <ul class="sources" aria-labelledby=${labelId}>
            ${entry.sources.map((source) => html`<li>${renderSourceItem(source, d.locale, `<${TAG}> source of "${entry.slug}"`)}</li>`)}
          </ul>`
      : nothing}
    ${date ? html`<p class="reviewed">${msg(str`Checked through ${date}.`)}</p>` : nothing}
  </div>`;
}

function renderLinkTools(d: FaqDrawing, entry: Entry, questionId: string) {
  const copy = d.copy?.slug === entry.slug ? d.copy : null;
  return html`<div class="link-tools">
    <button type="button" class="control copy" part="copy-link" aria-describedby=${questionId} @click=${() => d.copyLink(entry.slug)}>
      ${msg('Copy link')}
    </button>
    <span class="copy-status" part="copy-status" role="status"
      >${copy ? (copy.ok ? msg('Link copied') : msg('Copy this link:')) : ''}</span
    >
    ${copy && !copy.ok
      ? html`<input class="link-field" part="link-field" type="url" readonly aria-label=${msg('Link to this question')} .value=${copy.url} />`
      : nothing}
  </div>`;
}

function statusText(d: FaqDrawing): string {
  const announced = d.announced;
  if (!announced) return '';
  // Counts are fresh once the announced query is the current one (e.g. after a locale change).
  const current = announced.query === d.query;
  const count = current ? d.shown.length : announced.count;
  const total = current ? d.entries.length : announced.total;
  if (announced.query.trim() === '') return msg(str`Showing all ${total} questions.`);
  if (count === 0) return msg('No questions match your search.');
  if (count === 1) return msg(str`1 of ${total} questions matches your search.`);
  return msg(str`${count} of ${total} questions match your search.`);
}

/** APG optional keys: Up/Down move between questions (wrapping), Home/End go to the first/last. */
function onQuestionKeydown(event: KeyboardEvent) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const button = event.currentTarget as HTMLButtonElement;
  const buttons = Array.from((button.getRootNode() as ShadowRoot).querySelectorAll<HTMLButtonElement>('button.question'));
  const at = buttons.indexOf(button);
  if (at === -1) return;
  const last = buttons.length - 1;
  const keys: Record<string, number> = { ArrowDown: at === last ? 0 : at + 1, ArrowUp: at === 0 ? last : at - 1, Home: 0, End: last };
  const next = keys[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons[next].focus();
}
