import type { Plugin } from 'vite';
export declare function embedBuilderServe(): Plugin;
export declare function embedBuilderStatic(): Plugin;
