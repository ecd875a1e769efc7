import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Marks our element classes so a second copy of the library can tell which version defined a tag. */
export interface VersionedElement extends CustomElementConstructor {
  readonly kratomVersion?: string;
}

/**
 * Defines a custom element unless the tag is already taken.
 *
 * Two copies of the library on one page (say a CDN script plus a plugin's
 * bundled copy) would otherwise make the second `customElements.define` throw
 * and stop that script. The first definition wins; we warn once when the
 * versions differ, because the page then runs the other copy's code.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = existing.kratomVersion;
  if (theirs !== VERSION) {
    warnOnce(
      `define <${tag}>`,
      `<${tag}> is already defined by ${theirs ? `kratom-widgets ${theirs}` : 'another script'}; ` +
        `this copy (${VERSION}) leaves it as it is. Load the library once per page to avoid this.`,
    );
  }
}
