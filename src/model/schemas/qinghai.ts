import {
  T01_EXPENDITURE_CLASSES,
  T02_COLUMNS,
  T03_COLUMNS,
  T11_LINES,
  THREE_PUBLIC_ITEMS,
  TOTAL_LINE,
  classLines,
  fundColumns,
} from './common.js';
import type { ColumnSchema, LineSchema, TableSchema } from './types.js';

/**
 * The layout of the seed (海东市人力资源和社会保障局, Qinghai): eleven tables numbered 公开01表…公开11表,
 * with 行次 in t01/t04/t11, 小计 in t05/t07/t08, counts under t09, and t10/t11 as tables.
 */
const layout = 'qinghai' as const;

const t01Income: LineSchema[] = [
  { key: 'in.gpb', label: '一般公共预算财政拨款收入', lineNo: 1, side: 'income', kind: 'line' },
  { key: 'in.govfund', label: '政府性基金预算财政拨款收入', lineNo: 2, side: 'income', kind: 'line' },
  { key: 'in.soe', label: '国有资本经营预算财政拨款收入', lineNo: 3, side: 'income', kind: 'line' },
  { key: 'in.superior', label: '上级补助收入', lineNo: 4, side: 'income', kind: 'line' },
  { key: 'in.business', label: '事业收入', lineNo: 5, side: 'income', kind: 'line' },
  { key: 'in.operating', label: '经营收入', lineNo: 6, side: 'income', kind: 'line' },
  { key: 'in.subsidiary', label: '附属单位上缴收入', lineNo: 7, side: 'income', kind: 'line' },
  { key: 'in.other', label: '其他收入', lineNo: 8, side: 'income', kind: 'line' },
  { key: 'in.total', label: '本年收入合计', lineNo: 27, side: 'income', kind: 'total' },
  {
    key: 'in.nonfiscalSurplus',
    label: '使用非财政拨款结余（含专用结余）',
    aliases: ['使用非财政拨款结余'],
    lineNo: 28,
    side: 'income',
    kind: 'line',
  },
  { key: 'in.carryover', label: '年初结转和结余', lineNo: 29, side: 'income', kind: 'line' },
  { key: 'in.grand', label: '总计', lineNo: 31, side: 'income', kind: 'total' },
];

const t01Expenditure: LineSchema[] = [
  ...classLines(T01_EXPENDITURE_CLASSES, 32),
  { key: 'out.total', label: '本年支出合计', lineNo: 58, side: 'expenditure', kind: 'total' },
  { key: 'out.distribution', label: '结余分配', lineNo: 59, side: 'expenditure', kind: 'line' },
  { key: 'out.carryover', label: '年末结转和结余', lineNo: 60, side: 'expenditure', kind: 'line' },
  { key: 'out.grand', label: '总计', lineNo: 62, side: 'expenditure', kind: 'total' },
];

const t04Income: LineSchema[] = [
  { key: 'in.gpb', label: '一般公共预算财政拨款', lineNo: 1, side: 'income', kind: 'line' },
  { key: 'in.govfund', label: '政府性基金预算财政拨款', lineNo: 2, side: 'income', kind: 'line' },
  { key: 'in.soe', label: '国有资本经营预算财政拨款', lineNo: 3, side: 'income', kind: 'line' },
  { key: 'in.total', label: '本年收入合计', lineNo: 27, side: 'income', kind: 'total' },
  { key: 'in.carryover', label: '年初财政拨款结转和结余', lineNo: 28, side: 'income', kind: 'line' },
  {
    key: 'in.carryover.gpb',
    label: '一般公共预算财政拨款',
    lineNo: 29,
    side: 'income',
    kind: 'line',
    parent: 'in.carryover',
  },
  {
    key: 'in.carryover.govfund',
    label: '政府性基金预算财政拨款',
    lineNo: 30,
    side: 'income',
    kind: 'line',
    parent: 'in.carryover',
  },
  {
    key: 'in.carryover.soe',
    label: '国有资本经营预算财政拨款',
    lineNo: 31,
    side: 'income',
    kind: 'line',
    parent: 'in.carryover',
  },
  { key: 'in.grand', label: '总计', lineNo: 32, side: 'income', kind: 'total' },
];

