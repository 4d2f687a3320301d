import type { Layout } from '../../model/disclosure.js';
import { LAYOUTS } from '../../model/layouts/index.js';
import { VEHICLE_KINDS } from '../../model/concepts/vehicles.js';

/**
 * The template's sheets for what the tables do not hold, described once for the writer and the reader.
 * Key-value sheets: row 1 title, row 2 headers (项目 | 填写), then one field per row with its key in hidden column C.
 * List sheets: row 1 title, row 2 headers, rows from 3 (a 合计 row first where the list has one).
 */

export type FieldKind = 'amount' | 'count' | 'text';

export interface FactField {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Computed from other fields of the sheet (formula in the template, recomputed on import). */
  readonly sumOf?: readonly string[];
  readonly layouts?: readonly Layout[];
}

export interface KeyValueSheet {
  readonly name: string;
  readonly title: string;
  readonly note: string;
  readonly fields: readonly FactField[];
}

export interface ListColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: FieldKind;
  readonly width: number;
  readonly layouts?: readonly Layout[];
}

export interface ListSheet {
  readonly name: string;
  readonly title: string;
  readonly note: string;
  readonly columns: readonly ListColumn[];
  readonly rows: number;
}

/** Fields only for layouts whose writer needs facts beyond the tables (the layout definition says which). */
const SH: readonly Layout[] = LAYOUTS.filter((l) => l.capabilities.factsBeyondTables).map((l) => l.id);

export const OVERVIEW_SHEET: KeyValueSheet = {
  name: '部门概况',
  title: '部门概况',
  note: '单位名称按封面填写；职责、机构设置和名词解释在各自的工作表中逐条填写。',
  fields: [
    { key: 'name', label: '部门（单位）名称', kind: 'text' },
    { key: 'region', label: '地区', kind: 'text' },
    { key: 'kind', label: '公开主体（部门/单位）', kind: 'text' },
    { key: 'unitCount', label: '纳入决算编制范围的预算单位个数', kind: 'count' },
    { key: 'internalBodies', label: '内设机构（以顿号分隔）', kind: 'text' },
  ],
};

export const LAST_YEAR_SHEET: KeyValueSheet = {
  name: '上年数',
  title: '上年决算数（用于“比上年增加/减少”的说明）',
  note: '按上年公开的决算数填写（万元，两位小数）。',
  fields: [
    { key: 'grandTotal', label: '上年收入、支出总计', kind: 'amount' },
    { key: 'fiscalGrandTotal', label: '上年财政拨款收入、支出总计', kind: 'amount' },
    { key: 'gpbExpenditure', label: '上年一般公共预算财政拨款支出', kind: 'amount' },
    { key: 'threePublic.abroad', label: '上年因公出国（境）费用决算数', kind: 'amount' },
    { key: 'threePublic.car', label: '上年公务用车购置及运行维护费决算数', kind: 'amount' },
    { key: 'threePublic.carPurchase', label: '  其中：公务用车购置费（可不填）', kind: 'amount' },
    { key: 'threePublic.carRun', label: '  其中：公务用车运行维护费（可不填）', kind: 'amount' },
    { key: 'threePublic.reception', label: '上年公务接待费决算数', kind: 'amount' },
    {
      key: 'threePublic.total',
      label: '上年“三公”经费决算数合计',
      kind: 'amount',
      sumOf: ['threePublic.abroad', 'threePublic.car', 'threePublic.reception'],
    },
  ],
};

export const ADMIN_COST_SHEET: KeyValueSheet = {
  name: '机关运行经费',
  title: '机关运行经费',
  note: '青海格式的本年数取自公开10表合计，无需填写；上海格式填写本年数。',
  fields: [
    { key: 'adminCost', label: '本年机关运行经费支出', kind: 'amount', layouts: SH },
    { key: 'lastYear.adminCost', label: '上年机关运行经费支出', kind: 'amount' },
  ],
};

