import { Decimal } from 'decimal.js';
import type { CellValue } from '../../model/cell.js';
import { toDecimal } from '../../model/money.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import { foldForMatching } from '../../model/concepts/text.js';

/** The number in a 绩效自评表 cell (amount, count or percentage digits); undefined when blank, "--" or text. */
export function num(v: CellValue | undefined): Decimal | undefined {
  if (!v) return undefined;
  if (v.kind === 'amount') return toDecimal(v.amount);
  if (v.kind === 'number' || v.kind === 'percent') return new Decimal(v.value);
  return undefined;
}

export function projectLocation(p: PerformanceEvaluation, source = p.source) {
  return { project: p.projectName, ...(source ? { source } : {}) };
}

const squash = foldForMatching;

/** The 绩效自评表 a narrative item names ("劳动维权工作经费项目绩效自评情况" → 劳动维权工作经费). */
export function findProject(list: readonly PerformanceEvaluation[], name: string): PerformanceEvaluation | undefined {
  const n = squash(name);
  return (
    list.find((p) => squash(p.projectName) === n) ??
    list.find((p) => squash(p.projectName) === `${n}项目`) ??
    list.find((p) => squash(p.projectName).startsWith(n) || n.startsWith(squash(p.projectName)))
  );
}
