import { FUNCTIONAL_2024 } from '../catalog/functional.js';
import { T01_EXPENDITURE_CLASSES } from './common.js';
import type { ColumnSchema, LineSchema } from './types.js';

/**
 * Pieces the 预算 (budget) layouts share. A 预算's tables take the semantic ids of the 决算 tables with the same
 * role (t01 收支总表, t02 收入表, t03 支出表, t04 财政拨款收支总表, t05 一般公共预算支出表, t06 基本支出经济分类表,
 * t07 政府性基金, t08 国有资本经营, t09 "三公", t10 机关运行经费, t11 政府采购), so that the identities written
 * once by table role (docs/formulas.md, docs/budget.md) hold for both kinds; tables without a 决算 twin get ids of
 * their own (f05, f06: 财政拨款 rather than 一般公共预算 only; b02 收入 by source; b03 支出 by use).
 */

/** Names the 支出功能分类 类 carried in earlier years' catalogues (2017: 医疗卫生与计划生育支出 …). */
const FORMER_CLASS_NAMES: Readonly<Record<string, readonly string[]>> = {
  '207': ['文化体育与传媒支出'],
  '210': ['医疗卫生与计划生育支出', '医疗卫生支出'],
  '215': ['资源勘探信息等支出', '资源勘探电力信息等支出'],
  '220': ['国土海洋气象等支出', '国土资源气象等支出'],
};

/** Expenditure lines per 类 ("out.208") with the names of every catalogue year as aliases. */
export function budgetClassLines(): LineSchema[] {
  return T01_EXPENDITURE_CLASSES.map((code) => ({
    key: `out.${code}`,
    label: FUNCTIONAL_2024[code] ?? code,
    ...(FORMER_CLASS_NAMES[code] ? { aliases: FORMER_CLASS_NAMES[code] } : {}),
    side: 'expenditure' as const,
    kind: 'line' as const,
    code,
  }));
}

/** 合计 / 基本支出 / 项目支出 under one top header (支出预算, 一般公共预算支出 …). */
export function basicProjectColumns(top: string): ColumnSchema[] {
  return [
    { id: 'total', header: [top, '合计'], money: true },
    { id: 'basic', header: [top, '基本支出'], money: true },
    { id: 'project', header: [top, '项目支出'], money: true },
  ];
}

export const BUDGET_TOTAL_LINE: LineSchema = { key: 'total', label: '合计', kind: 'total', aliases: ['总计'] };

/** The line of 上年结转 as budgets print it (Shanghai prints none, Jiangsu 上年结转资金). */
export const CARRYOVER_ALIASES: readonly string[] = [
  '上年结转',
  '上年结转结余',
  '上年结转和结余',
  '上年结转资金',
  '上年结转和结余资金',
  '年初结转和结余',
];
export const CARRYOUT_ALIASES: readonly string[] = ['结转下年', '结转下年资金', '年末结转和结余'];