export const THREE_PUBLIC_SHEET: KeyValueSheet = {
  name: '三公预算与统计数',
  title: '“三公”经费统计数',
  note: '预算数和决算数在“三公”经费支出决算表中填写；此处填写统计数（青海格式的团组、车辆、接待统计在表下方填写）。',
  fields: [
    { key: 'abroadGroups', label: '因公出国（境）团组数（个）', kind: 'count', layouts: SH },
    { key: 'abroadPeople', label: '因公出国（境）人次数（人）', kind: 'count', layouts: SH },
    { key: 'carPurchased', label: '公务用车购置数（辆）', kind: 'count', layouts: SH },
    { key: 'carHeld', label: '公务用车保有量（辆）', kind: 'count', layouts: SH },
    { key: 'receptionBatches', label: '国内公务接待批次（个）', kind: 'count', layouts: SH },
    { key: 'receptionPeople', label: '国内公务接待人次（人）', kind: 'count', layouts: SH },
    { key: 'foreignReceptionAmount', label: '其中：外宾接待费（万元）', kind: 'amount' },
    { key: 'foreignReceptionBatches', label: '其中：外宾接待批次（个）', kind: 'count' },
    { key: 'foreignReceptionPeople', label: '其中：外宾接待人次（人）', kind: 'count' },
  ],
};

export const PROCUREMENT_SHEET: KeyValueSheet = {
  name: '政府采购',
  title: '政府采购支出情况',
  note: '青海格式的采购总额、货物、工程、服务及中小企业合同金额在政府采购支出情况表中填写。',
  fields: [
    { key: 'goods', label: '货物采购金额', kind: 'amount', layouts: SH },
    { key: 'works', label: '工程采购金额', kind: 'amount', layouts: SH },
    { key: 'services', label: '服务采购金额', kind: 'amount', layouts: SH },
    {
      key: 'total',
      label: '政府采购金额（以合同签订为准）',
      kind: 'amount',
      sumOf: ['goods', 'works', 'services'],
      layouts: SH,
    },
    { key: 'smeReserved', label: '面向中小企业预留政府采购项目预算金额', kind: 'amount', layouts: SH },
    { key: 'smallReserved', label: '面向小微企业预留政府采购项目预算金额', kind: 'amount', layouts: SH },
    { key: 'smeAwardedReserved', label: '预留项目中由中小企业供应商中标或成交的采购金额', kind: 'amount', layouts: SH },
    {
      key: 'smallAwardedReserved',
      label: '预留项目中由小微企业供应商中标或成交的采购金额',
      kind: 'amount',
      layouts: SH,
    },
    { key: 'smeAwardedOther', label: '其他项目中由中小企业供应商中标或成交的采购金额', kind: 'amount', layouts: SH },
  ],
};

export const ASSETS_SHEET: KeyValueSheet = {
  name: '国有资产',
  title: '国有资产占用情况',
  note: '车辆按用途填写辆数，合计自动计算。',
  fields: [
    { key: 'asOf', label: '截至日期（如 2024 年 12 月 31 日）', kind: 'text' },
    ...VEHICLE_KINDS.map((k, i) => ({ key: `vehicle.${i}`, label: k, kind: 'count' as const })),
    {
      key: 'vehicles',
      label: '车辆合计（辆）',
      kind: 'count',
      sumOf: VEHICLE_KINDS.map((_, i) => `vehicle.${i}`),
    },
    { key: 'equipmentOver1m', label: '单价 100 万元（含）以上设备（不含车辆）（台/套）', kind: 'count' },
  ],
};

export const REASONS_SHEET: KeyValueSheet = {
  name: '原因',
  title: '主要原因（决算数与上年数或预算数不同时必填）',
  note: '只写原因本身，不必写“主要原因是”；各“项”的原因在“年初预算”表中填写。',
  fields: [
    { key: 'total.change', label: '收入、支出总计比上年增减的原因', kind: 'text' },
    { key: 'fiscal.change', label: '财政拨款收入、支出总计比上年增减的原因', kind: 'text' },
    { key: 'gpb.change', label: '一般公共预算财政拨款支出比上年增减的原因', kind: 'text' },
    { key: 'gpb.budget', label: '一般公共预算财政拨款支出决算数与年初预算数不同的原因', kind: 'text' },
    { key: 'threePublic.budget', label: '“三公”经费决算数与预算数不同的原因', kind: 'text' },
    { key: 'threePublic.change', label: '“三公”经费比上年增减的总体原因（可不填）', kind: 'text' },
    { key: 'threePublic.change.abroad', label: '因公出国（境）费用比上年增减的原因', kind: 'text' },
    { key: 'threePublic.change.car', label: '公务用车购置及运行维护费比上年增减的原因', kind: 'text' },
    { key: 'threePublic.change.reception', label: '公务接待费比上年增减的原因', kind: 'text' },
    { key: 'adminCost.change', label: '机关运行经费比上年增减的原因', kind: 'text' },
  ],
};

