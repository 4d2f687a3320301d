import type { TableId } from '../table.js';

export interface ColumnSchema {
  /** Semantic column id, the same across layouts ("basic", "actual.reception"). */
  readonly id: string;
  /** Header levels as printed, top to bottom (["本年支出", "基本支出"]). */
  readonly header: readonly string[];
  /** Amount column (money) or count/statistics column. */
  readonly money: boolean;
  /** For two-sided tables (t01, t04): the side the column belongs to. */
  readonly side?: 'income' | 'expenditure';
}

/** A labelled line of t01/t04/t09/t11. */
export interface LineSchema {
  readonly key: string;
  /** Label as printed in this layout, numbering removed. */
  readonly label: string;
  /** Other spellings seen in real documents. */
  readonly aliases?: readonly string[];
  readonly side?: 'income' | 'expenditure';
  /** 行次 where the layout prints one. */
  readonly lineNo?: number;
  readonly kind: 'line' | 'total' | 'count';
  /** 功能分类 类 code for expenditure lines of t01/t04. */
  readonly code?: string;
  /** Key of the line this one is a part of (e.g. 其中：授予小微企业合同金额 ⊂ 中小企业). */
  readonly parent?: string;
  /**
   * A line the layout may leave out (a 预算 without 上年结转): identities read a line not printed as nothing (0)
   * rather than skipping.
   */
  readonly optional?: boolean;
  /** Columns this line may carry (default: all columns of its side). */
  readonly columns?: readonly string[];
}

/**
 * Rows of a table:
 * - functional: 支出功能分类 rows keyed by code, with a 合计 row;
 * - economic: 经济分类 rows keyed by code, with 合计 / 人员经费合计 / 公用经费合计 lines;
 * - lines: labelled lines only (t01, t04, t09, t11).
 */
export type RowScheme = 'functional' | 'economic' | 'lines';

export interface TableSchema {
  /** Variant id: "<layout>/<table>", e.g. "qinghai/t06". */
  readonly id: string;
  readonly table: TableId;
  /** The layout id (src/model/layouts) whose definition holds this schema. */
  readonly layout: string;
  /** Canonical title. */
  readonly title: string;
  /** Other titles seen in real documents. */
  readonly aliases: readonly string[];
  /** Position of the table in the layout's document (1-based), and its printed number where there is one. */
  readonly position: number;
  readonly number?: string;
  readonly rows: RowScheme;
  readonly columns: readonly ColumnSchema[];
  /** Labelled lines (all of a `lines` table; the total lines of a classification table). */
  readonly lines: readonly LineSchema[];
  /** The layout prints a 栏次 row (栏次, 1, 2, 3 …) under the header. */
  readonly columnNumbers?: boolean;
  /** Header words that identify the table when its title is missing. */
  readonly signature: readonly string[];
}
