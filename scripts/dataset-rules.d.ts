// Types for dataset-rules.js, which stays plain JavaScript so that Node runs it directly.
export declare const EXPECTED_CODES: string[];

export interface DatasetReport {
  jurisdictions: number;
  groups: number;
  faq: number;
  byStatus: Record<string, number>;
  sources: { total: number; byKind: Record<string, number>; homePages: number; jurisdictionSources: number };
  byConfidence: Record<string, number>;
  withPrimary: number;
  events: number;
  eventsByType: Record<string, number>;
  pending: number;
  stale: Array<{ id: string; checkedThrough: string; days: number }>;
  lowConfidence: string[];
  unverifiedGroups: string[];
  untranslated: string[];
}

export declare function checkDataset(
  files: { jurisdictions: unknown; groups: unknown; faq: unknown },
  schemas: { common: unknown; jurisdictions: unknown; groups: unknown; faq: unknown },
  today?: Date,
): { errors: string[]; report: DatasetReport };

export declare function namesKeptInEnglish(files: { jurisdictions: unknown; groups: unknown; faq: unknown }): string[];
