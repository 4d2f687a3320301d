import { BUDGET_TOTAL_LINE, CARRYOUT_ALIASES, CARRYOVER_ALIASES, budgetClassLines } from '../schemas/budget-common.js';
import type { ColumnSchema, LineSchema, TableSchema } from '../schemas/types.js';
import { ANY_CHANGE_LEAD } from './phrasing.js';
import type { LayoutDefinition, PhrasingName } from './types.js';

/**
 * 江苏预算版式: Jiangsu's provincial 部门预算 of 2017 (江苏省高级人民法院, in one file; 中共江苏省委办公厅, narrative
 * and tables in two files). Cover "2017 年度XX部门预算公开" or "XX 2017 年度部门预算"; 第一部分 部门概况,
 * 第二部分 …部门预算表 with twelve tables numbered 一、… 十二、 and titled "2017 年度XX部门收支预算总表" (or the bare
 * "收支预算总表"), amounts in 万元, lattice tables continued over pages; 第三部分 …部门预算情况说明 with one section
 * per table ("一、收支预算总表情况说明" …), each opening "本表反映…"; 第四部分 名词解释. Change sentences
 * "与上年相比增加 X 万元，增长 Y%", "与上年一致", "本年数与上年数持平，零增长", "比 2016 年增加".
 */
const layout = 'jiangsu-budget';

const line = (key: string, label: string, extra: Partial<LineSchema> = {}): LineSchema => ({
  key,
  label,
  kind: 'line',
  ...extra,
});
const income = (key: string, label: string, extra: Partial<LineSchema> = {}) =>
  line(key, label, { side: 'income', ...extra });
const expenditure = (key: string, label: string, extra: Partial<LineSchema> = {}) =>
  line(key, label, { side: 'expenditure', ...extra });

/** 支出用途 lines (基本支出 …) of the two summary tables: their own column on the expenditure side. */
const USE_LINES = (columns: readonly string[]): LineSchema[] => [
  expenditure('out.basic', '基本支出', { columns }),
  expenditure('out.project', '项目支出', { columns }),
  expenditure('out.reserve', '单位预留机动经费', { columns, aliases: ['预留机动经费'] }),
];

/** What every table schema of this layout begins with. */
const base = (table: string, position: number, title: string, aliases: readonly string[]) => ({
  id: `${layout}/${table}`,
  table,
  layout,
  title,
  aliases,
  position,
});

const amountColumn = (header = '金额'): ColumnSchema[] => [{ id: 'total', header: [header], money: true }];

const functional = (table: string, position: number, title: string, aliases: readonly string[]): TableSchema => ({
  ...base(table, position, title, aliases),
  rows: 'functional',
  columns: amountColumn(),
  lines: [BUDGET_TOTAL_LINE],
  signature: ['功能科目代码', '功能科目名称', '金额'],
});

const economic = (
  table: string,
  position: number,
  title: string,
  aliases: readonly string[],
  header = '金额',
): TableSchema => ({
  ...base(table, position, title, aliases),
  rows: 'economic',
  columns: amountColumn(header),
  lines: [BUDGET_TOTAL_LINE],
  signature: ['科目编码', '科目名称', header],
});

