// Leaves reviewers' notes (`notes` on records, groups and FAQ entries) out of
// the built files: no element shows them, and they would add about a fifth to
// the legal records every reader downloads. The source JSON, Storybook's
// dataset page and the tests keep them.
const DATA_FILE = /[\\/]src[\\/]data[\\/](jurisdictions|groups|faq)\.json$/;
// One record per file (scripts/data-records.mjs).
const RECORD_FILE = /[\\/]src[\\/]generated[\\/]records[\\/][\w-]+\.json$/;

/** @returns {import('vite').Plugin} */
export function dropReviewerNotes() {
  return {
    name: 'kratom-drop-reviewer-notes',
    enforce: 'pre',
    transform(code, id) {
      if (RECORD_FILE.test(id)) {
        const record = JSON.parse(code);
        delete record.notes;
        return { code: JSON.stringify(record), map: null };
      }
      if (!DATA_FILE.test(id)) return null;
      const data = JSON.parse(code);
      for (const list of [data.jurisdictions, data.groups, data.faq]) for (const item of list ?? []) delete item.notes;
      return { code: JSON.stringify(data), map: null };
    },
  };
}
