import type { SourceRef } from '../../model/source.js';
import type { TableId } from '../../model/table.js';
import type { Figure } from '../figures.js';

/** A table cell a sentence talks about. */
export interface CellRef {
  readonly table: TableId;
  readonly rowKey: string;
  readonly column: string;
}

/** Where a claim was read: the section path, the sentence and the paragraph's printed position. */
export interface ClaimSite {
  readonly sectionPath: readonly string[];
  readonly sentence: string;
  /** The sentence as printed, when it differs (full-width figures): what a finding's location quotes. */
  readonly printed?: string;
  readonly source?: SourceRef;
}

interface Base {
  readonly site: ClaimSite;
}

/** "财政拨款收入 1477.46 万元" — an amount of a named line or classification item. */
export interface AmountClaim extends Base {
  readonly kind: 'amount';
  readonly label: string;
  readonly figure: Figure;
  /** The unit the figure was printed in (万元, 元, 亿元); cells are compared in it. */
  readonly unit?: string;
  readonly cell?: CellRef;
  /**
   * What the figure is the amount of, read from the words whether or not a table holds it: a cell's key, a
   * 功能分类 item ("item:款/项") or class. Two amounts with one subject state the same quantity.
   */
  readonly subject?: string;
}

/** "占 99.91%" — a share of a part in a whole. */
export interface ShareClaim extends Base {
  readonly kind: 'share';
  readonly percent: Figure;
  readonly hasSign: boolean;
  readonly part?: Figure;
  /** The unit the part was printed in. */
  readonly unit?: string;
  readonly partCell?: CellRef;
  readonly wholeLabel?: string;
  readonly wholeCell?: CellRef;
}

/** "年初预算为 B 万元，支出决算为 A 万元，完成年初预算的 R%". */
export interface ExecutionClaim extends Base {
  readonly kind: 'execution';
  readonly budget: Figure;
  readonly actual: Figure;
  readonly rate?: Figure;
  readonly rateHasSign: boolean;
  /** The cell of the actual amount, when the sentence's subject is a table line. */
  readonly cell?: CellRef;
}

/** "决算数大于预算数" — a comparison word, judged on the execution claim before it. */
export interface ComparisonClaim extends Base {
  readonly kind: 'comparison';
  readonly word: '大于' | '小于' | '等于';
  readonly left: 'budget' | 'actual';
  readonly right: 'budget' | 'actual';
  readonly execution?: ExecutionClaim;
}

/** "比上年增加 Y 万元，增长 Z%" — a year-on-year change of a current figure X. */
export interface ChangeClaim extends Base {
  readonly kind: 'change';
  readonly current?: Figure;
  readonly currentCell?: CellRef;
  /** What changed (the subject key of the current figure or of the name before the change, as AmountClaim's). */
  readonly subject?: string;
  /** 增加 / 减少 / 持平 (or 增长 / 下降 when only a rate is stated). */
  readonly word: string;
  /** What it is measured against, normalised by `changeBasis` ("2023年决算", "2022年执行", "2024年预算"). */
  readonly basis?: string;
  readonly amount?: Figure;
  readonly rateWord?: string;
  readonly rate?: Figure;
  readonly rateHasSign: boolean;
  /**
   * The previous-year figure the change implies (X − Y after an increase, X + Y after a decrease), kept so a
   * check against last year's stored disclosure can use it. Absent when X or Y is unknown or the words conflict.
   */
  readonly previous?: string;
  /** A previous figure the sentence states itself ("2022年当年预算执行数为1.48万元，…比2022年预算执行数增加77.70%"). */
  readonly statedPrevious?: Figure;
  /** The unit the current figure and the change were printed in. */
  readonly unit?: string;
}

/** "公务用车保有量为 2 辆" — a count that a table states. */
export interface CountClaim extends Base {
  readonly kind: 'count';
  readonly label: string;
  readonly figure: Figure;
  readonly cell?: CellRef;
}

/** "对 13 个项目开展了绩效自评，涉及资金 557.22 万元". */
export interface ProjectCountClaim extends Base {
  readonly kind: 'project-count';
  readonly count: Figure;
  readonly funds?: Figure;
}

/** The figures a 项目绩效自评情况 item repeats from its 绩效自评表. */
export interface ProjectClaim extends Base {
  readonly kind: 'project';
  readonly name: string;
  readonly score?: Figure;
  readonly budget?: Figure;
  readonly executed?: Figure;
  readonly rate?: Figure;
  readonly rateHasSign: boolean;
}

export type Claim =
  | AmountClaim
  | ShareClaim
  | ExecutionClaim
  | ComparisonClaim
  | ChangeClaim
  | CountClaim
  | ProjectCountClaim
  | ProjectClaim;
