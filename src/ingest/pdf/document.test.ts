import { describe, expect, it } from 'vitest';
import { buildDisclosure } from './document.js';
import type { Grid } from './grid.js';
import type { LayoutItem, PageLayout } from './layout.js';
import type { TextLine } from './words.js';

/** Pages typed in by hand: text lines at given heights, and grids given as rows of cell texts. */
function line(page: number, top: number, text: string, x0 = 72, size = 12): LayoutItem {
  const l: TextLine = { page, words: [], text, x0, x1: x0 + text.length * size, top, bottom: top + size, size };
  return { kind: 'line', line: l };
}

function grid(page: number, top: number, rows: string[][]): LayoutItem {
  const width = Math.max(...rows.map((r) => r.length));
  const xs = Array.from({ length: width + 1 }, (_, i) => 60 + i * 80);
  const g: Grid = {
    page,
    box: [60, top, 60 + width * 80, top + rows.length * 20],
    xs,
    rows: rows.map((r, ri) =>
      r.map((text, ci) => ({ text, box: [xs[ci] ?? 0, top + ri * 20, xs[ci + 1] ?? 0, top + ri * 20 + 20] as const })),
    ),
    method: 'lattice',
  };
  return { kind: 'grid', grid: g };
}

function page(n: number, items: LayoutItem[]): PageLayout {
  return { page: n, width: 595, height: 842, items, words: [] };
}

const cover = page(1, [line(1, 100, '某省某市某局'), line(1, 130, '2024 年度部门决算')]);

/** The header of a 支出决算表 (t03) as the Shanghai template prints it. */
const header = [
  '科目编码',
  '科目名称',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
];

describe('a document of another layout degrades to findings, never to silence', () => {
  it('reports a ruled table whose title it does not know, and a known table whose columns do not fit', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 60, '第二部分 某局 2024 年度部门决算表'),
          line(2, 90, '收支情况一览表'),
          grid(2, 120, [
            ['项目', '金额'],
            ['收入', '10.00'],
          ]),
          line(2, 300, '支出决算表'),
          line(2, 320, '单位：元'),
          grid(2, 340, [
            ['科目编码', '科目名称', '本年支出合计', '基本支出'],
            ['201', '一般公共服务支出', '10.00', '10.00'],
          ]),
        ]),
      ],
      'x.pdf',
    );
    expect(doc.meta).toMatchObject({ name: '某省某市某局', fiscalYear: 2024 });
    expect(doc.tables).toEqual([]);
    const byRule = doc.diagnostics.map((d) => [d.ruleId, d.locations[0]?.source?.page]);
    expect(byRule).toContainEqual(['import/unknown-table', 2]);
    expect(byRule).toContainEqual(['import/table-unreadable', 2]);
    const unreadable = doc.diagnostics.find((d) => d.ruleId === 'import/table-unreadable');
    expect(unreadable?.message).toBe('无法读取表“支出决算表”：科目名称之后有 2 个数值栏，标准表头为 6 栏');
  });

  it('reads the unit per table and joins a table continued on the next page', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 90, '一般公共预算财政拨款支出决算表'),
          line(2, 110, '单位：元'),
          grid(2, 120, [
            ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            ['201', '一般公共服务支出', '100,000.00', '100,000.00', ''],
          ]),
        ]),
        page(3, [grid(3, 72, [['20101', '人大事务', '100,000.00', '100,000.00', '']])]),
      ],
      'x.pdf',
    );
    const t05 = doc.tables.find((t) => t.id === 't05');
    expect(t05?.unit).toBe('元');
    expect(t05?.rows.map((r) => [r.key, r.source?.page])).toEqual([
      ['201', 2],
      ['20101', 3],
    ]);
  });
});

