import { FUNCTIONAL_2024 } from '../catalog/functional.js';
import type { ColumnSchema, LineSchema } from './types.js';

/** The 类 of 支出功能分类 printed as expenditure lines of t01/t04, in their printed order. */
export const T01_EXPENDITURE_CLASSES: readonly string[] = [
  '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
  '219', '220', '221', '222', '223', '224', '229', '231', '232', '234',
]; // prettier-ignore

/** Expenditure lines per 类 ("out.208"), with 行次 starting at `firstLineNo` when the layout prints them. */
export function classLines(classes: readonly string[], firstLineNo?: number): LineSchema[] {
  return classes.map((code, i) => ({
    key: `out.${code}`,
    label: FUNCTIONAL_2024[code] ?? code,
    side: 'expenditure' as const,
    kind: 'line' as const,
    code,
    ...(firstLineNo !== undefined ? { lineNo: firstLineNo + i } : {}),
  }));
}

export const T02_COLUMNS: readonly ColumnSchema[] = [
  { id: 'total', header: ['本年收入合计'], money: true },
  { id: 'fiscal', header: ['财政拨款收入'], money: true },
  { id: 'superior', header: ['上级补助收入'], money: true },
  { id: 'business', header: ['事业收入'], money: true },
  { id: 'operating', header: ['经营收入'], money: true },
  { id: 'subsidiary', header: ['附属单位上缴收入'], money: true },
  { id: 'other', header: ['其他收入'], money: true },
];

export const T03_COLUMNS: readonly ColumnSchema[] = [
  { id: 'total', header: ['本年支出合计'], money: true },
  { id: 'basic', header: ['基本支出'], money: true },
  { id: 'project', header: ['项目支出'], money: true },
  { id: 'remit', header: ['上缴上级支出'], money: true },
  { id: 'operating', header: ['经营支出'], money: true },
  { id: 'subsidy', header: ['对附属单位补助支出'], money: true },
];

/** t07/t08 columns; `subtotal` is printed 小计 (Qinghai) or 合计 (Shanghai). */
export function fundColumns(subtotalLabel: string): ColumnSchema[] {
  return [
    { id: 'carryIn', header: ['年初结转和结余'], money: true },
    { id: 'income', header: ['本年收入'], money: true },
    { id: 'total', header: ['本年支出', subtotalLabel], money: true },
    { id: 'basic', header: ['本年支出', '基本支出'], money: true },
    { id: 'project', header: ['本年支出', '项目支出'], money: true },
    { id: 'carryOut', header: ['年末结转和结余'], money: true },
  ];
}

export const TOTAL_LINE: LineSchema = { key: 'total', label: '合计', kind: 'total', aliases: ['总计'] };

/** The 三公 items in their printed order. */
export const THREE_PUBLIC_ITEMS = [
  { id: 'total', label: '合计' },
  { id: 'abroad', label: '因公出国（境）费用' },
  { id: 'car', label: '公务用车购置及运行维护费' },
  { id: 'carPurchase', label: '公务用车购置费' },
  { id: 'carRun', label: '公务用车运行维护费' },
  { id: 'reception', label: '公务接待费' },
] as const;

export const T11_LINES: readonly LineSchema[] = [
  { key: 'total', label: '政府采购支出合计', lineNo: 1, kind: 'total' },
  { key: 'goods', label: '政府采购货物支出', lineNo: 2, kind: 'line', parent: 'total' },
  { key: 'works', label: '政府采购工程支出', lineNo: 3, kind: 'line', parent: 'total' },
  { key: 'services', label: '政府采购服务支出', lineNo: 4, kind: 'line', parent: 'total' },
  { key: 'sme', label: '政府采购授予中小企业合同金额', lineNo: 5, kind: 'line' },
  { key: 'small', label: '授予小微企业合同金额', lineNo: 6, kind: 'line', parent: 'sme' },
];
