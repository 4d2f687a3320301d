/**
 * How another disclosure relates to the one being checked:
 * - previous-year: the same organisation, kind and scope, one year earlier;
 * - same-year-budget: for a 决算, the same year's published 预算;
 * - previous-year-final: for a 预算, the previous year's 决算 (its actual figures and its 年初预算 columns);
 * - unit: for a 部门, one of its 单位 (all of them, or the comparison is not made).
 */
export type Relation = 'previous-year' | 'same-year-budget' | 'previous-year-final' | 'unit';

export const RELATION_ZH: Readonly<Record<Relation, string>> = {
  'previous-year': '上年同类公开',
  'same-year-budget': '同年度预算',
  'previous-year-final': '上年度决算',
  unit: '所属单位',
};

/** What a check compared against one related document, or that it was looked for and not found. */
export interface RelatedSummary {
  readonly relation: Relation;
  /** Organisation name of the related document (the expected one when absent). */
  readonly document: string;
  readonly year: number;
  readonly kind: '决算' | '预算';
  readonly version: number | null;
  readonly source: string | null;
  readonly claimsCompared: number;
  readonly mismatches: number;
  /** True when the related document was looked for and is not there. */
  readonly absent: boolean;
  /** A plain Chinese sentence of what was compared or what is missing. */
  readonly note: string;
}