const SCHEMAS: readonly TableSchema[] = [
  {
    ...base('t01', 1, '收支预算总表', ['部门收支预算总表', '财务收支预算总表', '部门财务收支预算总表']),
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['收入', '金额'], money: true, side: 'income' },
      { id: 'out.amount', header: ['支出', '功能分类', '金额'], money: true, side: 'expenditure' },
      { id: 'out.use', header: ['支出', '支出用途', '金额'], money: true, side: 'expenditure' },
    ],
    lines: [
      income('in.fiscal', '财政拨款'),
      income('in.gpb', '一般公共预算', { parent: 'in.fiscal', aliases: ['一般公共预算资金'] }),
      income('in.govfund', '政府性基金预算', { parent: 'in.fiscal', aliases: ['政府性基金'] }),
      income('in.specialAccount', '财政专户管理资金'),
      income('in.otherFunds', '其他资金'),
      income('in.total', '当年收入小计', { kind: 'total', aliases: ['本年收入合计', '本年收入小计'] }),
      income('in.carryover', '上年结转资金', { aliases: CARRYOVER_ALIASES, optional: true }),
      income('in.grand', '收入合计', { kind: 'total', aliases: ['收入总计'] }),
      ...budgetClassLines().map((l) => ({ ...l, columns: ['out.amount'] })),
      ...USE_LINES(['out.use']),
      expenditure('out.total', '当年支出小计', { kind: 'total', aliases: ['本年支出合计', '本年支出小计'] }),
      expenditure('out.carryover', '结转下年资金', { aliases: CARRYOUT_ALIASES, optional: true }),
      expenditure('out.grand', '支出合计', { kind: 'total', aliases: ['支出总计'] }),
    ],
    signature: ['功能分类', '支出用途', '项目名称', '金额'],
  },
  {
    ...base('b02', 2, '收入预算总表', ['部门收入预算总表']),
    rows: 'lines',
    columns: amountColumn(),
    // Printed as 类 | 项 over two columns; each group's 小计 is its amount.
    lines: [
      line('grand', '收入总计', { kind: 'total' }),
      line('gpb', '小计', { aliases: ['一般公共预算资金'] }),
      line('gpb.appropriation', '公共财政拨款(补助)资金', { parent: 'gpb', aliases: ['公共财政拨款（补助）资金'] }),
      line('gpb.special', '专项收入', { parent: 'gpb' }),
      line('govfund', '小计', { aliases: ['政府性基金'] }),
      line('specialAccount', '小计', { aliases: ['财政专户管理资金'] }),
      line('specialAccount.education', '专户管理教育收费', { parent: 'specialAccount' }),
      line('specialAccount.other', '其他非税收入', { parent: 'specialAccount' }),
      line('otherFunds', '小计', { aliases: ['其他资金'] }),
      line('otherFunds.business', '事业收入', { parent: 'otherFunds' }),
      line('otherFunds.operating', '经营收入', { parent: 'otherFunds' }),
      line('otherFunds.other', '其他收入', { parent: 'otherFunds' }),
      line('otherFunds.debt', '债务资金(银行贷款)', { parent: 'otherFunds', aliases: ['债务资金（银行贷款）'] }),
      line('carryover', '小计', { aliases: ['上年结转和结余资金'] }),
      line('carryover.used', '其中：动用上年结转和结余资金', { aliases: ['动用上年结转和结余资金'] }),
    ],
    signature: ['项目名称', '金额', '收入总计', '公共财政拨款'],
  },
  {
    ...base('b03', 3, '支出预算总表', ['部门支出预算总表']),
    rows: 'lines',
    columns: [
      { id: 'total', header: ['合计'], money: true },
      { id: 'basic', header: ['基本支出'], money: true },
      { id: 'project', header: ['项目支出'], money: true },
      { id: 'reserve', header: ['单位预留机动经费'], money: true },
      { id: 'carryout', header: ['结转下年资金'], money: true },
    ],
    lines: [line('main', '合计', { kind: 'total' })],
    signature: ['合计', '基本支出', '项目支出', '单位预留机动经费'],
  },
  {
    ...base('t04', 4, '财政拨款收支预算总表', ['部门财政拨款收支预算总表']),
    rows: 'lines',
    columns: [
      { id: 'in.amount', header: ['收入', '金额'], money: true, side: 'income' },
      { id: 'out.use', header: ['支出', '支出用途', '金额'], money: true, side: 'expenditure' },
    ],
    lines: [
      income('in.gpb', '一般公共预算', { aliases: ['一般公共预算资金'] }),
      income('in.govfund', '政府性基金预算', { aliases: ['政府性基金'] }),
      income('in.total', '收入合计', { kind: 'total', aliases: ['收入总计', '本年收入合计'] }),
      ...USE_LINES(['out.use']),
      expenditure('out.total', '支出合计', { kind: 'total', aliases: ['支出总计', '本年支出合计'] }),
    ],
    signature: ['收入', '支出', '支出用途', '金额'],
  },
  functional('f05', 5, '财政拨款支出预算表', ['部门财政拨款支出预算表']),
  economic('f06', 6, '财政拨款基本支出预算表', ['部门财政拨款基本支出预算表']),
  functional('t07', 7, '政府性基金支出预算表', ['部门政府性基金支出预算表', '政府性基金预算支出预算表']),
  functional('t05', 8, '一般公共预算支出预算表', ['部门一般公共预算支出预算表']),
  economic('t06', 9, '一般公共预算基本支出预算表', ['部门一般公共预算基本支出预算表']),
  economic(
    't10',
    10,
    '一般公共预算机关运行经费支出预算表',
    ['部门一般公共预算机关运行经费支出预算表', '机关运行经费支出预算表'],
    '机关运行经费支出',
  ),
  {
    ...base('t09', 11, '一般公共预算“三公”经费、会议费、培训费支出预算表', [
      '部门一般公共预算“三公”经费、会议费、培训费支出预算表',
      '“三公”经费、会议费、培训费支出预算表',
      '一般公共预算“三公”经费支出预算表',
    ]),
    rows: 'lines',
    columns: [
      { id: 'grand', header: ['合计'], money: true },
      { id: 'budget.total', header: ['“三公”经费', '小计'], money: true },
      { id: 'budget.abroad', header: ['“三公”经费', '因公出国（境）费'], money: true },
      { id: 'budget.car', header: ['“三公”经费', '公务用车购置及运行维护费', '小计'], money: true },
      { id: 'budget.carPurchase', header: ['“三公”经费', '公务用车购置及运行维护费', '公务用车购置费'], money: true },
      { id: 'budget.carRun', header: ['“三公”经费', '公务用车购置及运行维护费', '公务用车运行维护费'], money: true },
      { id: 'budget.reception', header: ['“三公”经费', '公务接待费'], money: true },
      { id: 'meeting', header: ['会议费'], money: true },
      { id: 'training', header: ['培训费'], money: true },
    ],
    lines: [{ key: 'main', label: '合计', kind: 'line' }],
    signature: ['因公出国', '公务接待', '会议费', '培训费'],
  },
  {
    ...base('t11', 12, '政府采购预算表', ['政府采购支出预算表', '部门政府采购预算表', '部门政府采购支出预算表']),
    rows: 'lines',
    columns: [{ id: 'amount', header: ['总计'], money: true }],
    // The 品目 tree below each 大类 (专项, 经济科目, 品目, 组织形式) is kept as printed lines of its own.
    lines: [
      line('total', '合计', { kind: 'total' }),
      line('goods', '货物', { parent: 'total', aliases: ['货物A', '一、货物A', '货物 A'] }),
      line('works', '工程', { parent: 'total', aliases: ['工程B', '二、工程B', '工程 B'] }),
      line('services', '服务', { parent: 'total', aliases: ['服务C', '三、服务C', '服务 C'] }),
    ],
    signature: ['采购品目', '采购物品名称', '采购组织形式', '总计'],
  },
];

