import { ECONOMIC_2024 } from '../model/catalog/economic.js';
import { staffCostKind } from '../model/concepts/staff-costs.js';
import { FUNCTIONAL_2024 } from '../model/catalog/functional.js';
import type { Amount } from '../model/money.js';
import { classRows } from '../model/query.js';
import type { Row } from '../model/table.js';
import { closeSentence, sum, ZERO2, type WriterContext } from './context.js';
import { isZero, money, shares } from './numbers.js';

/** The figures the narrative states, read from the tables (one place, both layouts). */

export interface Part {
  readonly label: string;
  readonly amount: Amount;
}

/** 本年收入 by source (t02 合计 row, else t01 income lines), non-zero only. */
export function incomeParts(ctx: WriterContext): Part[] {
  const t02 = ctx.table('t02');
  const cols: [string, string, string][] = [
    ['fiscal', '财政拨款收入', ''],
    ['superior', '上级补助收入', 'in.superior'],
    ['business', '事业收入', 'in.business'],
    ['operating', '经营收入', 'in.operating'],
    ['subsidiary', '附属单位上缴收入', 'in.subsidiary'],
    ['other', '其他收入', 'in.other'],
  ];
  return cols
    .map(([col, label, line]) => {
      let amount = t02 ? ctx.amount('t02', 'total', col) : ZERO2;
      if (!t02) {
        amount =
          col === 'fiscal'
            ? sum(['in.gpb', 'in.govfund', 'in.soe'].map((k) => ctx.amount('t01', k, 'in.amount')))
            : ctx.amount('t01', line, 'in.amount');
      }
      return { label, amount };
    })
    .filter((p) => !isZero(p.amount));
}

/** 本年支出 by kind (t03 合计 row), non-zero only. */
export function expenditureParts(ctx: WriterContext): Part[] {
  const cols: [string, string][] = [
    ['basic', '基本支出'],
    ['project', '项目支出'],
    ['remit', '上缴上级支出'],
    ['operating', '经营支出'],
    ['subsidy', '对附属单位补助支出'],
  ];
  return cols
    .map(([col, label]) => ({ label, amount: ctx.amount('t03', 'total', col) }))
    .filter((p) => !isZero(p.amount));
}

export function incomeTotal(ctx: WriterContext): Amount {
  return ctx.has('t01', 'in.total') ? ctx.amount('t01', 'in.total', 'in.amount') : ctx.amount('t02', 'total', 'total');
}

export function expenditureTotal(ctx: WriterContext): Amount {
  return ctx.has('t01', 'out.total')
    ? ctx.amount('t01', 'out.total', 'out.amount')
    : ctx.amount('t03', 'total', 'total');
}

export function grandTotal(ctx: WriterContext): Amount {
  return ctx.amount('t01', 'out.grand', 'out.amount');
}

export function fiscalGrandTotal(ctx: WriterContext): Amount {
  return ctx.amount('t04', 'out.grand', 'out.total');
}

/** 一般公共预算财政拨款支出 (t05 合计). */
export function gpbTotal(ctx: WriterContext): Amount {
  return ctx.amount('t05', 'total', 'total');
}

export function gpbBasic(ctx: WriterContext): Amount {
  return ctx.amount('t05', 'total', 'basic');
}

/** The 类 of t05 with their totals (non-zero), in printed order. */
export function gpbClasses(ctx: WriterContext): Part[] {
  return classRows(ctx.table('t05'))
    .filter((r) => r.code?.length === 3)
    .map((r) => ({ label: r.label || (FUNCTIONAL_2024[r.code ?? ''] ?? ''), amount: cellAmount(r, 'total') }))
    .filter((p) => !isZero(p.amount));
}

export interface BudgetItem {
  readonly code: string;
  readonly classCode: string;
  readonly className: string;
  readonly sectionName: string; // 款
  readonly name: string; // 项
  readonly budget: Amount;
  readonly actual: Amount;
}

/**
 * The 项 of 一般公共预算财政拨款支出 with their 年初预算 and 支出决算: every 项 of t05 with an amount, plus every 项
 * that had a budget and no spending, in code order within their 类 as t05 prints them.
 */
