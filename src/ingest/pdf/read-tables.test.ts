import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { getSchema } from '../../model/schemas/index.js';
import type { Box } from './grid.js';
import { readLocatedTable } from './read-tables.js';
import type { LocatedTable, PageRow } from './table-rows.js';

/** A grid typed in by hand: one array of cell texts per row, 60 pt wide cells, 20 pt high rows. */
function located(schemaId: string, rows: string[][]): LocatedTable {
  const grid: PageRow[] = rows.map((texts, r) => ({
    page: 3,
    cells: texts.map((text, c) => ({ text, box: [c * 60, 100 + r * 20, (c + 1) * 60, 120 + r * 20] as Box })),
  }));
  const schema = getSchema(schemaId);
  return {
    file: 't.pdf',
    schema,
    title: schema.title,
    titlePage: 3,
    titleBox: [0, 60, 200, 80],
    unit: '万元',
    rows: grid,
    notes: [],
    method: 'lattice',
    diagnostics: [] as Finding[],
  };
}

describe('reading a located table', () => {
  it('reads a 功能分类 table with one code column and reports a header that names another column', () => {
    const t = located('shanghai/t05', [
      ['功能分类科目编码', '科目名称', '合计', '基本支出', '经营支出'],
      ['208', '社会保障和就业支出', '1,754.75', '754.75', '1,000.00'],
      ['', '合计', '1,754.75', '754.75', '1,000.00'],
    ]);
    const table = readLocatedTable(t);
    expect(table?.rows.map((r) => r.key)).toEqual(['208', 'total']);
    expect(table?.rows[0]?.cells['project']?.raw).toBe('1,000.00');
    expect(table?.rows[0]?.cells['project']?.source).toEqual({ file: 't.pdf', page: 3, box: [240, 120, 300, 140] });
    expect(t.diagnostics.map((d) => d.ruleId)).toEqual(['import/header-mismatch']);
    expect(t.diagnostics[0]?.message).toContain('“经营支出”');
  });

  it('reports a table whose columns do not fit the schema instead of reading figures into wrong columns', () => {
    const t = located('shanghai/t05', [
      ['功能分类科目编码', '科目名称', '合计', '基本支出'],
      ['208', '社会保障和就业支出', '754.75', '754.75'],
    ]);
    expect(readLocatedTable(t)).toBeUndefined();
    expect(t.diagnostics).toHaveLength(1);
    expect(t.diagnostics[0]).toMatchObject({ ruleId: 'import/table-unreadable', severity: 'error' });
    expect(t.diagnostics[0]?.message).toBe(
      '无法读取表“一般公共预算财政拨款支出决算表”：科目名称之后有 2 个数值栏，标准表头为 3 栏',
    );
    expect(t.diagnostics[0]?.locations[0]?.source?.page).toBe(3);
  });

  it('keeps text in a figures column as text and says so', () => {
    const t = located('shanghai/t05', [
      ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['208', '社会保障和就业支出', 'XXX', '754.75', ''],
    ]);
    const table = readLocatedTable(t);
    expect(table?.rows[0]?.cells['total']?.value).toEqual({ kind: 'text', text: 'XXX' });
    expect(table?.rows[0]?.cells['project']?.value).toEqual({ kind: 'blank' });
    expect(t.diagnostics.map((d) => d.ruleId)).toEqual(['import/bad-cell']);
  });

  it('skips 行次 columns and 栏次 rows of the Qinghai layout, keeping the line numbers', () => {
    const t = located('qinghai/t01', [
      ['收入', '', '', '支出', '', ''],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', '', '1', '栏次', '', '2'],
      ['一、一般公共预算财政拨款收入', '1', '1,551.86', '一、一般公共服务支出', '32', ''],
      ['本年收入合计', '27', '1,551.86', '本年支出合计', '58', '1,551.86'],
    ]);
    const table = readLocatedTable(t);
    expect(table?.rows.map((r) => [r.key, r.lineNo, r.cells['in.amount']?.raw ?? r.cells['out.amount']?.raw])).toEqual([
      ['in.gpb', 1, '1,551.86'],
      ['in.total', 27, '1,551.86'],
      ['out.201', 32, ''],
      ['out.total', 58, '1,551.86'],
    ]);
    expect(t.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  });

  it('reads a one-sided table of lines (Qinghai t11) with its 行次', () => {
    const t = located('qinghai/t11', [
      ['项目', '行次', '金额'],
      ['政府采购支出合计', '1', '12.50'],
      ['政府采购货物支出', '2', '2.50'],
      ['其中：授予小微企业合同金额', '6', ''],
    ]);
    const table = readLocatedTable(t);
    expect(table?.rows.map((r) => [r.key, r.lineNo, r.numbering, r.cells['amount']?.raw, r.side])).toEqual([
      ['total', 1, undefined, '12.50', undefined],
      ['goods', 2, undefined, '2.50', undefined],
      ['small', 6, '其中：', '', undefined],
    ]);
    expect(t.diagnostics).toEqual([]);
  });

  it('reports a 三公 table whose 预算数 / 决算数 columns are not where the schema has them', () => {
    const t = located('shanghai/t09', [
      [
        '决算数',
        '预算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
      ],
      ['1.00', '2.00', '', '', '', '', '', '', '', '', '2.00', '1.00'],
    ]);
    const table = readLocatedTable(t);
    expect(table?.rows[0]?.cells['budget.total']?.raw).toBe('1.00');
    expect(t.diagnostics.map((d) => d.ruleId)).toEqual(['import/header-mismatch']);
  });

  it('reads a label printed over two columns (类 | 项) by its deepest cell that names a line', () => {
    const t = located('jiangsu-budget/b02', [
      ['项目名称', '', '金额'],
      ['', '收入总计', '28,849.38'],
      ['', '小计', '28,849.38'],
      ['一般公共预算资金', '公共财政拨款(补助)资金', '28,849.38'],
      ['', '专项收入', ''],
      ['政府性基金', '小计', ''],
    ]);
    const table = readLocatedTable(t);
    expect(t.diagnostics).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.cells['total']?.raw])).toEqual([
      ['grand', '28,849.38'],
      ['gpb', '28,849.38'],
      ['gpb.appropriation', '28,849.38'],
      ['gpb.special', ''],
      ['govfund', ''],
    ]);
  });

  it('keeps the printed tree below the schema lines (政府采购) with its path, a cell broken by the page end joined', () => {
    const t = located('jiangsu-budget/t11', [
      ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'],
      ['合计', '', '', '', '', '30.00'],
      ['三、服务C', '', '', '', '', '30.00'],
      ['', '应用软件购建费', '信息网络及软件购', '', '', '30.00'],
      ['', '', '置更新', '', '', ''],
      ['', '', '', '软件开发服务', '部门集中采购', '20.00'],
      ['', '', '', '', '分散自行组织', '10.00'],
    ]);
    const table = readLocatedTable(t);
    expect(t.diagnostics).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.cells['amount']?.raw])).toEqual([
      ['total', '30.00'],
      ['services', '30.00'],
      ['detail:三、服务C/应用软件购建费/信息网络及软件购置更新', '30.00'],
      ['detail:三、服务C/应用软件购建费/信息网络及软件购置更新/软件开发服务/部门集中采购', '20.00'],
      ['detail:三、服务C/应用软件购建费/信息网络及软件购置更新/软件开发服务/分散自行组织', '10.00'],
    ]);
  });
});
