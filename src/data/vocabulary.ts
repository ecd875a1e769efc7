import type { FaqTopic, GroupKind } from './types.js';

// Fixed lists the elements validate attributes against. They live apart from
// the JSON so an element can check an attribute without loading the data.

export const GROUP_KINDS: readonly GroupKind[] = [
  'consumer-advocacy',
  'trade-association',
  'research-society',
  'coalition',
  'education',
  'recovery-support',
  'media',
];

export const FAQ_TOPICS: readonly FaqTopic[] = ['advocacy', 'basics', 'safety', 'law'];
