import type { Plugin } from 'vite';
export declare function dropReviewerNotes(): Plugin;