export function budgetItems(ctx: WriterContext, tableId: 't05' | 't07' | 't08' = 't05'): BudgetItem[] {
  const rows = classRows(ctx.table(tableId));
  const names = new Map<string, string>();
  for (const r of rows) if (r.code) names.set(r.code, r.label);
  const nameOf = (code: string) => names.get(code) ?? FUNCTIONAL_2024[code] ?? code;
  const budgets = budgetMap(ctx, tableId);
  const items = new Map<string, Amount>();
  for (const r of rows) {
    if (r.code?.length === 7) {
      const a = cellAmount(r, 'total');
      if (!isZero(a) || budgets[r.code] !== undefined) items.set(r.code, a);
    }
  }
  if (tableId === 't05') {
    for (const [code, b] of Object.entries(budgets)) if (!items.has(code) && !isZero(b)) items.set(code, ZERO2);
  }
  const order = new Map(rows.map((r, i) => [r.code ?? '', i]));
  const codes = [...items.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
  return codes.map((code) => ({
    code,
    classCode: code.slice(0, 3),
    className: nameOf(code.slice(0, 3)),
    sectionName: nameOf(code.slice(0, 5)),
    name: nameOf(code),
    budget: budgets[code] ?? ZERO2,
    actual: items.get(code) ?? ZERO2,
  }));
}

/**
 * The 年初预算 of one table's 项. One map serves every fund: a code printed in t07 or t08 belongs to that fund
 * table, every other code to 一般公共预算 (t05).
 */
function budgetMap(ctx: WriterContext, tableId: 't05' | 't07' | 't08'): Record<string, Amount> {
  const all = ctx.input.budget?.items ?? {};
  const codesOf = (id: 't07' | 't08') => new Set(classRows(ctx.table(id)).map((r) => r.code ?? ''));
  if (tableId !== 't05') {
    const own = codesOf(tableId);
    return Object.fromEntries(Object.entries(all).filter(([code]) => own.has(code)));
  }
  const funds = new Set([...codesOf('t07'), ...codesOf('t08')]);
  return Object.fromEntries(Object.entries(all).filter(([code]) => !funds.has(code)));
}

/** The total 年初预算 of 一般公共预算财政拨款支出: as stated, else Σ of its items. */
export function budgetTotal(ctx: WriterContext): Amount | undefined {
  const b = ctx.input.budget;
  if (!b) return undefined;
  return b.total ?? sum(Object.values(budgetMap(ctx, 't05')));
}

/** Whether a 项 of a fund table has a 年初预算 in the input. */
export function hasItemBudget(ctx: WriterContext, code: string): boolean {
  return ctx.input.budget?.items[code] !== undefined;
}

export function cellAmount(row: Row | undefined, column: string): Amount {
  const v = row?.cells[column]?.value;
  return v?.kind === 'amount' ? v.amount : ZERO2;
}

/** 人员经费 / 公用经费 and the names of their non-zero 款 (t06). */
export function basicBreakdown(ctx: WriterContext): {
  personnel: Amount;
  publicFunds: Amount;
  personnelItems: string[];
  publicItems: string[];
} {
  const t06 = ctx.table('t06');
  const rows = classRows(t06).filter((r) => r.code?.length === 5 && !isZero(cellAmount(r, 'amount')));
  const label = (r: Row) => r.label || (ECONOMIC_2024[r.code ?? ''] ?? '');
  const itemsOf = (kind: string) => rows.filter((r) => staffCostKind(r.code ?? '') === kind).map(label);
  return {
    personnel: ctx.amount('t06', 'personnel', 'amount'),
    publicFunds: ctx.amount('t06', 'public', 'amount'),
    personnelItems: itemsOf('personnel'),
    publicItems: itemsOf('public'),
  };
}

/** 机关运行经费 this year: t10 合计, else the input's figure. */
export function adminCost(ctx: WriterContext): Amount | undefined {
  if (ctx.table('t10')) return ctx.amount('t10', 'total', 'amount');
  return ctx.input.adminCost;
}

/** 政府采购 figures: t11 where the layout has it, else the input's facts. */
export function procurement(
  ctx: WriterContext,
): Required<
  Pick<NonNullable<WriterContext['input']['procurement']>, 'total' | 'goods' | 'works' | 'services' | 'sme' | 'small'>
> {
  const p = ctx.input.procurement ?? {};
  if (ctx.table('t11')) {
    const a = (k: string) => ctx.amount('t11', k, 'amount');
    return {
      total: a('total'),
      goods: a('goods'),
      works: a('works'),
      services: a('services'),
      sme: a('sme'),
      small: a('small'),
    };
  }
  return {
    total: p.total ?? ZERO2,
    goods: p.goods ?? ZERO2,
    works: p.works ?? ZERO2,
    services: p.services ?? ZERO2,
    sme: p.sme ?? ZERO2,
    small: p.small ?? ZERO2,
  };
}

/** "本年收入合计 X 万元，其中：A Y 万元，占 P%；…" — the structure sentence both layouts write. */
export function structureSentence(subject: string, whole: Amount, parts: readonly Part[], unit: string): string {
  const pct = shares(
    parts.map((p) => p.amount),
    whole,
  );
  const list = parts.map((p, i) => `${p.label} ${money(p.amount)} ${unit}，占 ${pct[i]}%`).join('；');
  return closeSentence(`${subject} ${money(whole)} ${unit}${list ? `，其中：${list}` : ''}`);
}
