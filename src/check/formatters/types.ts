import type { Metadata } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import type { Coverage } from '../types.js';
import type { RelatedSummary } from '../cross/summary.js';

/** What the CLI checked in one file: the input to every formatter (and the `json` output, as is). */
export interface FileReport {
  readonly file: string;
  readonly document: Pick<Metadata, 'name' | 'fiscalYear' | 'unit' | 'kind' | 'layout' | 'title'> & {
    readonly sourceFormat?: Metadata['sourceFormat'];
  };
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    /** What was compared against related disclosures (last year's, the same year's 预算 …), when asked. */
    readonly related?: readonly RelatedSummary[];
  };
  /** What could not be checked (missing or unreadable tables, sections not found, rules that failed). */
  readonly coverage?: Coverage;
}

/** What a formatter may need beyond the reports. */
export interface FormatOptions {
  /**
   * The folder relative file names are relative to, as a file URI ending in "/" (the CLI's working directory):
   * SARIF records it as %SRCROOT% so that viewers can open the files.
   */
  readonly baseUri?: string;
  /** The text report lists every info finding (default: rounding notes summarised per table or section). */
  readonly verbose?: boolean;
}

export type Formatter = (reports: readonly FileReport[], options?: FormatOptions) => string;

export const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
