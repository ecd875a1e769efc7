/**
 * schema.org FAQPage JSON-LD for <kratom-faq>. Search engines read it; browsers
 * never execute it, so a strict CSP does not block it.
 */
import { trustedJson } from '../../shared/trusted-script.js';
import { shortValue, warnOnce } from '../../shared/warn.js';

export interface FaqPageEntry {
  question: string;
  /** Plain text. */
  answer: string;
}

/**
 * Makes JSON safe inside <script>: `<`, `>` and `&` become \u escapes (still the
 * same JSON), so an answer containing `</script>` or `<!--` cannot end the
 * script or open a comment if the page is ever serialised as HTML. U+2028 and
 * U+2029 are escaped too, for parsers that treat the text as JavaScript.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The text of a `<script type="application/ld+json">` describing the entries. */
export function faqPageJsonLd(entries: readonly FaqPageEntry[], language: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: language,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
  return escapeJsonForScript(JSON.stringify(data));
}

/**
 * The `<script type="application/ld+json">` one <kratom-faq structured-data>
 * keeps in the page's head. Loaded after the FAQ's first drawing, only where
 * the attribute asks for it.
 */
export class FaqJsonLd {
  private script: HTMLScriptElement | null = null;
  private json: string | undefined;

  /** Writes the entries (once per change) and puts the script in the head. */
  sync(entries: readonly FaqPageEntry[], language: string): void {
    const json = faqPageJsonLd(entries, language);
    if (this.json === json && this.script?.isConnected) return;
    // Under Trusted Types script text needs the library's policy; without it the data is left out.
    const text = trustedJson(json);
    if (text === undefined) {
      this.remove();
      return;
    }
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.setAttribute('data-kratom-faq', '');
    }
    try {
      this.script.textContent = text;
      this.json = json;
      if (!this.script.isConnected) (document.head ?? document.documentElement).append(this.script);
    } catch (error) {
      // A page rule we could not foresee: the questions still work.
      warnOnce('structured-data', `<kratom-faq> could not add its structured data (${shortValue(error)}).`);
      this.remove();
    }
  }

  remove(): void {
    this.script?.remove();
    this.script = null;
    this.json = undefined;
  }
}