describe('page furniture', () => {
  it('drops a running header repeated in the top margin of three pages', async () => {
    const { dropRunningHeaders } = await import('./layout.js');
    const pages = [2, 3, 4].map((n) =>
      page(n, [line(n, 20, '上海市普陀区财政局2024年度部门决算'), line(n, 300, `正文第 ${n} 页`)]),
    );
    const kept = dropRunningHeaders(pages).map((p) => p.items.map((i) => (i.kind === 'line' ? i.line.text : '')));
    expect(kept).toEqual([['正文第 2 页'], ['正文第 3 页'], ['正文第 4 页']]);
  });
});

describe('项目支出绩效自评表 in the narrative', () => {
  it('reads a ruled 绩效自评表 (rows as the seed prints them) with page sources, and reports one it cannot read', async () => {
    const { readFileSync } = await import('node:fs');
    const seed = readFileSync(new URL('../../../samples/haidong-rsj-2024.txt', import.meta.url), 'utf8').split('\n');
    // The first table of the seed (lines 601–639), its rows as grid rows: the Qinghai PDF's own cells.
    const rows = seed
      .slice(600, 639)
      .filter((l) => l.includes('\t'))
      .map((l) => l.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 20, '财政拨款“三公”经费支出决算表'),
          grid(2, 30, [
            [
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
              '预算数',
              '决算数',
            ],
            ['1.00', '1.00', '', '', '', '', '', '', '', '', '1.00', '1.00'],
          ]),

          line(2, 60, '第三部分 2024 年度部门决算情况说明'),
          line(2, 90, '1. 劳动维权工作经费项目绩效自评情况'),
        ]),
        page(3, [line(3, 60, '项目支出绩效自评表'), line(3, 80, '(2024年度)'), grid(3, 100, padded.slice(0, 20))]),
        page(4, [grid(4, 72, padded.slice(20))]),
        page(5, [
          line(5, 60, '项目支出绩效自评表'),
          grid(5, 100, [
            ['资金', '某目标'],
            ['指标', ''],
          ]),
        ]),
      ],
      'x.pdf',
    );
    expect(doc.performance.map((x) => [x.projectName, x.source?.page])).toEqual([['劳动维权工作经费', 3]]);
    const p = doc.performance[0];
    expect(p?.projectName).toBe('劳动维权工作经费');
    expect(p?.narrativeHeading).toBe('1. 劳动维权工作经费项目绩效自评情况');
    expect(p?.funds.total?.executed).toEqual({ kind: 'amount', amount: { minor: 696, scale: 2 } });
    expect(p?.total.score).toEqual({ kind: 'number', value: '91' });
    expect(p?.total.source?.page).toBe(4);
    expect(p?.funds.total?.source?.page).toBe(3);
    const unreadable = doc.diagnostics.find((d) => d.ruleId === 'import/performance-unreadable');
    expect(unreadable?.locations[0]?.source?.page).toBe(5);
    expect(unreadable?.message).toBe('第 5 页的“项目支出绩效自评表”无法读取：绩效自评表缺少“项目名称”');
    // The tables' title lines are not prose.
    expect(JSON.stringify(doc.narrative)).not.toContain('项目支出绩效自评表');
  });
});

describe('a table without a title', () => {
  it('is recognised by its header words and its position, and the missing title is reported', () => {
    const fundHeader = [
      '科目编码',
      '科目名称',
      '年初结转和结余',
      '本年收入',
      '本年支出合计',
      '基本支出',
      '项目支出',
      '年末结转和结余',
    ];
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 60, '第二部分 某局 2024 年度部门决算表'),
          grid(2, 100, [
            [
              '科目编码',
              '科目名称',
              '本年支出合计',
              '基本支出',
              '项目支出',
              '上缴上级支出',
              '经营支出',
              '对附属单位补助支出',
            ],
            ['201', '一般公共服务支出', '10.00', '10.00', '', '', '', ''],
          ]),
        ]),
        page(3, [grid(3, 100, [fundHeader, ['', '合计', '', '', '', '', '', '']])]),
        page(4, [grid(4, 100, [fundHeader, ['', '合计', '', '', '', '', '', '']])]),
      ],
      'x.pdf',
    );
    expect(doc.tables.map((t) => t.id)).toEqual(['t03', 't07', 't08']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'import/title-missing').map((d) => d.message)).toEqual([
      '第 2 页的表格上方没有可识别的表名，按表头和位置认作“支出决算表”',
      '第 3 页的表格上方没有可识别的表名，按表头和位置认作“政府性基金预算财政拨款收入支出决算表”',
      '第 4 页的表格上方没有可识别的表名，按表头和位置认作“国有资本经营预算财政拨款收入支出决算表”',
    ]);
  });
});

