import type { CellValue } from '../model/cell.js';
import type { Amount } from '../model/money.js';
import type { PerformanceEvaluation } from '../model/performance.js';
import { ZERO2 } from './context.js';

/** The figures a 绩效自评 paragraph restates, read from the project's 自评表 (年度资金总额 line). */
export interface ProjectFigures {
  readonly budget: Amount; // 全年预算数
  readonly executed: Amount; // 全年执行数
  readonly carryover: Amount | undefined; // 上年结转资金 执行数, when printed
  readonly score: string | undefined; // 总分 得分
}

function amountOf(v: CellValue | undefined): Amount | undefined {
  if (v?.kind === 'amount') return v.amount;
  if (v?.kind === 'number' && /^-?\d+(\.\d+)?$/.test(v.value)) {
    const [i = '0', f = ''] = v.value.split('.');
    return { minor: Number(i + f), scale: f.length };
  }
  return undefined;
}

function textOf(v: CellValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'number' || v.kind === 'percent') return v.value;
  if (v.kind === 'amount') return String(v.amount.minor / 10 ** v.amount.scale);
  if (v.kind === 'text') return v.text;
  return undefined;
}

export function performanceFigures(p: PerformanceEvaluation): ProjectFigures {
  const line = p.funds.total ?? p.funds.fiscal;
  return {
    budget: amountOf(line?.fullYearBudget) ?? ZERO2,
    executed: amountOf(line?.executed) ?? ZERO2,
    carryover: amountOf(p.funds.carryover?.executed),
    score: textOf(p.total.score),
  };
}

/** "劳动维权工作经费项目绩效自评情况"; a name that already ends in 项目 is not doubled. */
export function projectHeading(p: PerformanceEvaluation): string {
  return `${p.projectName}${p.projectName.endsWith('项目') ? '' : '项目'}绩效自评情况`;
}