export const PERFORMANCE_SUMMARY_SHEET: KeyValueSheet = {
  name: '绩效概况',
  title: '预算绩效管理情况',
  note: '自评项目的个数、资金和得分由“绩效自评”表汇总，无需填写。',
  fields: [
    { key: 'declaredProjects', label: '申报批复项目个数', kind: 'count' },
    { key: 'declaredFunds', label: '申报批复项目涉及资金（万元）', kind: 'amount' },
    { key: 'projectBudgetTotal', label: '部门项目支出预算总额（万元）', kind: 'amount' },
    { key: 'overall', label: '绩效目标完成情况（如“总体良好”）', kind: 'text' },
    { key: 'remarks', label: '绩效评价工作的其他说明', kind: 'text' },
    { key: 'systems', label: '预算绩效管理制度名称', kind: 'text', layouts: SH },
    { key: 'mechanism', label: '预算绩效管理工作机制', kind: 'text', layouts: SH },
    { key: 'goalProjects', label: '编报绩效目标的项目个数', kind: 'count', layouts: SH },
    { key: 'goalFunds', label: '编报绩效目标的项目预算金额（万元）', kind: 'amount', layouts: SH },
    { key: 'trackedProjects', label: '绩效跟踪评价的项目个数', kind: 'count', layouts: SH },
    { key: 'trackedFunds', label: '绩效跟踪评价的项目预算金额（万元）', kind: 'amount', layouts: SH },
    { key: 'evaluatedProjects', label: '绩效自评项目个数（无“绩效自评”明细时填写）', kind: 'count', layouts: SH },
    { key: 'evaluatedFunds', label: '绩效自评项目预算金额（万元，无明细时填写）', kind: 'amount', layouts: SH },
    { key: 'averageScore', label: '绩效自评平均得分（无明细时填写）', kind: 'text', layouts: SH },
    { key: 'ratings.excellent', label: '绩效评级为“优”的项目个数（不填则按得分计算）', kind: 'count', layouts: SH },
    { key: 'ratings.good', label: '绩效评级为“良”的项目个数', kind: 'count', layouts: SH },
    { key: 'ratings.pass', label: '绩效评级为“合格”的项目个数', kind: 'count', layouts: SH },
    { key: 'ratings.fail', label: '绩效评级为“不合格”的项目个数', kind: 'count', layouts: SH },
    { key: 'issues.found', label: '绩效自评发现问题个数', kind: 'count', layouts: SH },
    { key: 'issues.fixed', label: '已完成整改个数', kind: 'count', layouts: SH },
    { key: 'issues.fixing', label: '正在整改个数', kind: 'count', layouts: SH },
  ],
};

export const KEY_VALUE_SHEETS: readonly KeyValueSheet[] = [
  OVERVIEW_SHEET,
  LAST_YEAR_SHEET,
  THREE_PUBLIC_SHEET,
  ADMIN_COST_SHEET,
  PROCUREMENT_SHEET,
  ASSETS_SHEET,
  REASONS_SHEET,
  PERFORMANCE_SUMMARY_SHEET,
];

export const BUDGET_SHEET: ListSheet = {
  name: '年初预算',
  title: '财政拨款支出年初预算（按“项”填写）',
  note: '逐行填写“项”级科目（政府性基金、国有资本经营预算的“项”也填在这里）；决算数与年初预算数不同时必须填写原因。合计自动计算。',
  columns: [
    { key: 'code', header: '科目编码', kind: 'text', width: 12 },
    { key: 'name', header: '科目名称', kind: 'text', width: 30 },
    { key: 'budget', header: '年初预算数', kind: 'amount', width: 14 },
    { key: 'reason', header: '决算数与预算数不同的原因', kind: 'text', width: 50 },
    { key: 'usage', header: '主要用于', kind: 'text', width: 40, layouts: SH },
  ],
  rows: 80,
};

