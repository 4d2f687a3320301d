import type { Cell } from './cell.js';
import type { AmountUnit } from './money.js';
import type { SourceRef } from './source.js';

/**
 * The semantic, layout-independent table ids the layouts use (DOMAIN.md): t01…t11 by role for both kinds (a 预算's
 * 收支总表 is t01 as a 决算's is), and the 预算 tables without a 决算 twin (docs/budget.md): b02 收入 by source,
 * b03 支出 by use, f05 / f06 财政拨款 (not only 一般公共预算) 支出 and 基本支出.
 */
export const TABLE_IDS = [
  't01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09', 't10', 't11', 'b02', 'b03', 'f05', 'f06',
] as const; // prettier-ignore

/**
 * A table id: a string, valid when some layout's schema describes a table with it (`isTableId`, or
 * `schemaFor(layout, id)` within one layout). "t01"…"t11" are the ids of the current layouts; a new document
 * kind (预算) may bring its own.
 */
export type TableId = string;

/** Table ids are short lower-case words ("t01", "b03"), as in schema ids ("qinghai/t01"). */
export const TABLE_ID_PATTERN = /^[a-z][a-z0-9]{1,15}$/;

export function isTableId(s: string): s is TableId {
  return (TABLE_IDS as readonly string[]).includes(s);
}

/**
 * A row's kind:
 * - total: 合计 of a classification table, or 人员经费合计 / 公用经费合计;
 * - class: a classification row (功能分类 类/款/项 or 经济分类 类/款), `code` set;
 * - line: a labelled line of t01/t04/t09/t11 (本年收入合计, 政府采购货物支出 …), `key` from the schema;
 * - count: a statistics line (t09 团组数, 车辆保有量 …).
 */
export type RowKind = 'total' | 'class' | 'line' | 'count';

export interface Row {
  /** Stable key within the table: the classification code, or the schema's line key ("in.total"). */
  readonly key: string;
  readonly kind: RowKind;
  /** Classification code where the row has one (201, 2080101, 30101). */
  readonly code?: string;
  /** The label as printed, numbering prefix removed ("一般公共预算财政拨款收入"). */
  readonly label: string;
  /** The numbering prefix as printed ("一、", "(一)", "1."), if any. */
  readonly numbering?: string;
  /** 行次 as printed. */
  readonly lineNo?: number;
  /** For two-sided tables (t01, t04): which side the row is on. */
  readonly side?: 'income' | 'expenditure';
  /** Cells by column id; a column of the schema that the row prints blank is present with a blank value. */
  readonly cells: Readonly<Record<string, Cell>>;
  readonly source?: SourceRef;
}

export interface Table {
  readonly id: TableId;
  /** The schema variant that describes this table's layout ("qinghai/t06"). */
  readonly schema: string;
  /** Title as printed. */
  readonly title: string;
  /** The table's number as printed ("公开01表", "表1"), if any. */
  readonly number?: string;
  readonly unit: AmountUnit;
  readonly rows: readonly Row[];
  /** Notes printed with the table (注：…, "本表无数据" …). */
  readonly notes: readonly string[];
  /** True when the table is printed without any figure (e.g. no 政府性基金). */
  readonly empty: boolean;
  readonly source?: SourceRef;
}
