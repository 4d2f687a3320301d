import type { CellValue } from './cell.js';
import type { SourceRef } from './source.js';

/** One funds line of a 项目支出绩效自评表. */
export interface FundsLine {
  readonly initialBudget: CellValue; // 年初预算数
  readonly fullYearBudget: CellValue; // 全年预算数
  readonly executed: CellValue; // 全年执行数
  readonly weight: CellValue; // 分值
  readonly rate: CellValue; // 执行率
  readonly score: CellValue; // 得分
  readonly source?: SourceRef;
}

export interface Indicator {
  readonly level1: string; // 一级指标: 产出指标 / 效益指标 / 满意度指标 / 成本指标
  readonly level2: string; // 二级指标
  readonly level3: string; // 三级指标
  readonly target: CellValue; // 年度指标值
  readonly actual: CellValue; // 实际完成值
  readonly weight: CellValue; // 分值
  readonly score: CellValue; // 得分
  readonly deviation: string; // 偏差原因分析及改进措施
  readonly source?: SourceRef;
}

export interface PerformanceEvaluation {
  readonly projectName: string;
  readonly department?: string; // 主管部门
  readonly implementer?: string; // 实施单位
  readonly funds: {
    readonly total?: FundsLine; // 年度资金总额
    readonly fiscal?: FundsLine; // 其中：当年财政拨款
    readonly carryover?: FundsLine; // 上年结转资金
    readonly other?: FundsLine; // 其他资金
  };
  readonly goals: { readonly expected: string; readonly actual: string };
  readonly indicators: readonly Indicator[];
  readonly total: { readonly weight: CellValue; readonly score: CellValue; readonly source?: SourceRef };
  /** Title as printed ("项目支出绩效自评表", sometimes "项目支出绩效评表"). */
  readonly title: string;
  /** The narrative item that introduces this table ("1. 劳动维权工作经费项目绩效自评情况"), if any. */
  readonly narrativeHeading?: string;
  readonly source?: SourceRef;
}
