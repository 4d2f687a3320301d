/** The results of comparing disclosures (app/compare.ts computes them; JSON as is, XLSX by ./xlsx.ts). */

export interface DocumentRef {
  readonly organisation: string;
  readonly region: string | null;
  readonly year: number;
  readonly kind: '决算' | '预算';
  readonly scope: '部门' | '单位';
  readonly version: number | null;
  readonly source: string;
}

/** One column of one line in both documents: the amounts (in A's table unit), B − A and (B − A) / A. */
export interface ComparedCell {
  readonly column: string;
  readonly columnLabel: string;
  /** Amounts as decimal text in the unit of A's table; null where the document has no figure. */
  readonly a: string | null;
  readonly b: string | null;
  readonly difference: string | null;
  /** "12.34%"; null when A is missing or zero. */
  readonly rate: string | null;
}

export interface ComparedLine {
  readonly key: string;
  readonly code: string | null;
  readonly label: string;
  /** Which documents print the line. */
  readonly in: 'both' | 'a' | 'b';
  readonly cells: readonly ComparedCell[];
}

export interface ComparedTable {
  readonly table: string;
  readonly title: string;
  readonly unit: string;
  readonly lines: readonly ComparedLine[];
}

export interface PairComparison {
  readonly a: DocumentRef;
  readonly b: DocumentRef;
  readonly tables: readonly ComparedTable[];
}

export const RANKING_FIGURES = [
  'threePublicGrowth',
  'basicShare',
  'projectShare',
  'executionRate',
  'threePublicExecution',
] as const;
export type RankingFigure = (typeof RANKING_FIGURES)[number];

export const RANKING_TITLES: Readonly<Record<RankingFigure, string>> = {
  threePublicGrowth: '“三公”经费比上年增长率',
  basicShare: '基本支出占比（一般公共预算财政拨款支出）',
  projectShare: '项目支出占比（一般公共预算财政拨款支出）',
  executionRate: '一般公共预算财政拨款支出预算执行率（决算数 ÷ 年初预算数）',
  threePublicExecution: '“三公”经费预算执行率（决算数 ÷ 预算数）',
};

export interface RankingEntry {
  readonly rank: number;
  readonly document: DocumentRef;
  /** The figure as a percentage ("12.34%"), and the two amounts it is made of (in 万元). */
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  /** Where the denominator came from (e.g. "上年决算", "情况说明所述上年数"). */
  readonly basis: string;
}

export interface Ranking {
  readonly figure: RankingFigure;
  readonly title: string;
  /** Highest first. */
  readonly entries: readonly RankingEntry[];
  /** Documents without the figure (no such table, no budget figure …), with why. */
  readonly missing: readonly { readonly document: DocumentRef; readonly reason: string }[];
}

export interface Rankings {
  readonly documents: number;
  readonly rankings: readonly Ranking[];
}
