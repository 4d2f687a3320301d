/**
 * The ONE place where the jobs and the server reach the application core (src/app): import, check, the check JSON
 * report and rendering. It runs inside the worker pool's threads, so PDF parsing here is in-process (the thread is
 * already off the server's event loop).
 */
import {
  chromiumBrowser,
  check,
  fileReport,
  fixDocument,
  fixPreview,
  formatReports,
  importDocument,
  importerFor,
  inProcessPdfEngine,
  isIngestError,
  listedUnits,
  nodeFiles,
  PdfUnavailableError,
  render,
  supportedExtensions,
} from '../app/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';

export { isIngestError, supportedExtensions, PdfUnavailableError };
export { adoptPdfEngine, compiledPdfEngine } from '../app/index.js';
export { crossCheckReport, type RelatedLookup, type RelatedSummary, type StoredDocument } from '../app/index.js';

export const RENDER_FORMATS = ['docx', 'xlsx', 'html', 'pdf', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

const DEPS = { files: nodeFiles, pdf: inProcessPdfEngine, browser: chromiumBrowser };

/** Limits for reading an upload (hostile files: sizes, zip bombs, huge page counts, parsers that never finish). */
import type { ImportLimits } from '../model/limits.js';
import { msg } from '../model/messages/index.js';
export type { ImportLimits };

/** A file read and checked, as plain data (it crosses a worker-thread boundary): what a batch keeps of it. */
export interface Checked {
  readonly meta: {
    readonly name: string;
    readonly region: string | null;
    readonly fiscalYear: number;
    readonly scope: '部门' | '单位';
    readonly title: string;
    readonly sourceFormat: string | null;
    /** 决算 or 预算 as read (absent when the importer did not say). */
    readonly documentKind: '决算' | '预算' | null;
    /** For a 部门: the 单位 its disclosure lists (links them in the organisation tree). */
    readonly units: readonly string[];
  };
  /** `juesuan check --format json` for this file. */
  readonly report: string;
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly {
    readonly fingerprint: string;
    readonly ruleId: string;
    readonly severity: string;
    readonly message: string;
  }[];
}

/** A file read and checked, with its canonical JSON, as the store keeps it. */
export interface Processed extends Checked {
  /** Canonical disclosure JSON (`juesuan parse --format json`). */
  readonly document: string;
}

/** Whether a file name has an extension some importer reads. */
export function canImport(fileName: string): boolean {
  return importerFor(fileName) !== undefined;
}

/** A further file of a disclosure published as several (e.g. the tables beside the narrative). */
export interface PartFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads the bytes of an upload with the importer for its extension (and its parts, in order, as one disclosure),
 * then checks it. Throws IngestError (Chinese).
 */
export async function importAndCheck(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits = {},
  parts: readonly PartFile[] = [],
): Promise<Processed> {
  const doc = await importDocument([{ bytes, file }, ...parts], DEPS, limits);
  return { ...checked(file, doc), document: JSON.stringify(doc, null, 2) + '\n' };
}

/**
 * As importAndCheck, without the canonical JSON (a batch reports findings and stores nothing; writing out a
 * 25-page disclosure's model, ~0.4 MB, and copying it across threads is work thrown away).
 */
export async function importAndCheckOnly(bytes: Uint8Array, file: string, limits: ImportLimits = {}): Promise<Checked> {
  return checked(file, await importDocument([{ bytes, file }], DEPS, limits));
}

function checked(file: string, doc: Disclosure): Checked {
  const result = check(doc);
  const findings = withFingerprints(result.findings);
  const { name, fiscalYear, kind, title, sourceFormat } = doc.meta;
  return {
    meta: {
      name,
      region: doc.meta.region ?? null,
      fiscalYear,
      scope: kind,
      title,
      sourceFormat: sourceFormat ?? null,
      documentKind: doc.meta.documentKind ?? null,
      units: kind === '部门' ? listedUnits(doc) : [],
    },
    // Exactly what `juesuan check --format json` prints; the fingerprints also go to the store beside it.
    report: formatReports('json', [fileReport(file, doc, result)]),
    summary: result.summary,
    findings: findings.map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
    })),
  };
}

/** A stored canonical document rendered in one output format. */
export async function renderDocument(document: string, format: RenderFormat): Promise<Uint8Array | string> {
  if (format === 'json') return document;
  return render(JSON.parse(document) as Disclosure, format, DEPS);
}

/**
 * What `fix` does to a stored canonical document: the preview as JSON (before → after, what is left and why), or the
 * corrected document as DOCX.
 */
export async function fixStoredDocument(document: string, to: 'json' | 'docx'): Promise<Uint8Array | string> {
  const fixed = fixDocument(JSON.parse(document) as Disclosure);
  if (to === 'json') return JSON.stringify(fixPreview(fixed));
  return render(fixed.doc, 'docx', DEPS);
}

/** The checker gives every finding its fingerprint (src/model/fingerprint.ts); the store keys reviews by it. */
export function withFingerprints(findings: readonly Finding[]): (Finding & { readonly fingerprint: string })[] {
  return findings.map((f) => {
    if (!f.fingerprint) throw new Error(msg('internal.findingWithoutFingerprint', { rule: f.ruleId }));
    return f as Finding & { readonly fingerprint: string };
  });
}
