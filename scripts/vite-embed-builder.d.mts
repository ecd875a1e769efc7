import type { Plugin } from 'vite';
/** `sha384-…` of a file's bytes, as Subresource Integrity writes it. */
export declare function sri(file: string): string;
export declare function embedBuilderServe(): Plugin;
export declare function embedBuilderStatic(): Plugin;
