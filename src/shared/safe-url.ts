import { shortValue, warnOnce } from './warn.js';

/**
 * Returns the URL when it is an absolute https address, otherwise undefined
 * with a console warning. Every link the library renders goes through here:
 * dataset and attribute URLs are untrusted, and `javascript:` or plain http
 * links must never reach the page.
 */
export function safeHttpsUrl(value: string | null | undefined, context: string): string | undefined {
  if (value == null || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    warnOnce(context, `${context}: "${shortValue(value)}" is not an absolute URL; only https:// links are shown.`);
    return undefined;
  }
  if (url.protocol !== 'https:') {
    warnOnce(context, `${context}: "${shortValue(value)}" was dropped; only https:// links are shown.`);
    return undefined;
  }
  return url.href;
}