export const PROJECTS_SHEET: ListSheet = {
  name: '绩效自评',
  title: '项目支出绩效自评（每个项目一行）',
  note: '执行率由全年执行数 ÷ 全年预算数计算；填写了“绩效指标”时，总得分由资金执行得分与各指标得分相加，分值合计应为 100。',
  columns: [
    { key: 'name', header: '项目名称', kind: 'text', width: 28 },
    { key: 'department', header: '主管部门', kind: 'text', width: 18 },
    { key: 'implementer', header: '实施单位', kind: 'text', width: 18 },
    { key: 'initialBudget', header: '年初预算数', kind: 'amount', width: 12 },
    { key: 'fullYearBudget', header: '全年预算数', kind: 'amount', width: 12 },
    { key: 'executed', header: '全年执行数', kind: 'amount', width: 12 },
    { key: 'carryover', header: '上年结转资金执行数', kind: 'amount', width: 12 },
    { key: 'fundsWeight', header: '资金执行分值', kind: 'count', width: 10 },
    { key: 'fundsScore', header: '资金执行得分', kind: 'text', width: 10 },
    { key: 'score', header: '自评总得分', kind: 'text', width: 10 },
    { key: 'expected', header: '年度总体目标：预期目标', kind: 'text', width: 40 },
    { key: 'actual', header: '年度总体目标：实际完成情况', kind: 'text', width: 40 },
    { key: 'summary', header: '绩效目标概述', kind: 'text', width: 40 },
    { key: 'details', header: '完成情况、问题及改进措施', kind: 'text', width: 50 },
  ],
  rows: 60,
};

export const INDICATORS_SHEET: ListSheet = {
  name: '绩效指标',
  title: '项目支出绩效自评指标（每个指标一行，项目名称与“绩效自评”表一致）',
  note: '',
  columns: [
    { key: 'project', header: '项目名称', kind: 'text', width: 24 },
    { key: 'level1', header: '一级指标', kind: 'text', width: 12 },
    { key: 'level2', header: '二级指标', kind: 'text', width: 14 },
    { key: 'level3', header: '三级指标', kind: 'text', width: 30 },
    { key: 'target', header: '年度指标值', kind: 'text', width: 12 },
    { key: 'actual', header: '实际完成值', kind: 'text', width: 12 },
    { key: 'weight', header: '分值', kind: 'text', width: 8 },
    { key: 'score', header: '得分', kind: 'text', width: 8 },
    { key: 'deviation', header: '偏差原因分析及改进措施', kind: 'text', width: 40 },
  ],
  rows: 200,
};

export const DUTIES_SHEET: ListSheet = {
  name: '部门职责',
  title: '部门职责（每条一行）',
  note: '',
  columns: [{ key: 'text', header: '职责', kind: 'text', width: 100 }],
  rows: 40,
};

export const ORGANIZATION_SHEET: ListSheet = {
  name: '机构设置',
  title: '机构设置情况（每段一行）',
  note: '',
  columns: [{ key: 'text', header: '段落', kind: 'text', width: 100 }],
  rows: 20,
};

export const GLOSSARY_SHEET: ListSheet = {
  name: '名词解释',
  title: '名词解释',
  note: '',
  columns: [
    { key: 'term', header: '名词', kind: 'text', width: 24 },
    { key: 'definition', header: '解释', kind: 'text', width: 90 },
  ],
  rows: 40,
};

export const OTHER_MATTERS_SHEET: ListSheet = {
  name: '其他重要事项',
  title: '其他重要事项（国有资产之外，每段一行）',
  note: '',
  columns: [{ key: 'text', header: '段落', kind: 'text', width: 100 }],
  rows: 20,
};

export const LIST_SHEETS: readonly ListSheet[] = [
  BUDGET_SHEET,
  PROJECTS_SHEET,
  INDICATORS_SHEET,
  DUTIES_SHEET,
  ORGANIZATION_SHEET,
  GLOSSARY_SHEET,
  OTHER_MATTERS_SHEET,
];

export function fieldsFor(sheet: KeyValueSheet, layout: Layout): FactField[] {
  return sheet.fields.filter((f) => !f.layouts || f.layouts.includes(layout));
}

export function columnsFor(sheet: ListSheet, layout: Layout): ListColumn[] {
  return sheet.columns.filter((c) => !c.layouts || c.layouts.includes(layout));
}

/** Key-value sheets: the first field row and the hidden key column. */
export const KV_FIRST_ROW = 3;
export const KV_KEY_COL = 3;
/** List sheets: the first data row (a 合计 row of 年初预算 sits on it, data below). */
export const LIST_FIRST_ROW = 3;
