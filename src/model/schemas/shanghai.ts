import {
  T01_EXPENDITURE_CLASSES,
  T02_COLUMNS,
  T03_COLUMNS,
  THREE_PUBLIC_ITEMS,
  TOTAL_LINE,
  classLines,
  fundColumns,
} from './common.js';
import { FUND_COLUMNS_T04 } from './qinghai.js';
import type { ColumnSchema, LineSchema, TableSchema } from './types.js';

/**
 * The Shanghai template's layout (附件2 部门决算模板, 2024; the 普陀区 samples follow it): nine tables in the order
 * t01 t02 t03 t04 t05 t06 t09 t07 t08, amounts headed 决算数 without 行次, 合计 instead of 小计, codes split over
 * 类/款/项 columns or in one column, and 机关运行经费 / 政府采购 as narrative only.
 *
 * Verified against the three Shanghai PDFs in samples/ (2024): titles and order as below in all three; t01 prints 24
 * expenditure 类 in the template and 规划局 (no 231/232) and 26 in 财政局 — the schema lists every 类, a table holds
 * the rows it prints; 财政局 heads the t07/t08 subtotal 小计 where the template prints 合计 (same column); 财政局's
 * t09 says 公务用车购置及运行费 / 公务用车运行费 for the 运行维护费 columns; t02/t03 print 合计 first, t05 last.
 */
const layout = 'shanghai' as const;

const income = (key: string, label: string, kind: 'line' | 'total' = 'line', extra: Partial<LineSchema> = {}) =>
  ({ key, label, side: 'income', kind, ...extra }) as const satisfies LineSchema;
const expenditure = (key: string, label: string, kind: 'line' | 'total' = 'line') =>
  ({ key, label, side: 'expenditure', kind }) as const satisfies LineSchema;

function threePublicColumns(): ColumnSchema[] {
  const top = '财政拨款“三公”经费';
  const cols: ColumnSchema[] = [];
  for (const item of THREE_PUBLIC_ITEMS) {
    const path =
      item.id === 'car'
        ? [top, item.label, '小计']
        : item.id === 'carPurchase' || item.id === 'carRun'
          ? [top, '公务用车购置及运行维护费', item.label]
          : [top, item.id === 'abroad' ? '因公出国（境）费' : item.label];
    cols.push({ id: `budget.${item.id}`, header: [...path, '预算数'], money: true });
    cols.push({ id: `actual.${item.id}`, header: [...path, '决算数'], money: true });
  }
  return cols;
}

