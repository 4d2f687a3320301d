import type { Finding } from './finding.js';
import type { DocumentKind } from './identity.js';
import type { LayoutId } from './layouts/types.js';
import type { AmountUnit } from './money.js';
import type { Paragraph, Section } from './narrative.js';
import type { PerformanceEvaluation } from './performance.js';
import type { SourceRef } from './source.js';
import type { Table } from './table.js';

/**
 * The layout a document follows: an id of the layout registry (src/model/layouts: "qinghai", "shanghai",
 * "generic"), checked by `getLayout`. A region or year with a different layout is a new definition there.
 */
export type Layout = LayoutId;

export const DISCLOSURE_FORMAT = 'juesuan/disclosure@1';

export interface Metadata {
  /** Department or unit name as printed on the cover ("海东市人力资源和社会保障局"). */
  readonly name: string;
  /** Region, where stated or implied by the name ("海东市", "上海市普陀区"). */
  readonly region?: string;
  readonly fiscalYear: number;
  /** The amount unit of the tables (a table may state its own). */
  readonly unit: AmountUnit;
  /** 部门 (consolidating its units) or 单位. */
  readonly kind: '部门' | '单位';
  readonly layout: Layout;
  /** Title as printed ("2024 年度部门决算"). */
  readonly title: string;
  /** File the document was read from. */
  readonly sourceFile?: string;
  /** Input format the document was read from. */
  readonly sourceFormat?: 'text' | 'pdf' | 'xlsx' | 'json' | 'docx' | 'html';
  /** 决算 or 预算; absent means 决算 (see identity.ts: organisation, year, kind and scope identify a disclosure). */
  readonly documentKind?: DocumentKind;
  /**
   * Which version of this disclosure the document is (1, 2 … in the order they were stored or published); set by
   * whoever keeps the history, absent on a freshly imported document.
   */
  readonly version?: number;
}

export interface Duty {
  readonly ordinal: number;
  /** Numbering as printed ("（十一）"). */
  readonly numbering: string;
  readonly text: string;
  readonly source?: SourceRef;
}

export interface Overview {
  readonly duties: readonly Duty[];
  /** 机构设置 / 决算单位构成, paragraphs as printed. */
  readonly organization: readonly Paragraph[];
  /** Number of budget units consolidated ("预算单位共计 1 个"), when stated. */
  readonly unitCount?: number;
  /** Internal bodies (内设机构) named in the text. */
  readonly internalBodies: readonly string[];
}

export interface TocEntry {
  readonly part?: string; // "第三部分"
  readonly text: string;
  readonly source?: SourceRef;
}

export interface GlossaryTerm {
  readonly term: string;
  readonly definition: string;
  readonly source?: SourceRef;
}

/** The whole disclosure: the one tree every importer produces and every checker and renderer consumes. */
export interface Disclosure {
  readonly format: typeof DISCLOSURE_FORMAT;
  readonly meta: Metadata;
  readonly toc: readonly TocEntry[];
  /** The body's part headings as printed ("第二部分 2024 年度部门决算报表"), to compare with the 目录. Optional. */
  readonly partHeadings?: readonly TocEntry[];
  readonly overview: Overview;
  readonly tables: readonly Table[];
  /** 情况说明: the numbered sections 一、… with their sub-items. */
  readonly narrative: readonly Section[];
  readonly performance: readonly PerformanceEvaluation[];
  /** 其他重要事项 (国有资产占用 …), paragraphs as printed (also inside `narrative`). */
  readonly otherMatters: readonly Paragraph[];
  readonly glossary: readonly GlossaryTerm[];
  /** What the importer could not read or had to guess, as findings (rule ids "import/…"). */
  readonly diagnostics: readonly Finding[];
}

export function findTable<T extends Disclosure>(doc: T, id: Table['id']): Table | undefined {
  return doc.tables.find((t) => t.id === id);
}
