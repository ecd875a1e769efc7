import type { Plugin } from 'vite';

/** Strips indentation and CSS comments from Lit templates in our source (see the .mjs). */
export declare function minifyTemplates(): Plugin;