export const SHANGHAI_SCHEMAS: readonly TableSchema[] = [
  {
    id: 'shanghai/t01',
    table: 't01',
    layout,
    title: '收入支出决算总表',
    aliases: ['收支决算总表'],
    position: 1,
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['收入', '决算数'], money: true, side: 'income' },
      { id: 'out.amount', header: ['支出', '决算数'], money: true, side: 'expenditure' },
    ],
    lines: [
      income('in.gpb', '一般公共预算财政拨款收入'),
      income('in.govfund', '政府性基金预算财政拨款收入'),
      income('in.soe', '国有资本经营预算财政拨款收入'),
      income('in.superior', '上级补助收入'),
      income('in.business', '事业收入'),
      income('in.operating', '经营收入'),
      income('in.subsidiary', '附属单位上缴收入'),
      income('in.other', '其他收入'),
      income('in.total', '本年收入合计', 'total'),
      income('in.nonfiscalSurplus', '使用非财政拨款结余', 'line', { aliases: ['使用非财政拨款结余（含专用结余）'] }),
      income('in.carryover', '年初结转和结余'),
      income('in.grand', '总计', 'total'),
      ...classLines(T01_EXPENDITURE_CLASSES),
      expenditure('out.total', '本年支出合计', 'total'),
      expenditure('out.distribution', '结余分配'),
      expenditure('out.carryover', '年末结转和结余'),
      expenditure('out.grand', '总计', 'total'),
    ],
    signature: ['收入', '支出', '决算数'],
  },
  {
    id: 'shanghai/t02',
    table: 't02',
    layout,
    title: '收入决算表',
    aliases: [],
    position: 2,
    rows: 'functional',
    columns: T02_COLUMNS,
    lines: [TOTAL_LINE],
    signature: ['本年收入合计', '财政拨款收入', '上级补助收入'],
  },
  {
    id: 'shanghai/t03',
    table: 't03',
    layout,
    title: '支出决算表',
    aliases: [],
    position: 3,
    rows: 'functional',
    columns: T03_COLUMNS,
    lines: [TOTAL_LINE],
    signature: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
  },
  {
    id: 'shanghai/t04',
    table: 't04',
    layout,
    title: '财政拨款收入支出决算总表',
    aliases: ['财政拨款收支决算总表'],
    position: 4,
    rows: 'lines',
    columns: [{ id: 'in.amount', header: ['收入', '决算数'], money: true, side: 'income' }, ...FUND_COLUMNS_T04],
    lines: [
      income('in.gpb', '一般公共预算财政拨款'),
      income('in.govfund', '政府性基金预算财政拨款'),
      income('in.soe', '国有资本经营预算财政拨款'),
      income('in.total', '本年收入合计', 'total'),
      income('in.carryover', '年初财政拨款结转和结余'),
      income('in.carryover.gpb', '一般公共预算财政拨款', 'line', { parent: 'in.carryover' }),
      income('in.carryover.govfund', '政府性基金预算财政拨款', 'line', { parent: 'in.carryover' }),
      income('in.carryover.soe', '国有资本经营预算财政拨款', 'line', { parent: 'in.carryover' }),
      income('in.grand', '总计', 'total'),
      ...classLines(T01_EXPENDITURE_CLASSES),
      expenditure('out.total', '本年支出合计', 'total'),
      expenditure('out.carryover', '年末财政拨款结转和结余'),
      expenditure('out.grand', '总计', 'total'),
    ],
    signature: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
  },
  {
    id: 'shanghai/t05',
    table: 't05',
    layout,
    title: '一般公共预算财政拨款支出决算表',
    aliases: [],
    position: 5,
    rows: 'functional',
    columns: [
      { id: 'total', header: ['合计'], money: true },
      { id: 'basic', header: ['基本支出'], money: true },
      { id: 'project', header: ['项目支出'], money: true },
    ],
    lines: [TOTAL_LINE],
    signature: ['合计', '基本支出', '项目支出'],
  },
  {
    id: 'shanghai/t06',
    table: 't06',
    layout,
    title: '一般公共预算财政拨款基本支出决算表',
    aliases: ['一般公共预算财政拨款基本支出决算明细表'],
    position: 6,
    rows: 'economic',
    columns: [{ id: 'amount', header: ['决算数'], money: true }],
    lines: [
      { key: 'personnel', label: '人员经费合计', kind: 'total' },
      { key: 'public', label: '公用经费合计', kind: 'total' },
    ],
    signature: ['经济分类科目编码', '人员经费合计', '公用经费合计'],
  },
  {
    id: 'shanghai/t09',
    table: 't09',
    layout,
    title: '财政拨款“三公”经费支出决算表',
    aliases: ['“三公”经费支出决算表'],
    position: 7,
    rows: 'lines',
    columns: threePublicColumns(),
    lines: [{ key: 'main', label: '财政拨款“三公”经费', kind: 'line' }],
    signature: ['因公出国', '公务用车购置及运行维护费', '公务接待费', '预算数', '决算数'],
  },
  {
    id: 'shanghai/t07',
    table: 't07',
    layout,
    title: '政府性基金预算财政拨款收入支出决算表',
    aliases: [],
    position: 8,
    rows: 'functional',
    columns: fundColumns('合计'),
    lines: [TOTAL_LINE],
    signature: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
  },
  {
    id: 'shanghai/t08',
    table: 't08',
    layout,
    title: '国有资本经营预算财政拨款收入支出决算表',
    aliases: ['国有资本经营预算财政拨款支出决算表'],
    position: 9,
    rows: 'functional',
    columns: fundColumns('合计'),
    lines: [TOTAL_LINE],
    signature: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
  },
];
