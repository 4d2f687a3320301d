/**
 * The cross-table identities of DOMAIN.md, written in the audit-formula language (docs/formulas.md).
 * Per-row identities (t01 类 = t03 类, t04 类 = t05 类, t05 ≤ t03) are generated in cross-table-identities.ts.
 */
import type { DocumentKind } from '../../model/identity.js';

export interface NamedFormula {
  readonly id: string;
  /** Chinese: what must hold. */
  readonly what: string;
  readonly expr: string;
  /** The document kinds it holds for (default: both; tables by role, so most identities hold for both). */
  readonly kinds?: readonly DocumentKind[];
}

/**
 * The 预算's own identities (docs/budget.md), by table role: a line a layout does not print makes its formula
 * skip (上年结转 lines are optional: not printed means none).
 */
const B = ['预算'] as const;
const BUDGET_IDENTITIES: readonly NamedFormula[] = [
  {
    id: 'b-t01-fiscal-vs-t02',
    what: '财务收支预算总表“财政拨款收入”应等于收入预算总表合计“财政拨款收入”',
    expr: 't01[in.fiscal] = t02[合计].fiscal',
    kinds: B,
  },
  {
    id: 'b-t01-income-vs-t02',
    what: '财务收支预算总表收入总计（不含上年结转）应等于收入预算总表“合计”',
    expr: 't01[in.grand] - t01[in.carryover] = t02[合计].total',
    kinds: B,
  },
  {
    id: 'b-t01-expenditure-vs-t03',
    what: '财务收支预算总表支出总计（不含结转下年）应等于支出预算总表“合计”',
    expr: 't01[out.grand] - t01[out.carryover] = t03[合计].total',
    kinds: B,
  },
  {
    id: 'b-t01-fiscal-vs-t04',
    what: '财务收支预算总表“财政拨款收入”应等于财政拨款收支预算总表本年财政拨款收入',
    expr: 't01[in.fiscal] = t04[in.grand] - t04[in.carryover]',
    kinds: B,
  },
  {
    id: 'b-t01-fiscal-vs-t04-total',
    what: '收支预算总表“财政拨款”收入应等于财政拨款收支预算总表“收入合计”',
    expr: 't01[in.fiscal] = t04[in.total]',
    kinds: B,
  },
  {
    id: 'b-t04-gpb-vs-t01',
    what: '财政拨款收支预算总表“一般公共预算”收入应等于财务收支预算总表同名收入',
    expr: 't04[in.gpb] = t01[in.gpb]',
    kinds: B,
  },
  {
    id: 'b-t04-govfund-vs-t01',
    what: '财政拨款收支预算总表“政府性基金”收入应等于财务收支预算总表同名收入',
    expr: 't04[in.govfund] = t01[in.govfund]',
    kinds: B,
  },
  {
    id: 'b-t04-soe-vs-t01',
    what: '财政拨款收支预算总表“国有资本经营预算”收入应等于财务收支预算总表同名收入',
    expr: 't04[in.soe] = t01[in.soe]',
    kinds: B,
  },
  {
    id: 'b-t04-gpb-vs-t05',
    what: '财政拨款收支预算总表支出总计（一般公共预算栏）应等于一般公共预算支出功能分类预算表“合计”',
    expr: 't04[out.grand].out.gpb - t04[out.carryover].out.gpb = t05[合计].total',
    kinds: B,
  },
  {
    id: 'b-t04-govfund-vs-t07',
    what: '财政拨款收支预算总表支出总计（政府性基金预算栏）应等于政府性基金预算支出功能分类预算表“合计”',
    expr: 't04[out.grand].out.govfund - t04[out.carryover].out.govfund = t07[合计].total',
    kinds: B,
  },
  {
    id: 'b-t04-soe-vs-t08',
    what: '财政拨款收支预算总表支出总计（国有资本经营预算栏）应等于国有资本经营预算支出功能分类预算表“合计”',
    expr: 't04[out.grand].out.soe - t04[out.carryover].out.soe = t08[合计].total',
    kinds: B,
  },
  {
    id: 'b-t01-gpb-vs-t05',
    what: '收支总表“一般公共预算”收入应等于一般公共预算支出预算表“合计”',
    expr: 't01[in.gpb] = t05[合计].total',
    kinds: B,
  },
  {
    id: 'b-t05-basic-vs-t06',
    what: '一般公共预算支出功能分类预算表合计“基本支出”应等于一般公共预算基本支出经济分类预算表“合计”',
    expr: 't05[合计].basic = t06[合计].total',
    kinds: B,
  },
  {
    id: 'b-f05-vs-t05-t07',
    what: '财政拨款支出预算表“合计”应等于一般公共预算支出预算表与政府性基金支出预算表“合计”之和',
    expr: 'f05[合计] = t05[合计] + t07[合计]',
    kinds: B,
  },
  {
    id: 'b-f05-vs-t04',
    what: '财政拨款支出预算表“合计”应等于财政拨款收支预算总表“支出合计”',
    expr: 'f05[合计] = t04[out.total]',
    kinds: B,
  },
  {
    id: 'b-f06-vs-t04',
    what: '财政拨款基本支出预算表“合计”应等于财政拨款收支预算总表“基本支出”',
    expr: 'f06[合计] = t04[out.basic]',
    kinds: B,
  },
  {
    id: 'b-f06-vs-t06',
    what: '财政拨款基本支出预算表“合计”应不小于一般公共预算基本支出预算表“合计”',
    expr: 'f06[合计] >= t06[合计]',
    kinds: B,
  },
  {
    id: 'b-b03-vs-t01',
    what: '支出预算总表“合计”应等于收支预算总表“当年支出小计”',
    expr: 'b03[main].total = t01[out.total]',
    kinds: B,
  },
  {
    id: 'b-b03-basic-vs-t01',
    what: '支出预算总表“基本支出”应等于收支预算总表支出用途“基本支出”',
    expr: 'b03[main].basic = t01[out.basic].out.use',
    kinds: B,
  },
  {
    id: 'b-b02-vs-t01',
    what: '收入预算总表“收入总计”应等于收支预算总表“收入合计”',
    expr: 'b02[grand] = t01[in.grand]',
    kinds: B,
  },
  {
    id: 'b-t09-operation-vs-t06',
    what: '机关运行经费预算应不大于一般公共预算基本支出经济分类预算表“公用经费”合计',
    expr: 't09[main].operation <= t06[合计].public',
    kinds: B,
  },
  {
    id: 'b-t09-reception-vs-t06',
    what: '“三公”经费预算公务接待费应不小于基本支出预算表 30217 公务接待费',
    expr: 't09[main].budget.reception >= t06[30217]',
    kinds: B,
  },
  {
    id: 'b-t09-car-run-vs-t06',
    what: '“三公”经费预算公务用车运行维护费应不小于基本支出预算表 30231 公务用车运行维护费',
    expr: 't09[main].budget.carRun >= t06[30231]',
    kinds: B,
  },
  {
    id: 'b-t09-abroad-vs-t06',
    what: '“三公”经费预算因公出国（境）费应不小于基本支出预算表 30212 因公出国（境）费用',
    expr: 't09[main].budget.abroad >= t06[30212]',
    kinds: B,
  },
  {
    id: 'b-t09-grand',
    what: '“三公”经费、会议费、培训费支出预算表“合计”应等于“三公”经费小计、会议费与培训费之和',
    expr: 't09[main].grand = t09[main].budget.total + t09[main].meeting + t09[main].training',
    kinds: B,
  },
];

