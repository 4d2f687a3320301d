/**
 * 人员经费 and 公用经费: which 经济分类 classes make up each. The one definition read by the Excel template
 * (its formulas), the importers, the writer, the checker and the renderers, so that a figure one side accepts the
 * others accept too.
 *
 * The rule (部门预算支出经济分类科目 2024, as the 基本支出 tables use it):
 * - 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助;
 * - 公用经费 = the other classes of basic expenditure: 302 商品和服务支出, 307 债务利息及费用支出,
 *   309 资本性支出（基本建设）, 310 资本性支出, 311 对企业补助（基本建设）, 312 对企业补助,
 *   313 对社会保障基金补助, 399 其他支出 — each counted where present.
 */

export type StaffCostKind = 'personnel' | 'public';

/** 人员经费 classes (工资福利支出, 对个人和家庭的补助). */
export const PERSONNEL_CLASSES: readonly string[] = ['301', '303'];

/** 公用经费 classes: every other class of basic expenditure. */
export const PUBLIC_CLASSES: readonly string[] = ['302', '307', '309', '310', '311', '312', '313', '399'];

/**
 * The part of basic expenditure an 经济分类 code (类 301 or 款 30101) belongs to, by its 类; undefined for a code
 * that is no 2024 class of basic expenditure.
 */
export function staffCostKind(code: string): StaffCostKind | undefined {
  const cls = code.slice(0, 3);
  if (PERSONNEL_CLASSES.includes(cls)) return 'personnel';
  if (PUBLIC_CLASSES.includes(cls)) return 'public';
  return undefined;
}

/**
 * 机关运行经费 (t10, 机关运行经费支出情况表): the 公用经费 classes that pay for running an office — 302 商品和服务支出
 * in detail, and 307, 310, 312, 399 as classes. Not the 基本建设 classes (309, 311) nor 313.
 */
export const ADMIN_COST_CLASSES: readonly string[] = ['302', '307', '310', '312', '399'];

/** The class whose 款 the 机关运行经费 template lists one by one. */
export const ADMIN_COST_DETAILED_CLASS = '302';
