import { html, type TemplateResult } from 'lit';

/**
 * Accent- and case-insensitive text search for <kratom-faq>, with the match
 * positions mapped back to the original text so they can be highlighted.
 */

/** Characters that NFD does not decompose but a reader types differently. */
const EXTRA_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
  '\u202F': ' ',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
};

const COMBINING_MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  return EXTRA_FOLDS[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folded text plus, for each of its UTF-16 units, where it came from in the original. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Lower case, accents stripped (so "Règle" becomes "regle"), quotes and ligatures simplified. */
export function fold(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    if (folded === '' && ends.length > 0) {
      // A lone combining mark belongs to the letter before it: keep it inside that letter's highlight.
      ends[ends.length - 1] = i + ch.length;
    }
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    text += folded;
    i += ch.length;
  }
  return { text, starts, ends };
}

/** The words of a query, folded; empty when there is nothing to search for. */
export function queryTerms(query: string): string[] {
  return fold(query.trim()).text.split(/\s+/).filter(Boolean);
}

/** Whether every term occurs somewhere in the (already folded) text. */
export function matchesAll(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}

/** Every occurrence of every term, as merged [start, end) ranges in the original text. */
export function matchRanges(folded: FoldedText, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let at = folded.text.indexOf(term);
    while (at !== -1) {
      ranges.push([folded.starts[at], folded.ends[at + term.length - 1]]);
      at = folded.text.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * The text with each match wrapped in <mark>. Lit renders the strings as text
 * nodes, so dataset or host text can never become markup.
 */
export function highlight(original: string, terms: readonly string[]): string | Array<string | TemplateResult> {
  if (terms.length === 0) return original;
  const ranges = matchRanges(fold(original), terms);
  if (ranges.length === 0) return original;
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(original.slice(at, start));
    parts.push(html`<mark part="mark">${original.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < original.length) parts.push(original.slice(at));
  return parts;
}

/** A URL-fragment-friendly slug: "Do you ship to Québec?" becomes "do-you-ship-to-quebec". */
export function slugify(value: string): string {
  return fold(value)
    .text.replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
