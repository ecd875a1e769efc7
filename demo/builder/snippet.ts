// The code a site owner pastes: the reserve stylesheet, the script tag with
// its integrity hash, and the element with its attributes. Pure functions,
// so the preview and the copied text are made by the same code.

export type ScriptChoice = 'loader' | 'single';

export const SCRIPT_FILES: Record<ScriptChoice, string> = {
  loader: 'kratom-widgets-loader.js',
  single: 'kratom-widgets.js',
};
export const STYLESHEET_FILE = 'kratom-widgets.css';

/** Makes any text safe inside a double-quoted attribute value or as element text. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for an HTML comment: never closes it early (no `--` in it). */
function commentText(text: string): string {
  return text.replace(/-(?=-)/g, '- ');
}

/** An attribute as it goes into the tag: a value, or `true` for a boolean one. */
export type AttributeValue = string | true;

/** `<tag a="1" b>`…`</tag>`, each value escaped. */
export function elementMarkup(tag: string, attributes: [string, AttributeValue][], inner = ''): string {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<${tag}${written}>${inner}</${tag}>`;
}

/**
 * The folder's address, tidied, without a trailing slash; undefined when a
 * page could not load scripts from it as written. Accepted: an https address
 * (plain http for localhost only), or a path on the site itself (starting
 * with /, ./ or ../). Refused: a query (?), a fragment (#), a user name or
 * password, and any character that would need escaping in the tag.
 * Absolute addresses are rebuilt from their origin and path, so the scheme
 * and host come out in lower case and the path as the browser reads it.
 */
export function normalizeBase(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  if (/[\s"'<>`\\?#]/.test(text)) return undefined;
  if ((text.startsWith('/') && !text.startsWith('//')) || text.startsWith('./') || text.startsWith('../')) {
    return text.replace(/\/+$/, '') || undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined; // not an address
  }
  if (url.username || url.password || url.search || url.hash) return undefined;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export interface SnippetParts {
  base: string;
  script: ScriptChoice;
  /** `sha384-…`, or undefined when it could not be computed (the script tag then has none). */
  integrity?: string;
  tag: string;
  attributes: [string, AttributeValue][];
  /** The element prerendered (its tag with a declarative shadow root inside), instead of the bare tag. */
  element?: string;
  /** Comment lines above the code (the language advice). */
  comments?: string[];
}

/** The whole snippet, one tag a line. */
export function buildSnippet(parts: SnippetParts): string {
  const lines: string[] = [];
  for (const comment of parts.comments ?? []) lines.push(`<!-- ${commentText(comment)} -->`);
  lines.push(`<link rel="stylesheet" href="${escapeHtml(`${parts.base}/${STYLESHEET_FILE}`)}">`);
  const integrity = parts.integrity ? ` integrity="${escapeHtml(parts.integrity)}"` : '';
  lines.push(`<script type="module" src="${escapeHtml(`${parts.base}/${SCRIPT_FILES[parts.script]}`)}"${integrity} crossorigin="anonymous"></script>`);
  lines.push(parts.element ?? elementMarkup(parts.tag, parts.attributes));
  return `${lines.join('\n')}\n`;
}

/**
 * The same snippet with its folder address replaced, for a page that loads
 * the files from elsewhere (the preview, a test). Only the two addresses the
 * snippet itself wrote change.
 */
export function rebase(snippet: string, from: string, to: string): string {
  const quoted = (file: string) => `"${escapeHtml(`${from}/${file}`)}"`;
  let out = snippet;
  for (const file of [STYLESHEET_FILE, ...Object.values(SCRIPT_FILES)]) out = out.split(quoted(file)).join(`"${escapeHtml(`${to}/${file}`)}"`);
  return out;
}
