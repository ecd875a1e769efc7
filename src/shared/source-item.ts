import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Source } from '../data/types.js';
import { formatDate } from './format-date.js';
import { safeHttpsUrl } from './safe-url.js';

/**
 * What kind of publisher a source is, in the reader's words: official pages
 * are marked as such, and advocacy or industry sources say whose side they
 * speak for, so a reader can weigh them.
 */
export function sourceKindLabel(source: Pick<Source, 'kind' | 'stance'>): string {
  switch (source.kind) {
    case 'primary':
      return msg('Official source');
    case 'news':
      return msg('News report');
    case 'advocacy':
      return source.stance === 'pro-kratom'
        ? msg('Advocacy group, for kratom')
        : source.stance === 'anti-kratom'
          ? msg('Advocacy group, against kratom')
          : msg('Advocacy group');
    case 'industry':
      return msg('Kratom industry');
    case 'dataset':
      return msg('Compiled by a third party');
    default:
      return '';
  }
}

/** "(in English)" after a title written in another language than the reader's; empty otherwise. */
export function sourceLanguageNote(lang: string | undefined, locale: string): string {
  if (!lang || lang === locale) return '';
  switch (lang) {
    case 'en':
      return msg('(in English)');
    case 'fr':
      return msg('(in French)');
    case 'es':
      return msg('(in Spanish)');
    default:
      return '';
  }
}

export type SourceLink = (href: string, text: string) => TemplateResult;

const plainLink: SourceLink = (href, text) => html`<a href=${href} rel="noopener noreferrer">${text}</a>`;

/**
 * A source's title, linked when its address is https, marked with its
 * language (`lang`) so screen readers pronounce a French title as French.
 */
export function renderSourceTitle(source: Source, href: string | undefined, link: SourceLink = plainLink): TemplateResult {
  return html`<span class="source-title" lang=${source.lang || nothing}>${href ? link(href, source.title) : source.title}</span>`;
}

/**
 * One source as every element shows it: the title (linked when https), its
 * language when it is not the reader's, then publisher, date and kind.
 * `context` names the element and record in the warning for a bad address.
 */
export function renderSourceItem(source: Source, locale: string, context: string, link: SourceLink = plainLink): TemplateResult {
  const href = safeHttpsUrl(source.url, context);
  const language = sourceLanguageNote(source.lang, locale);
  const date = source.date ? formatDate(source.date, locale) : msg('undated');
  const kind = sourceKindLabel(source);
  return html`${renderSourceTitle(source, href, link)}${language
      ? html` <span class="source-lang">${language}</span>`
      : nothing}<span class="source-meta"
      >${' — '}${source.publisher}, ${date}${kind
        ? html` · <span class="source-kind kind-${source.kind}">${kind}</span>`
        : nothing}</span
    >`;
}

/** The source to quote when there is room for one: the first official one, else the first. */
export function mainSource(sources: readonly Source[]): Source | undefined {
  return sources.find((s) => s.kind === 'primary') ?? sources[0];
}
