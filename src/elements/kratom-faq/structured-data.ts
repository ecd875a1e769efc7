/**
 * schema.org FAQPage JSON-LD for <kratom-faq>. Search engines read it; browsers
 * never execute it, so a strict CSP does not block it.
 */

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
