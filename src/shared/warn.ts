import { pageState } from './page-state.js';

/**
 * Logs a console warning once per page for a given topic, so a bad attribute
 * on a list of fifty cards, or an address typed into an attribute one key at
 * a time, does not flood the console. `key` names the topic (for attributes,
 * the element kind and attribute: see `attributeKey`); only keys are kept,
 * never the values, so the record stays small however many values arrive.
 */
export function warnOnce(key: string, message: string): void {
  // Shared by every copy of the library on the page.
  const warned = (pageState().warned ??= new Set());
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`kratom-widgets: ${message}`);
}

/** The topic of a warning about one attribute of one element kind. */
export function attributeKey(tag: string, attribute: string): string {
  return `<${tag}> ${attribute}`;
}

/** A value as a warning quotes it: cut to 60 characters, so a pasted paragraph does not fill the console. */
export function shortValue(value: unknown): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    // An object whose toString throws, or a symbol; a revoked Proxy throws even here.
    try {
      text = Object.prototype.toString.call(value);
    } catch {
      text = '[object]';
    }
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Warns once that a part loaded on demand (data, outlines, translations)
 * failed to arrive. The usual cause is a script-tag install without its chunks.
 */
export function warnMissingPart(what: string, error: unknown): void {
  warnOnce(
    `missing ${what}`,
    `${what} could not be loaded (${shortValue(error)}). With the script tag, copy the chunks/ folder next to the script.`,
  );
}
