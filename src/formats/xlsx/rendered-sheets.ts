import { DUTIES_SHEET, type ListSheet } from './fact-sheets.js';

/**
 * The sheets of a rendered workbook beyond its tables and 情况说明, described once for the writer and the reader,
 * so that everything the model holds goes out and comes back:
 *
 * - 目录: row 1 title, row 2 headers (部分 | 条目); the 目录 as printed from row 3, then a heading row and the
 *   body's part headings as printed ("第二部分 2024 年度部门决算报表"), which a checker compares with the 目录.
 *   Hidden column C says which list a row belongs to (`toc`, `heading`; the heading row is `caption`).
 * - 部门概况 (key-value, as the template's), 部门职责 (序号 | 编号 | 职责), 机构设置, 名词解释, 其他重要事项 (list sheets).
 * - 绩效自评表: every 项目支出绩效自评表 one under another, laid out as printed (项目名称, 主管部门/实施单位, the
 *   funds block, 年度总体目标, the indicators, 总分) with a blank row between them. Hidden column I names each
 *   row's part (`PERFORMANCE_ROW`), so the reader never guesses from labels.
 *
 * Figures keep their printed decimals and kind through their number format (number-format.ts); percentages, "--"
 * and text are text.
 */

export const TOC_SHEET = '目录';
export const TOC_FIRST_ROW = 3;
export const TOC_KIND_COL = 3;
export type TocRowKind = 'toc' | 'caption' | 'heading';
export const PART_HEADINGS_CAPTION = '正文各部分标题（与目录对照）';

/** Duties keep their printed numbering ("（十一）") and ordinal. */
export const RENDERED_DUTIES_SHEET: ListSheet = {
  ...DUTIES_SHEET,
  columns: [
    { key: 'ordinal', header: '序号', kind: 'count', width: 6 },
    { key: 'numbering', header: '编号', kind: 'text', width: 8 },
    { key: 'text', header: '职责', kind: 'text', width: 100 },
  ],
};

export const PERFORMANCE_SHEET = '绩效自评表';
/** Columns A–H hold the table; I the row's part. */
export const PERFORMANCE_WIDTH = 8;
export const PERFORMANCE_KEY_COL = 9;

export const PERFORMANCE_ROW = {
  title: 'title',
  name: 'name',
  units: 'units',
  heading: 'heading',
  fundsHeader: 'funds-header',
  goalsHeader: 'goals-header',
  goals: 'goals',
  indicatorsHeader: 'indicators-header',
  indicator: 'indicator',
  total: 'total',
} as const;

/** Funds lines: hidden key `funds.<key>`, label as printed. */
export const FUNDS_LINES = [
  ['total', '年度资金总额'],
  ['fiscal', '其中：当年财政拨款'],
  ['carryover', '上年结转资金'],
  ['other', '其他资金'],
] as const;
export type FundsKey = (typeof FUNDS_LINES)[number][0];

/** Funds columns B–G. */
export const FUNDS_COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['fullYearBudget', '全年预算数'],
  ['executed', '全年执行数'],
  ['weight', '分值'],
  ['rate', '执行率'],
  ['score', '得分'],
] as const;

/** Indicator columns A–H. */
export const INDICATOR_COLUMNS = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['level3', '三级指标'],
  ['target', '年度指标值'],
  ['actual', '实际完成值'],
  ['weight', '分值'],
  ['score', '得分'],
  ['deviation', '偏差原因分析及改进措施'],
] as const;

/** Units row: 主管部门 in B, 实施单位 in F. Goals row: 预期目标 in B, 实际完成情况 in E. Total: 分值 F, 得分 G. */
export const UNITS_COLS = { departmentLabel: 1, department: 2, implementerLabel: 5, implementer: 6 } as const;
export const GOALS_COLS = { expected: 2, actual: 5 } as const;
export const TOTAL_COLS = { weight: 6, score: 7 } as const;