/** The figures the 部门预算情况说明 names, and their cells. */
const NAMES: readonly PhrasingName[] = [
  {
    pattern: '收入、?支出预算总计|收入预算(?:总计|合计)|收支预算总计',
    table: 't01',
    rowKey: 'in.grand',
    column: 'in.amount',
  },
  { pattern: '支出预算(?:总计|合计)', table: 't01', rowKey: 'out.grand', column: 'out.amount' },
  {
    pattern: '财政拨款收入预算(?:总计)?|财政拨款收、?支总预算',
    table: 't01',
    rowKey: 'in.fiscal',
    column: 'in.amount',
  },
  { pattern: '一般公共预算收入(?:预算)?', table: 't01', rowKey: 'in.gpb', column: 'in.amount' },
  // Named in full so that "财政专户管理资金收入预算总计" is this line, not the 收入预算总计 its words end with.
  {
    pattern: '财政专户管理资金(?:收入)?(?:预算)?(?:总计|合计)?',
    table: 't01',
    rowKey: 'in.specialAccount',
    column: 'in.amount',
  },
  { pattern: '其他资金(?:收入)?(?:预算)?(?:总计|合计)?', table: 't01', rowKey: 'in.otherFunds', column: 'in.amount' },
  { pattern: '财政拨款(?:预算)?支出(?:预算)?', table: 'f05', rowKey: 'total', column: 'total' },
  { pattern: '一般公共预算(?:财政拨款)?(?:预算)?支出(?:预算)?', table: 't05', rowKey: 'total', column: 'total' },
  { pattern: '政府性基金(?:支出)?预算(?:支出)?', table: 't07', rowKey: 'total', column: 'total' },
  { pattern: '(?:财政拨款|一般公共预算(?:财政拨款)?)基本支出预算', table: 't06', rowKey: 'total', column: 'total' },
  { pattern: '基本支出(?:预算数?)?', table: 'b03', rowKey: 'main', column: 'basic' },
  { pattern: '项目支出(?:预算数?)?', table: 'b03', rowKey: 'main', column: 'project' },
  { pattern: '(?:单位)?预留机动经费(?:预算数?)?', table: 'b03', rowKey: 'main', column: 'reserve' },
  { pattern: '"三公"经费(?:预算支出)?', table: 't09', item: 'total' },
  { pattern: '因公出国（境）费(?:用)?(?:预算)?(?:支出)?', table: 't09', item: 'abroad' },
  { pattern: '公务用车购置及运行(?:维护)?费(?:预算)?(?:支出)?', table: 't09', item: 'car' },
  { pattern: '公务用车购置(?:费)?(?:预算)?(?:支出)?', table: 't09', item: 'carPurchase' },
  { pattern: '公务用车运行维护费(?:预算)?(?:支出)?', table: 't09', item: 'carRun' },
  { pattern: '公务接待费(?:预算)?(?:支出)?', table: 't09', item: 'reception' },
  { pattern: '会议费(?:预算)?(?:支出)?', table: 't09', rowKey: 'main', column: 'meeting' },
  { pattern: '培训费(?:预算)?(?:支出)?', table: 't09', rowKey: 'main', column: 'training' },
  { pattern: '机关运行经费(?:预算)?(?:支出)?', table: 't10', rowKey: 'total', column: 'total' },
  { pattern: '政府采购预算(?:总金额)?', table: 't11', rowKey: 'total', column: 'amount' },
  { pattern: '(?:拟)?购买货物', table: 't11', rowKey: 'goods', column: 'amount' },
  { pattern: '(?:拟)?购买工程', table: 't11', rowKey: 'works', column: 'amount' },
  { pattern: '(?:拟)?购买服务', table: 't11', rowKey: 'services', column: 'amount' },
];

