import { defineElement, type VersionedElement } from '../shared/register.js';
import { nextTask } from '../shared/next-task.js';

/** Tags defined together: an element and the parts it draws with. */
export type Definition = ReadonlyArray<readonly [tag: string, element: VersionedElement]>;

/**
 * Defines each group of tags in a task of its own, the ones on the page
 * first (the first at once), then the rest, so a tag added later is
 * defined too. Defining a tag upgrades every copy of it on the page: each
 * builds its shadow root and its styles. Nine kinds at once made one long
 * task (a phone held the page for it; Lighthouse counts it as blocking).
 * Resolves when all are defined.
 */
export async function defineInTurn(definitions: readonly Definition[], root: ParentNode = document): Promise<void> {
  const onPage = (d: Definition) => d.some(([tag]) => root.querySelector(tag) !== null);
  const ordered = [...definitions.filter(onPage), ...definitions.filter((d) => !onPage(d))];
  for (const [i, definition] of ordered.entries()) {
    if (i > 0) await nextTask();
    for (const [tag, element] of definition) defineElement(tag, element);
  }
}