const t04Expenditure: LineSchema[] = [
  ...classLines(T01_EXPENDITURE_CLASSES, 33),
  { key: 'out.total', label: '本年支出合计', lineNo: 59, side: 'expenditure', kind: 'total' },
  { key: 'out.carryover', label: '年末财政拨款结转和结余', lineNo: 60, side: 'expenditure', kind: 'line' },
  { key: 'out.grand', label: '总计', lineNo: 64, side: 'expenditure', kind: 'total' },
];

export const FUND_COLUMNS_T04: readonly ColumnSchema[] = [
  { id: 'out.total', header: ['支出', '合计'], money: true, side: 'expenditure' },
  { id: 'out.gpb', header: ['支出', '一般公共预算财政拨款'], money: true, side: 'expenditure' },
  { id: 'out.govfund', header: ['支出', '政府性基金预算财政拨款'], money: true, side: 'expenditure' },
  { id: 'out.soe', header: ['支出', '国有资本经营预算财政拨款'], money: true, side: 'expenditure' },
];

function threePublicColumns(): ColumnSchema[] {
  const cols: ColumnSchema[] = [];
  for (const [prefix, word] of [
    ['budget', '预算数'],
    ['actual', '决算数'],
  ] as const) {
    for (const item of THREE_PUBLIC_ITEMS) {
      const header =
        item.id === 'car'
          ? [word, item.label, '小计']
          : item.id === 'carPurchase' || item.id === 'carRun'
            ? [word, '公务用车购置及运行维护费', item.label]
            : [word, item.label];
      cols.push({ id: `${prefix}.${item.id}`, header, money: true });
    }
  }
  cols.push({ id: 'count', header: ['统计数'], money: false });
  return cols;
}

export const THREE_PUBLIC_COUNT_LINES: readonly LineSchema[] = [
  {
    key: 'count.abroadGroups',
    label: '因公出国（境）团组数（个）',
    aliases: ['因公出国（境）团组数'],
    kind: 'count',
    columns: ['count'],
  },
  {
    key: 'count.abroadPeople',
    label: '因公出国（境）人次数（人）',
    aliases: ['因公出国（境）人次数'],
    kind: 'count',
    columns: ['count'],
  },
  {
    key: 'count.carPurchased',
    label: '公务用车购置数（辆）',
    aliases: ['公务用车购置数'],
    kind: 'count',
    columns: ['count'],
  },
  {
    key: 'count.carHeld',
    label: '公务用车保有量（辆）',
    aliases: ['公务用车保有量'],
    kind: 'count',
    columns: ['count'],
  },
  {
    key: 'count.receptionBatches',
    label: '国内公务接待批次（个）',
    aliases: ['国内公务接待批次'],
    kind: 'count',
    columns: ['count'],
  },
  {
    key: 'count.receptionPeople',
    label: '国内公务接待人次（人）',
    aliases: ['国内公务接待人次'],
    kind: 'count',
    columns: ['count'],
  },
];

const threePublicAmountColumns = threePublicColumns()
  .filter((c) => c.id !== 'count')
  .map((c) => c.id);

