import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { fmt } from '../figures.js';
import { evaluateFormula, evaluateSums, type EvaluateOptions, type FormulaOutcome } from '../formula/evaluate.js';
import type { Relation } from '../formula/parse.js';
import type { CellRef } from '../claims/types.js';
import type { Formula } from '../formula/parse.js';
import { cachedFormula } from '../formula/cache.js';
import { cellLocation } from '../locate.js';
import type { Report } from '../types.js';

/** Messages shared by the rules that judge identities (sums, cross-table equalities, formulas). */
export const IDENTITY_MESSAGES = {
  mismatch: '{{what}}，但前者为 {{left}}、后者为 {{right}}，相差 {{diff}}，尾数四舍五入无法解释，请核对',
  rounding: '{{what}}，前者为 {{left}}、后者为 {{right}}，相差 {{diff}}，在尾数四舍五入误差范围内',
} as const;

/** Parses a formula, through a bounded cache (formulas built from a document's rows repeat between checks). */
export function formula(text: string): Formula {
  return cachedFormula(text);
}

/**
 * Judges one identity written as a formula; reports at the first cell of the left side, with the other cells as
 * related locations. Nothing when it holds exactly or cannot be judged on this document.
 */
export function identity(
  doc: Disclosure,
  text: string,
  what: string | (() => string),
  options: EvaluateOptions = {},
): Report | undefined {
  return judge(doc, text, what, options).report;
}

/** Like `identity`, and also the outcome (to say why a formula could not be judged). */
export function judge(
  doc: Disclosure,
  text: string,
  what: string | (() => string),
  options: EvaluateOptions = {},
): { readonly outcome: FormulaOutcome; readonly report: Report | undefined } {
  const f = formula(text);
  const outcome = evaluateFormula(doc, f, options);
  return { outcome, report: report(doc, outcome, () => f.text, what) };
}

const cellText = (c: CellRef) => `${c.table}[${c.rowKey}].${c.column}`;

/**
 * Σ left ⋈ Σ right over cells: the identities the rules generate for every row and column, judged without
 * building formula text (it is written only for a report).
 */
export function sums(
  doc: Disclosure,
  left: readonly CellRef[],
  relation: Relation,
  right: readonly CellRef[],
  what: () => string,
  options: EvaluateOptions = {},
): Report | undefined {
  const text = () => `${sumText(left.map(cellText))} ${relation} ${sumText(right.map(cellText))}`;
  const o = evaluateSums(doc, left, relation, right, options);
  if (!o) return identity(doc, text(), what, options);
  return report(doc, o, text, what);
}

function report(
  doc: Disclosure,
  o: FormulaOutcome,
  textOf: () => string,
  whatArg: string | (() => string),
): Report | undefined {
  if (o.status === 'ok' || o.status === 'skip' || !o.left || !o.right) return undefined;
  const text = textOf(); // written only for a report: most identities hold
  const what = typeof whatArg === 'string' ? whatArg : whatArg();
  const [first, ...rest] = o.cells;
  const diff = o.left.point.minus(o.right.point).abs();
  return {
    messageId: o.status === 'violated' ? 'mismatch' : 'rounding',
    certainty: o.status === 'violated' ? 'certain' : 'rounding',
    data: { what, left: fmt(o.left.point), right: fmt(o.right.point), diff: fmt(diff), formula: text },
    locations: first ? [cellLocation(doc, first)] : [],
    related: rest.slice(0, 12).map((c) => cellLocation(doc, c)),
    expected: fmt(o.right.point),
    actual: fmt(o.left.point),
    extra: { formula: text },
  };
}

export function compact<T>(items: ReadonlyArray<T | undefined>): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/** "t06[301]" reference text for a row key (keys are codes or schema line keys, never brackets). */
export function ref(table: Table, rowKey: string, column?: string): string {
  return `${table.id}[${rowKey}]${column ? `.${column}` : ''}`;
}

export function sumText(parts: readonly string[]): string {
  return parts.length === 0 ? '0' : parts.join(' + ');
}

export function isZero(d: Decimal): boolean {
  return d.isZero();
}
