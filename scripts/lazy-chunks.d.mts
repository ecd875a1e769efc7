export declare const NAMED_CHUNKS: Record<string, string>;