export const JIANGSU_BUDGET: LayoutDefinition = {
  id: layout,
  name: '江苏预算版式',
  shortName: '江苏预算',
  documentKind: '预算',
  schemas: SCHEMAS,
  narrativeOnlyTables: [],
  capabilities: { columnNumbers: false, economicBlocks: [['*']], emptyFundNote: false, factsBeyondTables: false },
  requiredSections: [
    { match: /^收支预算总表/, title: '收支预算总表情况说明' },
    { match: /^收入预算/, title: '收入预算情况说明' },
    { match: /^支出预算/, title: '支出预算情况说明' },
    { match: /^财政拨款收支预算总表/, title: '财政拨款收支预算总表情况说明' },
    { match: /^财政拨款支出预算/, title: '财政拨款支出预算表情况说明' },
    { match: /^财政拨款基本支出/, title: '财政拨款基本支出预算表情况说明' },
    { match: /政府性基金/, title: '政府性基金支出预算表情况说明' },
    { match: /^一般公共预算支出预算/, title: '一般公共预算支出预算表情况说明' },
    { match: /^一般公共预算基本支出/, title: '一般公共预算基本支出预算表情况说明' },
    { match: /机关运行经费/, title: '一般公共预算机关运行经费支出预算表情况说明' },
    { match: /三公/, title: '一般公共预算“三公”经费、会议费、培训费支出预算表情况说明' },
    { match: /政府采购/, title: '政府采购预算情况说明' },
  ],
  signature: [
    { in: 'cover', pattern: /江苏/, weight: 3, says: '封面写有“江苏”' },
    { in: 'cover', pattern: /部门预算(?:公开)?$/, weight: 1, says: '封面写“部门预算”' },
    { in: 'toc', pattern: /会议费、?培训费支出预算表$/, weight: 3, says: '目录有“三公”经费、会议费、培训费支出预算表' },
    { in: 'toc', pattern: /部门预算情况说明$/, weight: 1, says: '目录有“部门预算情况说明”' },
    { in: 'tables', pattern: /单位预留机动经费/, weight: 2, says: '支出用途有“单位预留机动经费”' },
    { in: 'any', pattern: /财政专户管理资金/, weight: 1, says: '收入有“财政专户管理资金”' },
  ],
  phrasing: {
    changeLead: () => '与上年相比',
    changeLeadPattern: ANY_CHANGE_LEAD,
    sectionTitles: {
      total: '收支预算总表情况说明',
      income: '收入预算情况说明',
      expenditure: '支出预算情况说明',
      fiscal: '财政拨款收支预算总表情况说明',
      gpb: '一般公共预算支出预算表情况说明',
      basic: '一般公共预算基本支出预算表情况说明',
      govfund: '政府性基金支出预算表情况说明',
      adminCost: '一般公共预算机关运行经费支出预算表情况说明',
      threePublic: '一般公共预算“三公”经费、会议费、培训费支出预算表情况说明',
      procurement: '政府采购预算情况说明',
    },
    names: NAMES,
  },
};