export const QINGHAI_SCHEMAS: readonly TableSchema[] = [
  {
    id: 'qinghai/t01',
    columnNumbers: true,
    table: 't01',
    layout,
    title: '收入支出决算总表',
    aliases: ['收支决算总表'],
    position: 1,
    number: '公开01表',
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['收入', '金额'], money: true, side: 'income' },
      { id: 'out.amount', header: ['支出', '金额'], money: true, side: 'expenditure' },
    ],
    lines: [...t01Income, ...t01Expenditure],
    signature: ['收入', '支出', '行次', '金额'],
  },
  {
    id: 'qinghai/t02',
    columnNumbers: true,
    table: 't02',
    layout,
    title: '收入决算表',
    aliases: [],
    position: 2,
    number: '公开02表',
    rows: 'functional',
    columns: T02_COLUMNS,
    lines: [TOTAL_LINE],
    signature: ['本年收入合计', '财政拨款收入', '上级补助收入'],
  },
  {
    id: 'qinghai/t03',
    columnNumbers: true,
    table: 't03',
    layout,
    title: '支出决算表',
    aliases: [],
    position: 3,
    number: '公开03表',
    rows: 'functional',
    columns: T03_COLUMNS,
    lines: [TOTAL_LINE],
    signature: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
  },
  {
    id: 'qinghai/t04',
    columnNumbers: true,
    table: 't04',
    layout,
    title: '财政拨款收入支出决算总表',
    aliases: ['财政拨款收支决算总表'],
    position: 4,
    number: '公开04表',
    rows: 'lines',
    columns: [{ id: 'in.amount', header: ['收入', '金额'], money: true, side: 'income' }, ...FUND_COLUMNS_T04],
    lines: [...t04Income, ...t04Expenditure],
    signature: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
  },
  {
    id: 'qinghai/t05',
    columnNumbers: true,
    table: 't05',
    layout,
    title: '一般公共预算财政拨款支出决算表',
    aliases: [],
    position: 5,
    number: '公开05表',
    rows: 'functional',
    columns: [
      { id: 'total', header: ['本年支出', '小计'], money: true },
      { id: 'basic', header: ['本年支出', '基本支出'], money: true },
      { id: 'project', header: ['本年支出', '项目支出'], money: true },
    ],
    lines: [TOTAL_LINE],
    signature: ['小计', '基本支出', '项目支出'],
  },
  {
    id: 'qinghai/t06',
    table: 't06',
    layout,
    title: '一般公共预算财政拨款基本支出决算表',
    aliases: ['一般公共预算财政拨款基本支出决算明细表'],
    position: 6,
    number: '公开06表',
    rows: 'economic',
    columns: [{ id: 'amount', header: ['决算数'], money: true }],
    lines: [
      { key: 'personnel', label: '人员经费合计', kind: 'total' },
      { key: 'public', label: '公用经费合计', kind: 'total' },
    ],
    signature: ['工资福利支出', '商品和服务支出', '人员经费合计'],
  },
  {
    id: 'qinghai/t07',
    columnNumbers: true,
    table: 't07',
    layout,
    title: '政府性基金预算财政拨款收入支出决算表',
    aliases: [],
    position: 7,
    number: '公开07表',
    rows: 'functional',
    columns: fundColumns('小计'),
    lines: [TOTAL_LINE],
    signature: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
  },
  {
    id: 'qinghai/t08',
    columnNumbers: true,
    table: 't08',
    layout,
    title: '国有资本经营预算财政拨款收入支出决算表',
    aliases: ['国有资本经营预算财政拨款支出决算表'],
    position: 8,
    number: '公开08表',
    rows: 'functional',
    columns: fundColumns('小计'),
    lines: [TOTAL_LINE],
    signature: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
  },
  {
    id: 'qinghai/t09',
    columnNumbers: true,
    table: 't09',
    layout,
    title: '财政拨款“三公”经费支出决算表',
    aliases: ['"三公"经费支出决算表', '“三公”经费支出决算表'],
    position: 9,
    number: '公开09表',
    rows: 'lines',
    columns: threePublicColumns(),
    lines: [
      { key: 'main', label: '财政拨款“三公”经费', kind: 'line', columns: threePublicAmountColumns },
      ...THREE_PUBLIC_COUNT_LINES,
    ],
    signature: ['因公出国（境）费用', '公务用车购置及运行维护费', '公务接待费'],
  },
  {
    id: 'qinghai/t10',
    table: 't10',
    layout,
    title: '机关运行经费支出情况表',
    aliases: ['机关运行经费支出决算表'],
    position: 10,
    number: '公开10表',
    rows: 'economic',
    columns: [{ id: 'amount', header: ['机关运行经费支出决算数'], money: true }],
    lines: [TOTAL_LINE],
    signature: ['机关运行经费支出决算数'],
  },
  {
    id: 'qinghai/t11',
    table: 't11',
    layout,
    title: '政府采购支出情况表',
    aliases: ['政府采购支出决算表'],
    position: 11,
    number: '公开11表',
    rows: 'lines',
    columns: [{ id: 'amount', header: ['金额'], money: true }],
    lines: T11_LINES,
    signature: ['政府采购支出信息', '行次', '金额'],
  },
];
