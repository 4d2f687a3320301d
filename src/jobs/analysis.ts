/**
 * The read-side work of the server that grows with the number of documents — an open-data package of a region's
 * year, two disclosures side by side, rankings — done in the worker pool from the stored JSON text, so parsing a
 * few hundred canonical documents and writing a workbook or a zip never blocks the server's event loop.
 */
import {
  compareDisclosures,
  comparisonXlsx,
  exportDataPackage,
  rankDisclosures,
  rankingsXlsx,
  zipPackage,
  type OtherDocument,
  type RankingFigure,
} from '../app/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';

/** A stored version as text (what the store returns; parsed in the worker). */
export interface StoredText {
  readonly document: string;
  readonly version: number;
  /** How messages name it ("文档 3"). */
  readonly source: string;
  /** The stored check report (`juesuan check --format json`), for exports. */
  readonly report?: string;
}

export type AnalysisFormat = 'json' | 'xlsx';

/** The answer: JSON text, or a file's bytes. */
export type AnalysisResult = string | Uint8Array;

export type AnalysisTask =
  | {
      readonly kind: 'export';
      readonly items: readonly StoredText[];
      readonly title: string;
      readonly scope: readonly (string | number | undefined)[];
      readonly folder: string;
      /** ISO time stamped in the package. */
      readonly now: string;
    }
  | { readonly kind: 'compare'; readonly a: StoredText; readonly b: StoredText; readonly format: AnalysisFormat }
  | {
      readonly kind: 'rank';
      readonly set: readonly StoredText[];
      readonly previous: readonly StoredText[];
      readonly figures: readonly RankingFigure[] | undefined;
      readonly format: AnalysisFormat;
    };

function other(s: StoredText): OtherDocument {
  return { doc: JSON.parse(s.document) as Disclosure, version: s.version, source: s.source };
}

export async function runAnalysis(task: AnalysisTask): Promise<AnalysisResult> {
  switch (task.kind) {
    case 'export': {
      const entries = task.items.map((i) => ({
        doc: JSON.parse(i.document) as Disclosure,
        version: i.version,
        ...(i.report ? { findings: (JSON.parse(i.report) as { findings: Finding[] }).findings } : {}),
      }));
      const files = await exportDataPackage(entries, { scope: task.scope, title: task.title, now: new Date(task.now) });
      return zipPackage(files, task.folder);
    }
    case 'compare': {
      const c = compareDisclosures(other(task.a), other(task.b));
      return task.format === 'xlsx' ? comparisonXlsx(c) : JSON.stringify(c);
    }
    case 'rank': {
      const r = rankDisclosures(task.set.map(other), task.figures, task.previous.map(other));
      return task.format === 'xlsx' ? rankingsXlsx(r) : JSON.stringify(r);
    }
  }
}
