import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a heading carries; `id` only where something points at it. */
export interface HeadingAttributes {
  class: string;
  part: string;
  id?: string;
}

/**
 * An <h1> to <h6> at the level the page asked for (a `heading-level`
 * attribute, parsed to 1-6), around `content`. Six plain templates cost less
 * than lit's static-html module, which every element would otherwise carry.
 */
export function heading(level: number, { class: name, part, id }: HeadingAttributes, content: unknown): TemplateResult {
  const anchor = id ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${name} part=${part} id=${anchor}>${content}</h1>`;
    case 2:
      return html`<h2 class=${name} part=${part} id=${anchor}>${content}</h2>`;
    case 3:
      return html`<h3 class=${name} part=${part} id=${anchor}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${part} id=${anchor}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${part} id=${anchor}>${content}</h5>`;
    default:
      return html`<h6 class=${name} part=${part} id=${anchor}>${content}</h6>`;
  }
}
