import {
  BUDGET_TOTAL_LINE,
  CARRYOUT_ALIASES,
  CARRYOVER_ALIASES,
  basicProjectColumns,
  budgetClassLines,
} from '../schemas/budget-common.js';
import type { ColumnSchema, LineSchema, TableSchema } from '../schemas/types.js';
import { ANY_CHANGE_LEAD } from './phrasing.js';
import type { LayoutDefinition, PhrasingName } from './types.js';

/**
 * 上海预算版式: the 区级部门预算 of Shanghai's districts, 2023–2026 (普陀区 财政局 2025, 万里街道 2023 in samples/;
 * the city's own departments print the same nine tables). Cover "上海市XX区2025年区级部门预算" with
 * "预算主管部门：…"; the 部门预算编制说明 in one block, then nine tables titled "2025年部门…表" (the TOC numbers
 * them "1." … "9．"), amounts in 元 except the "三公" table in 万元, then 其他相关情况说明 (一、"三公" 二、机关运行经费
 * 三、政府采购 四、绩效目标 五、国有资产) and 项目经费情况说明. Change sentences: "比2024年预算增加 X 万元",
 * "与2024年预算持平", "比2022年预算执行数增加 R%".
 */
const layout = 'shanghai-budget';

const income = (key: string, label: string, extra: Partial<LineSchema> = {}): LineSchema => ({
  key,
  label,
  side: 'income',
  kind: 'line',
  ...extra,
});
const expenditure = (key: string, label: string, extra: Partial<LineSchema> = {}): LineSchema => ({
  key,
  label,
  side: 'expenditure',
  kind: 'line',
  ...extra,
});

/** The 三公 columns in printed order (合计, 出国, 接待, 用车 小计/购置/运行), then 机关运行经费. */
const THREE_PUBLIC_COLUMNS: readonly ColumnSchema[] = [
  { id: 'budget.total', header: ['“三公”经费预算数', '合计'], money: true },
  { id: 'budget.abroad', header: ['“三公”经费预算数', '因公出国(境)费'], money: true },
  { id: 'budget.reception', header: ['“三公”经费预算数', '公务接待费'], money: true },
  { id: 'budget.car', header: ['“三公”经费预算数', '公务用车购置及运行费', '小计'], money: true },
  { id: 'budget.carPurchase', header: ['“三公”经费预算数', '公务用车购置及运行费', '购置费'], money: true },
  { id: 'budget.carRun', header: ['“三公”经费预算数', '公务用车购置及运行费', '运行费'], money: true },
  { id: 'operation', header: ['机关运行经费预算数'], money: true },
];

/** 一般公共预算 / 政府性基金预算 / 国有资本经营预算 支出功能分类预算表: 合计 | 基本支出 | 项目支出 by 功能分类. */
function functionalTable(table: string, position: number, fund: string): TableSchema {
  return {
    id: `${layout}/${table}`,
    table,
    layout,
    title: `部门${fund}支出功能分类预算表`,
    aliases: [`${fund}支出功能分类预算表`, `${fund}支出预算表`, `部门${fund}支出预算表`],
    position,
    rows: 'functional',
    columns: basicProjectColumns(`${fund}支出`),
    lines: [BUDGET_TOTAL_LINE],
    signature: [`${fund}支出`, '基本支出', '项目支出'],
  };
}

/** The lines t01 and t04 share: the three 财政拨款 incomes (parts of `parent` in t01), totals and 类 lines. */
function summaryLines(parent?: string): LineSchema[] {
  const part = parent ? { parent } : {};
  return [
    income('in.gpb', '一般公共预算资金', { ...part, aliases: ['一般公共预算', '一般公共预算拨款'] }),
    income('in.govfund', '政府性基金', { ...part, aliases: ['政府性基金预算', '政府性基金预算拨款'] }),
    income('in.soe', '国有资本经营预算', { ...part, aliases: ['国有资本经营预算拨款'] }),
  ];
}

function totalLines(): { income: LineSchema[]; expenditure: LineSchema[] } {
  return {
    income: [
      income('in.total', '本年收入合计', { kind: 'total', aliases: ['收入合计', '本年收入小计'] }),
      income('in.carryover', '上年结转结余', { aliases: CARRYOVER_ALIASES, optional: true }),
      income('in.grand', '收入总计', { kind: 'total' }),
    ],
    expenditure: [
      ...budgetClassLines(),
      expenditure('out.total', '本年支出合计', { kind: 'total', aliases: ['支出合计', '本年支出小计'] }),
      expenditure('out.carryover', '结转下年', { aliases: CARRYOUT_ALIASES, optional: true }),
      expenditure('out.grand', '支出总计', { kind: 'total' }),
    ],
  };
}

