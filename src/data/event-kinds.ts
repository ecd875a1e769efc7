import type { LegalEventType } from './types.js';

/** The event types, in the order a law usually goes through them. */
export const EVENT_TYPES: readonly LegalEventType[] = Object.freeze(['introduced', 'failed', 'enacted', 'effective', 'rule', 'ruling', 'repealed']);
/** The types that change the law (not proposals): what <kratom-law-updates> lists by default. */
export const CHANGE_KINDS: readonly LegalEventType[] = Object.freeze(['enacted', 'effective', 'rule', 'ruling', 'repealed']);
/** How many of the newest changes per country choice src/generated/recent-changes.json holds (scripts/recent-changes.mjs). */
export const RECENT_CHANGES = 30;
