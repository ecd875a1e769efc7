import { pageState } from './page-state.js';

/**
 * Logs a console warning once per page for a given message, so a bad attribute
 * on a list of fifty cards does not flood the console.
 */
export function warnOnce(message: string): void {
  // Shared by every copy of the library on the page.
  const warned = (pageState().warned ??= new Set());
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`kratom-widgets: ${message}`);
}

/**
 * Warns once that a part loaded on demand (data, outlines, translations)
 * failed to arrive. The usual cause is a script-tag install without its chunks.
 */
export function warnMissingPart(what: string, error: unknown): void {
  warnOnce(`${what} could not be loaded (${String(error)}). With the script tag, copy the chunks/ folder next to the script.`);
}