describe('a table whose header is printed again on the next page', () => {
  it('continues the table rather than starting one whose header words it also contains', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 80, '支出决算表'),
          grid(2, 100, [header, ['201', '一般公共服务支出', '10.00', '10.00', '', '', '', '']]),
        ]),
        page(3, [grid(3, 72, [header, ['205', '教育支出', '5.00', '5.00', '', '', '', '']])]),
      ],
      'x.pdf',
    );
    expect(doc.tables.map((t) => [t.id, t.rows.map((r) => r.key)])).toEqual([['t03', ['201', '205']]]);
  });
});

describe('a document without any table', () => {
  it('is not reported as a disclosure read in full', () => {
    expect(() => buildDisclosure([cover, page(2, [line(2, 100, '一、主要职能')])], 'x.pdf')).toThrow(
      'x.pdf：不是部门决算或部门预算公开文档：找不到任何可识别的报表（如“收入支出决算总表”“财务收支预算总表”）',
    );
  });
});

describe('tolerant recognition of covers and titles', () => {
  const body = (p: number, top: number) =>
    grid(p, top, [header, ['201', '一般公共服务支出', '10.00', '10.00', '', '', '', '']]);

  it('reads a cover title printed over three lines, the party prefix kept out of the region', () => {
    const doc = buildDisclosure(
      [
        page(1, [line(1, 100, '中共上海市普陀区委'), line(1, 130, '社会工作部 2024 年度'), line(1, 160, '部门决算')]),
        page(2, [line(2, 60, '支出决算表'), line(2, 80, '单位：万元'), body(2, 100)]),
      ],
      'x.pdf',
    );
    expect(doc.meta).toMatchObject({
      name: '中共上海市普陀区委社会工作部',
      region: '上海市普陀区',
      fiscalYear: 2024,
      kind: '部门',
      documentKind: '决算',
    });
  });

  it('opens tables on titles with numbering, a year and an organisation before them', () => {
    for (const title of [
      '一、2017 年度某某部门支出决算表',
      '3. 2023年部门支出决算表',
      '4．支出决算表',
      '表3 支出决算表',
    ]) {
      const doc = buildDisclosure(
        [cover, page(2, [line(2, 60, title), line(2, 80, '单位：元'), body(2, 100)])],
        'x.pdf',
      );
      expect(
        doc.tables.map((t) => [t.id, t.unit]),
        title,
      ).toEqual([['t03', '元']]);
    }
  });

  it('never opens a table on a sentence that names one, nor on a prefixed title nothing confirms', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [line(2, 60, '支出决算表'), line(2, 80, '单位：万元'), body(2, 100)]),
        page(3, [line(3, 60, '详见本部门支出决算表'), line(3, 90, '二、某某单位支出决算表'), line(3, 120, '正文一行')]),
      ],
      'x.pdf',
    );
    expect(doc.tables.map((t) => t.id)).toEqual(['t03']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('import/duplicate-table');
  });

  it('reads the unit of each table: 元, 万元, 亿元', () => {
    for (const unit of ['元', '万元', '亿元'] as const) {
      const doc = buildDisclosure(
        [cover, page(2, [line(2, 60, '支出决算表'), line(2, 80, `编制部门：某局    金额单位：${unit}`), body(2, 100)])],
        'x.pdf',
      );
      expect(doc.tables[0]?.unit).toBe(unit);
      expect(doc.meta.unit).toBe(unit);
    }
  });
});
