// Types for source-rules.js, which stays plain JavaScript so that Node runs it directly.
export declare const LEGAL_EVENT_TYPES: string[];
export declare const ENGLISH_ALLOWED: string[];
export declare function isHomePage(url: string): boolean;
export declare function endOfDate(date: string): string;
export declare function jurisdictionRuleErrors(record: unknown): string[];
export declare function entrySourceErrors(label: string, sources: unknown[]): string[];
export declare function englishWordsIn(text: string, allowed?: string[]): string[];
export declare function reviewerPhrase(text: string, locale: string): string | null;
export declare function frenchTypographyErrors(text: string): string[];
export declare function readerTextErrors(label: string, value: unknown, allowed?: string[]): string[];
