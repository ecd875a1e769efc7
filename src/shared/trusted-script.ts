import { pageState } from './page-state.js';
import { warnOnce } from './warn.js';

/** The Trusted Types policy name a site lists in its CSP: `trusted-types lit-html kratom-widgets`. */
export const POLICY_NAME = 'kratom-widgets';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): ScriptPolicy;
}

/**
 * The text for a `<script type="application/ld+json">`, as a TrustedScript
 * where the page enforces Trusted Types. The library writes one kind of
 * script text (the FAQ's structured data), so the policy passes JSON and
 * nothing else. One policy per page, shared by every copy of the library
 * (a second policy of the same name would be refused). Undefined when the
 * page's CSP does not allow the policy: the caller then leaves the
 * structured data out.
 */
export function trustedJson(json: string): string | undefined {
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return json;
  const state = pageState();
  if (state.scriptPolicy === undefined) {
    try {
      state.scriptPolicy = types.createPolicy(POLICY_NAME, {
        createScript: (text) => {
          JSON.parse(text);
          return text;
        },
      });
    } catch {
      state.scriptPolicy = null;
    }
  }
  if (!state.scriptPolicy) {
    warnOnce(
      'trusted-types',
      `this page's Trusted Types policy does not allow "${POLICY_NAME}", so <kratom-faq structured-data> leaves out ` +
        `its search-engine data. Add ${POLICY_NAME} to the CSP's trusted-types list to keep it.`,
    );
    return undefined;
  }
  // A TrustedScript: accepted where a string would be refused.
  return state.scriptPolicy.createScript(json) as string;
}
