import type { FaqTopic, GroupKind } from './types.js';

// Fixed lists the elements validate attributes against. They live apart from
// the JSON so an element can check an attribute without loading the data.
// Frozen, like everything the data API hands out.

export const GROUP_KINDS: readonly GroupKind[] = Object.freeze([
  'consumer-advocacy',
  'trade-association',
  'research-society',
  'coalition',
  'education',
  'recovery-support',
  'media',
]);

export const FAQ_TOPICS: readonly FaqTopic[] = Object.freeze(['advocacy', 'basics', 'safety', 'law']);
