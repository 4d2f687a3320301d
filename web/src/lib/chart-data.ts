import type { Cell, Disclosure, Row, Table, TableSchemaInfo } from '../api/types';

/** A cell's amount as a number for drawing only (never for checking: the checker works on exact decimals). */
export function amountOf(c: Cell | undefined): number | undefined {
  if (!c || c.value.kind !== 'amount') return undefined;
  return c.value.amount.minor / 10 ** c.value.amount.scale;
}

const table = (d: Disclosure, id: string): Table | undefined => d.tables.find((t) => t.id === id);
const isClass = (r: Row, digits: number) => r.kind === 'class' && r.code?.length === digits;

export interface Flow {
  readonly nodes: { name: string }[];
  readonly links: { source: string; target: string; value: number }[];
}

/**
 * Where the money came from and where it went: the income lines of 收入支出决算总表 (t01) flow into the year's
 * spending, which flows out to the functional classes (类) of 支出决算表 (t03).
 */
export function incomeToFunctions(d: Disclosure): Flow | undefined {
  const t01 = table(d, 't01');
  const t03 = table(d, 't03');
  if (!t01 || !t03) return undefined;
  const middle = '本年支出';
  const incomes = t01.rows
    .filter((r) => r.side === 'income' && r.kind === 'line')
    .map((r) => ({ name: r.label, value: amountOf(r.cells['in.amount']) ?? 0 }))
    .filter((x) => x.value > 0);
  const classes = t03.rows
    .filter((r) => isClass(r, 3))
    .map((r) => ({ name: `${r.code} ${r.label}`, value: amountOf(r.cells['total']) ?? 0 }))
    .filter((x) => x.value > 0);
  if (incomes.length === 0 || classes.length === 0) return undefined;
  return {
    nodes: [...incomes, { name: middle }, ...classes].map((x) => ({ name: x.name })),
    links: [
      ...incomes.map((x) => ({ source: x.name, target: middle, value: x.value })),
      ...classes.map((x) => ({ source: middle, target: x.name, value: x.value })),
    ],
  };
}

export interface TreeNode {
  readonly name: string;
  readonly value: number;
  readonly children?: TreeNode[];
}

/** Spending by function (类 → 款 → 项 by code prefix) from 支出决算表 (t03), else the first functional table. */
export function spendingTree(d: Disclosure, schemas: readonly TableSchemaInfo[]): TreeNode[] {
  const t = table(d, 't03') ?? d.tables.find((x) => schemas.find((s) => s.id === x.schema)?.rows === 'functional');
  if (!t) return [];
  const build = (prefix: string, digits: number): TreeNode[] =>
    t.rows
      .filter((r) => isClass(r, digits) && r.code!.startsWith(prefix))
      .map((r) => {
        const children = digits < 7 ? build(r.code!, digits + 2) : [];
        const node = { name: `${r.code} ${r.label}`, value: amountOf(r.cells['total']) ?? 0 };
        return children.length > 0 ? { ...node, children } : node;
      })
      .filter((n) => n.value > 0);
  return build('', 3);
}

export interface BudgetBar {
  readonly name: string;
  readonly budget: number;
  readonly actual: number;
  /** actual − budget */
  readonly deviation: number;
}

/**
 * 预算数 vs 决算数 for every row and item where a table prints both (columns `budget.X` and `actual.X`, e.g. 三公经费),
 * sorted by how far 决算 is from 预算.
 */
export function budgetVsActual(d: Disclosure, schemas: readonly TableSchemaInfo[]): BudgetBar[] {
  const out: BudgetBar[] = [];
  for (const t of d.tables) {
    const schema = schemas.find((s) => s.id === t.schema);
    for (const r of t.rows) {
      for (const [id, c] of Object.entries(r.cells)) {
        if (!id.startsWith('budget.')) continue;
        const actualId = `actual.${id.slice('budget.'.length)}`;
        const budget = amountOf(c);
        const actual = amountOf(r.cells[actualId]);
        if (budget === undefined || actual === undefined || (budget === 0 && actual === 0)) continue;
        const header = schema?.columns.find((x) => x.id === actualId)?.header ?? [id];
        const name = header.filter((h) => h !== '决算数' && h !== '小计').join('·') || r.label;
        out.push({ name, budget, actual, deviation: actual - budget });
      }
    }
  }
  return out.sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation));
}

/** 基本支出 vs 项目支出 per functional class (类) of 支出决算表 (t03). */
export function basicVsProject(d: Disclosure): { name: string; basic: number; project: number }[] {
  const t = table(d, 't03') ?? table(d, 't05');
  if (!t) return [];
  return t.rows
    .filter((r) => isClass(r, 3))
    .map((r) => ({
      name: r.label,
      basic: amountOf(r.cells['basic']) ?? 0,
      project: amountOf(r.cells['project']) ?? 0,
    }))
    .filter((x) => x.basic + x.project > 0);
}
