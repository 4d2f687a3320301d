/**
 * The cross-table identities of DOMAIN.md, written in the audit-formula language (docs/formulas.md).
 * Per-row identities (t01 类 = t03 类, t04 类 = t05 类, t05 ≤ t03) are generated in cross-table-identities.ts.
 */
export interface NamedFormula {
  readonly id: string;
  /** Chinese: what must hold. */
  readonly what: string;
  readonly expr: string;
}

export const CROSS_IDENTITIES: readonly NamedFormula[] = [
  {
    id: 't05-basic-vs-t06',
    what: '一般公共预算财政拨款支出决算表合计“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和',
    expr: 't05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]',
  },
  {
    id: 't01-income-vs-t02',
    what: '收入支出决算总表三项财政拨款收入之和应等于收入决算表合计“财政拨款收入”',
    expr: 't01[in.gpb] + t01[in.govfund] + t01[in.soe] = t02[合计].财政拨款收入',
  },
  {
    id: 't01-superior-vs-t02',
    what: '收入支出决算总表“上级补助收入”应等于收入决算表合计“上级补助收入”',
    expr: 't01[in.superior] = t02[合计].上级补助收入',
  },
  {
    id: 't01-business-vs-t02',
    what: '收入支出决算总表“事业收入”应等于收入决算表合计“事业收入”',
    expr: 't01[in.business] = t02[合计].事业收入',
  },
  {
    id: 't01-operating-vs-t02',
    what: '收入支出决算总表“经营收入”应等于收入决算表合计“经营收入”',
    expr: 't01[in.operating] = t02[合计].经营收入',
  },
  {
    id: 't01-subsidiary-vs-t02',
    what: '收入支出决算总表“附属单位上缴收入”应等于收入决算表合计“附属单位上缴收入”',
    expr: 't01[in.subsidiary] = t02[合计].附属单位上缴收入',
  },
  {
    id: 't01-other-vs-t02',
    what: '收入支出决算总表“其他收入”应等于收入决算表合计“其他收入”',
    expr: 't01[in.other] = t02[合计].其他收入',
  },
  {
    id: 't01-income-total-vs-t02',
    what: '收入支出决算总表“本年收入合计”应等于收入决算表“合计”',
    expr: 't01[in.total] = t02[合计].本年收入合计',
  },
  {
    id: 't01-expenditure-total-vs-t03',
    what: '收入支出决算总表“本年支出合计”应等于支出决算表“合计”',
    expr: 't01[out.total] = t03[合计].本年支出合计',
  },
  {
    id: 't04-gpb-vs-t01',
    what: '财政拨款收入支出决算总表“一般公共预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.gpb] = t01[in.gpb]',
  },
  {
    id: 't04-govfund-vs-t01',
    what: '财政拨款收入支出决算总表“政府性基金预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.govfund] = t01[in.govfund]',
  },
  {
    id: 't04-soe-vs-t01',
    what: '财政拨款收入支出决算总表“国有资本经营预算财政拨款”收入应等于收入支出决算总表同名收入',
    expr: 't04[in.soe] = t01[in.soe]',
  },
  {
    id: 't02-fiscal-vs-t04',
    what: '收入决算表合计“财政拨款收入”应等于财政拨款收入支出决算总表“本年收入合计”',
    expr: 't02[合计].财政拨款收入 = t04[in.total]',
  },
  {
    id: 't04-gpb-vs-t05',
    what: '财政拨款收入支出决算总表本年支出合计（一般公共预算财政拨款栏）应等于一般公共预算财政拨款支出决算表“合计”',
    expr: 't04[out.total].out.gpb = t05[合计].total',
  },
  {
    id: 't07-vs-t04',
    what: '政府性基金预算财政拨款收入支出决算表本年支出合计应等于财政拨款收入支出决算总表政府性基金栏本年支出合计',
    expr: 't07[合计].total = t04[out.total].out.govfund',
  },
  {
    id: 't08-vs-t04',
    what: '国有资本经营预算财政拨款支出决算表本年支出合计应等于财政拨款收入支出决算总表国有资本经营栏本年支出合计',
    expr: 't08[合计].total = t04[out.total].out.soe',
  },
  {
    id: 't10-vs-t06',
    what: '机关运行经费合计应不大于基本支出决算表公用经费合计',
    expr: 't10[合计] <= t06[公用经费合计]',
  },
  {
    id: 't09-abroad-vs-t06',
    what: '“三公”经费决算因公出国（境）费用应不小于基本支出决算表 30212 因公出国（境）费用',
    expr: 't09[main].actual.abroad >= t06[30212]',
  },
  {
    id: 't09-reception-vs-t06',
    what: '“三公”经费决算公务接待费应不小于基本支出决算表 30217 公务接待费',
    expr: 't09[main].actual.reception >= t06[30217]',
  },
  {
    id: 't09-car-run-vs-t06',
    what: '“三公”经费决算公务用车运行维护费应不小于基本支出决算表 30231 公务用车运行维护费',
    expr: 't09[main].actual.carRun >= t06[30231]',
  },
  {
    id: 't09-car-purchase-vs-t06',
    what: '“三公”经费决算公务用车购置费应不小于基本支出决算表 31013 公务用车购置',
    expr: 't09[main].actual.carPurchase >= t06[31013]',
  },
];