/** Written with the 决算's table names; the 预算's own follow (BUDGET_IDENTITIES). */
const A = ['决算'] as const;

export const CROSS_IDENTITIES: readonly NamedFormula[] = [
  {
    id: 't05-basic-vs-t06',
    what: '一般公共预算财政拨款支出决算表合计“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和',
    expr: 't05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]',
    kinds: A,
  },
  {
    id: 't01-income-vs-t02',
    what: '收入支出决算总表三项财政拨款收入之和应等于收入决算表合计“财政拨款收入”',
    expr: 't01[in.gpb] + t01[in.govfund] + t01[in.soe] = t02[合计].财政拨款收入',
    kinds: A,
  },
  {
    id: 't01-superior-vs-t02',
    what: '收入支出决算总表“上级补助收入”应等于收入决算表合计“上级补助收入”',
    expr: 't01[in.superior] = t02[合计].上级补助收入',
    kinds: A,
  },
  {
    id: 't01-business-vs-t02',
    what: '收入支出决算总表“事业收入”应等于收入决算表合计“事业收入”',
    expr: 't01[in.business] = t02[合计].事业收入',
    kinds: A,
  },
  {
    id: 't01-operating-vs-t02',
    what: '收入支出决算总表“经营收入”应等于收入决算表合计“经营收入”',
    expr: 't01[in.operating] = t02[合计].经营收入',
    kinds: A,
  },
  {
    id: 't01-subsidiary-vs-t02',
    what: '收入支出决算总表“附属单位上缴收入”应等于收入决算表合计“附属单位上缴收入”',
    expr: 't01[in.subsidiary] = t02[合计].附属单位上缴收入',
    kinds: A,
  },
  {
    id: 't01-other-vs-t02',
    what: '收入支出决算总表“其他收入”应等于收入决算表合计“其他收入”',
    expr: 't01[in.other] = t02[合计].其他收入',
    kinds: A,
  },
  {
    id: 't01-income-total-vs-t02',
    what: '收入支出决算总表“本年收入合计”应等于收入决算表“合计”',
    expr: 't01[in.total] = t02[合计].本年收入合计',
    kinds: A,
  },
  {
    id: 't01-expenditure-total-vs-t03',
    what: '收入支出决算总表“本年支出合计”应等于支出决算表“合计”',
    expr: 't01[out.total] = t03[合计].本年支出合计',
    kinds: A,
  },
  {
    id: 't04-gpb-vs-t01',
    what: '财政拨款收入支出决算总表“一般公共预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.gpb] = t01[in.gpb]',
    kinds: A,
  },
  {
    id: 't04-govfund-vs-t01',
    what: '财政拨款收入支出决算总表“政府性基金预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.govfund] = t01[in.govfund]',
    kinds: A,
  },
  {
    id: 't04-soe-vs-t01',
    what: '财政拨款收入支出决算总表“国有资本经营预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.soe] = t01[in.soe]',
    kinds: A,
  },
  {
    id: 't02-fiscal-vs-t04',
    what: '收入决算表合计“财政拨款收入”应等于财政拨款收入支出决算总表“本年收入合计”',
    expr: 't02[合计].财政拨款收入 = t04[in.total]',
    kinds: A,
  },
  {
    id: 't04-gpb-vs-t05',
    what: '财政拨款收入支出决算总表本年支出合计（一般公共预算财政拨款栏）应等于一般公共预算财政拨款支出决算表“合计”',
    expr: 't04[out.total].out.gpb = t05[合计].total',
    kinds: A,
  },
  {
    id: 't07-vs-t04',
    what: '政府性基金预算财政拨款收入支出决算表本年支出合计应等于财政拨款收入支出决算总表政府性基金栏本年支出合计',
    expr: 't07[合计].total = t04[out.total].out.govfund',
    kinds: A,
  },
  {
    id: 't08-vs-t04',
    what: '国有资本经营预算财政拨款支出决算表本年支出合计应等于财政拨款收入支出决算总表国有资本经营栏本年支出合计',
    expr: 't08[合计].total = t04[out.total].out.soe',
    kinds: A,
  },
  {
    id: 't10-vs-t06',
    what: '机关运行经费合计应不大于基本支出决算表公用经费合计',
    expr: 't10[合计] <= t06[公用经费合计]',
    kinds: A,
  },
  {
    id: 't09-abroad-vs-t06',
    what: '“三公”经费决算因公出国（境）费用应不小于基本支出决算表 30212 因公出国（境）费用',
    expr: 't09[main].actual.abroad >= t06[30212]',
    kinds: A,
  },
  {
    id: 't09-reception-vs-t06',
    what: '“三公”经费决算公务接待费应不小于基本支出决算表 30217 公务接待费',
    expr: 't09[main].actual.reception >= t06[30217]',
    kinds: A,
  },
  {
    id: 't09-car-run-vs-t06',
    what: '“三公”经费决算公务用车运行维护费应不小于基本支出决算表 30231 公务用车运行维护费',
    expr: 't09[main].actual.carRun >= t06[30231]',
    kinds: A,
  },
  {
    id: 't09-car-purchase-vs-t06',
    what: '“三公”经费决算公务用车购置费应不小于基本支出决算表 31013 公务用车购置',
    expr: 't09[main].actual.carPurchase >= t06[31013]',
    kinds: A,
  },
  ...BUDGET_IDENTITIES,
];