const SCHEMAS: readonly TableSchema[] = [
  {
    id: `${layout}/t01`,
    table: 't01',
    layout,
    title: '部门财务收支预算总表',
    aliases: ['财务收支预算总表', '部门收支预算总表', '收支预算总表', '部门财务收支总表', '财务收支总表'],
    position: 1,
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['本年收入', '预算数'], money: true, side: 'income' },
      { id: 'out.amount', header: ['本年支出', '预算数'], money: true, side: 'expenditure' },
    ],
    lines: [
      income('in.fiscal', '财政拨款收入', { aliases: ['财政拨款'] }),
      ...summaryLines('in.fiscal'),
      income('in.business', '事业收入'),
      income('in.operating', '事业单位经营收入', { aliases: ['经营收入'] }),
      income('in.other', '其他收入'),
      ...totalLines().income,
      ...totalLines().expenditure,
    ],
    signature: ['本年收入', '本年支出', '预算数'],
  },
  {
    id: `${layout}/t02`,
    table: 't02',
    layout,
    title: '部门收入预算总表',
    aliases: ['收入预算总表', '部门收入总表', '收入总表', '收入预算表'],
    position: 2,
    rows: 'functional',
    columns: [
      { id: 'total', header: ['收入预算', '合计'], money: true },
      { id: 'fiscal', header: ['收入预算', '财政拨款收入'], money: true },
      { id: 'business', header: ['收入预算', '事业收入'], money: true },
      { id: 'operating', header: ['收入预算', '事业单位经营收入'], money: true },
      { id: 'other', header: ['收入预算', '其他收入'], money: true },
    ],
    lines: [BUDGET_TOTAL_LINE],
    signature: ['收入预算', '财政拨款收入', '事业收入', '其他收入'],
  },
  {
    id: `${layout}/t03`,
    table: 't03',
    layout,
    title: '部门支出预算总表',
    aliases: ['支出预算总表', '部门支出总表', '支出总表', '支出预算表'],
    position: 3,
    rows: 'functional',
    columns: basicProjectColumns('支出预算'),
    lines: [BUDGET_TOTAL_LINE],
    signature: ['支出预算', '基本支出', '项目支出'],
  },
  {
    id: `${layout}/t04`,
    table: 't04',
    layout,
    title: '部门财政拨款收支预算总表',
    aliases: ['财政拨款收支预算总表', '部门财政拨款收支总表', '财政拨款收支总表'],
    position: 4,
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['财政拨款收入', '预算数'], money: true, side: 'income' },
      { id: 'out.total', header: ['财政拨款支出', '合计'], money: true, side: 'expenditure' },
      { id: 'out.gpb', header: ['财政拨款支出', '一般公共预算'], money: true, side: 'expenditure' },
      { id: 'out.govfund', header: ['财政拨款支出', '政府性基金预算'], money: true, side: 'expenditure' },
      { id: 'out.soe', header: ['财政拨款支出', '国有资本经营预算'], money: true, side: 'expenditure' },
    ],
    lines: [...summaryLines(), ...totalLines().income, ...totalLines().expenditure],
    signature: ['财政拨款收入', '财政拨款支出', '一般公共预算', '政府性基金预算'],
  },
  functionalTable('t05', 5, '一般公共预算'),
  functionalTable('t07', 6, '政府性基金预算'),
  functionalTable('t08', 7, '国有资本经营预算'),
  {
    id: `${layout}/t06`,
    table: 't06',
    layout,
    title: '部门一般公共预算基本支出部门预算经济分类预算表',
    aliases: [
      '一般公共预算基本支出部门预算经济分类预算表',
      '部门一般公共预算基本支出经济分类预算表',
      '一般公共预算基本支出经济分类预算表',
      '一般公共预算基本支出预算表',
    ],
    position: 8,
    rows: 'economic',
    columns: [
      { id: 'total', header: ['一般公共预算基本支出', '合计'], money: true },
      { id: 'personnel', header: ['一般公共预算基本支出', '人员经费'], money: true },
      { id: 'public', header: ['一般公共预算基本支出', '公用经费'], money: true },
    ],
    lines: [BUDGET_TOTAL_LINE],
    signature: ['经济分类科目名称', '人员经费', '公用经费'],
  },
  {
    id: `${layout}/t09`,
    table: 't09',
    layout,
    title: '部门“三公”经费和机关运行经费预算表',
    aliases: ['“三公”经费和机关运行经费预算表', '部门“三公”经费预算表', '“三公”经费预算表'],
    position: 9,
    rows: 'lines',
    columns: THREE_PUBLIC_COLUMNS,
    lines: [{ key: 'main', label: '“三公”经费预算数', kind: 'line' }],
    signature: ['因公出国', '公务接待费', '公务用车购置及运行费', '机关运行经费'],
  },
];

