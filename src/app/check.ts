import type { Disclosure } from '../model/disclosure.js';
import {
  checkDisclosure,
  expectedRelated,
  relationOf,
  type CheckConfig,
  type CheckResult,
  type RelatedDocument,
} from '../check/index.js';
import { FORMATTERS, type FileReport, type FormatOptions } from '../check/formatters/index.js';

export { FORMATTERS, type FileReport, type Formatter } from '../check/formatters/index.js';
export type ReportFormat = keyof typeof FORMATTERS;

/** Runs every rule the configuration enables over a disclosure. */
export function check(doc: Disclosure, config?: CheckConfig): CheckResult {
  return checkDisclosure(doc, config ? { config } : {});
}

/** Another disclosure offered for comparison: read from a file (`--with`) or taken from the store. */
export interface OtherDocument {
  readonly doc: Disclosure;
  readonly source: string;
  readonly version?: number;
}

/**
 * Which of the offered documents relate to `doc` and how (last year's of the same kind, the same year's 预算, the
 * previous year's 决算, a 单位 of this 部门); the others are left out.
 */
export function relatedDocuments(doc: Disclosure, others: readonly OtherDocument[]): RelatedDocument[] {
  const out: RelatedDocument[] = [];
  for (const o of others) {
    if (o.doc === doc) continue;
    const relation = relationOf(doc, o.doc);
    if (relation)
      out.push({ relation, doc: o.doc, source: o.source, ...(o.version !== undefined ? { version: o.version } : {}) });
  }
  return out;
}

/**
 * Checks a disclosure on its own and against the related ones among `others`; the report's summary lists what was
 * compared with each and which expected related document (last year's, the same year's 预算 …) is absent.
 */
export function checkWith(doc: Disclosure, others: readonly OtherDocument[], config?: CheckConfig): CheckResult {
  return checkDisclosure(doc, {
    ...(config ? { config } : {}),
    related: relatedDocuments(doc, others),
    expected: expectedRelated(doc),
  });
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
