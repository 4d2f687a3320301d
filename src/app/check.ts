import type { Disclosure } from '../model/disclosure.js';
import { checkDisclosure, type CheckConfig, type CheckResult } from '../check/index.js';
import { FORMATTERS, type FileReport, type FormatOptions } from '../check/formatters/index.js';

export { FORMATTERS, type FileReport, type Formatter } from '../check/formatters/index.js';
export type ReportFormat = keyof typeof FORMATTERS;

/** Runs every rule the configuration enables over a disclosure. */
export function check(doc: Disclosure, config?: CheckConfig): CheckResult {
  return checkDisclosure(doc, config ? { config } : {});
}

/** A file's check result as the formatters take it: the file, what the document is, its findings. */
export function fileReport(file: string, doc: Disclosure, result: CheckResult): FileReport {
  const { name, fiscalYear, unit, kind, layout, title, sourceFormat } = doc.meta;
  return {
    file,
    document: { name, fiscalYear, unit, kind, layout, title, ...(sourceFormat ? { sourceFormat } : {}) },
    findings: result.findings,
    summary: result.summary,
    coverage: result.coverage,
  };
}

export function formatReports(
  format: ReportFormat,
  reports: readonly FileReport[],
  options: FormatOptions = {},
): string {
  return FORMATTERS[format](reports, options);
}