/** The figures the 部门预算编制说明 and 其他相关情况说明 name, and their cells. */
const NAMES: readonly PhrasingName[] = [
  { pattern: '收入预算(?:总计|合计)?', table: 't01', rowKey: 'in.grand', column: 'in.amount' },
  { pattern: '支出预算(?:总计|合计)?', table: 't01', rowKey: 'out.grand', column: 'out.amount' },
  { pattern: '财政拨款收入', table: 't01', rowKey: 'in.fiscal', column: 'in.amount' },
  { pattern: '事业收入', table: 't01', rowKey: 'in.business', column: 'in.amount' },
  { pattern: '事业单位经营收入', table: 't01', rowKey: 'in.operating', column: 'in.amount' },
  { pattern: '其他收入', table: 't01', rowKey: 'in.other', column: 'in.amount' },
  { pattern: '财政拨款支出(?:预算)?', table: 't04', rowKey: 'out.grand', column: 'out.total' },
  { pattern: '一般公共预算(?:财政)?拨款支出(?:预算)?', table: 't05', rowKey: 'total', column: 'total' },
  { pattern: '政府性基金(?:预算)?(?:财政)?拨款支出(?:预算)?', table: 't07', rowKey: 'total', column: 'total' },
  { pattern: '国有资本经营预算(?:财政)?拨款支出(?:预算)?', table: 't08', rowKey: 'total', column: 'total' },
  { pattern: '基本支出(?:预算)?', table: 't03', rowKey: 'total', column: 'basic' },
  { pattern: '项目支出(?:预算)?', table: 't03', rowKey: 'total', column: 'project' },
  { pattern: '人员经费', table: 't06', rowKey: 'total', column: 'personnel' },
  { pattern: '公用经费', table: 't06', rowKey: 'total', column: 'public' },
  { pattern: '"三公"经费(?:预算数?)?', table: 't09', item: 'total' },
  { pattern: '因公出国（境）费(?:用)?', table: 't09', item: 'abroad' },
  { pattern: '公务(?:用)?车购置及运行(?:维护)?费', table: 't09', item: 'car' },
  { pattern: '公务(?:用)?车(?:辆)?购置费', table: 't09', item: 'carPurchase' },
  { pattern: '公务(?:用)?车(?:用车)?运行(?:维护)?费', table: 't09', item: 'carRun' },
  { pattern: '公务接待费', table: 't09', item: 'reception' },
  { pattern: '机关运行经费(?:预算)?', table: 't09', rowKey: 'main', column: 'operation' },
];

export const SHANGHAI_BUDGET: LayoutDefinition = {
  id: layout,
  name: '上海预算版式',
  shortName: '上海预算',
  documentKind: '预算',
  schemas: SCHEMAS,
  // 政府采购 is stated only in 其他相关情况说明; 机关运行经费 is a column of t09.
  narrativeOnlyTables: ['t11'],
  capabilities: { columnNumbers: false, economicBlocks: [['*']], emptyFundNote: true, factsBeyondTables: true },
  requiredSections: [
    { match: /预算编制说明$/, title: '部门预算编制说明' },
    { match: /三公/, title: '“三公”经费预算情况说明' },
    { match: /机关运行经费/, title: '机关运行经费预算' },
    { match: /政府采购/, title: '政府采购预算情况' },
    { match: /绩效目标/, title: '绩效目标设置情况' },
    { match: /国有资产/, title: '国有资产占有使用情况' },
  ],
  signature: [
    { in: 'cover', pattern: /^上海市/, weight: 2, says: '封面以“上海市”开头' },
    { in: 'cover', pattern: /^(?:预算主管部门[:：])?上海市.*预算/, weight: 1, says: '封面写有“上海市…预算”' },
    { in: 'cover', pattern: /区级部门预算$|市级部门预算$/, weight: 2, says: '封面写“区级（市级）部门预算”' },
    { in: 'cover', pattern: /^预算主管部门[:：]/, weight: 1, says: '封面写“预算主管部门：”' },
    { in: 'toc', pattern: /财务收支预算总表$/, weight: 2, says: '目录有“部门财务收支预算总表”' },
    { in: 'toc', pattern: /其他相关情况说明$/, weight: 1, says: '目录有“其他相关情况说明”' },
    { in: 'tables', pattern: /“?三公”?经费和机关运行经费预算表$/, weight: 2, says: '有“三公”经费和机关运行经费预算表' },
    { in: 'tables', pattern: /基本支出部门预算经济分类预算表$/, weight: 2, says: '有基本支出部门预算经济分类预算表' },
  ],
  phrasing: {
    changeLead: (fiscalYear) => `比 ${fiscalYear - 1} 年预算`,
    changeLeadPattern: ANY_CHANGE_LEAD,
    sectionTitles: {
      total: '部门预算编制说明',
      threePublic: '“三公”经费预算情况说明',
      adminCost: '机关运行经费预算',
      procurement: '政府采购预算情况',
      performance: '绩效目标设置情况',
      assets: '国有资产占有使用情况',
    },
    names: NAMES,
  },
};
