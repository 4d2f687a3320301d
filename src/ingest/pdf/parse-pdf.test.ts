import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../model/money.js';
import type { Section } from '../../model/narrative.js';
import { getCell, getTable } from '../../model/query.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { TableId } from '../../model/table.js';
import { parsePdf } from './index.js';

/**
 * Cells read by a person off the rendered pages (pdftoppm -png -r 60) of the three sample PDFs, including the
 * tricky ones: wrapped names, cells after a page break, letter-spaced labels, empty tables, the real errors.
 */
const read = (name: string) =>
  parsePdf(readFileSync(new URL(`../../../samples/${name}`, import.meta.url)), { file: name });

/** The printed text of a cell ('' for blank), with the amount normalised ("2,940.05" → "2940.05"). */
function cell(doc: Disclosure, table: TableId, row: string, column: string): string {
  const c = getCell(getTable(doc, table), row, column);
  if (!c) return `<no cell ${table}/${row}/${column}>`;
  if (c.value.kind === 'amount') return formatAmount(c.value.amount);
  return c.value.kind === 'blank' ? '' : c.raw;
}

function outline(sections: readonly Section[]): string[] {
  return sections.map((s) => `${s.numbering?.raw ?? ''}${s.title}`);
}

describe('putuo-czj-2024.pdf (财政局: codes over 类/款/项 columns, values offset inside cells)', () => {
  let doc: Disclosure;
  beforeAll(async () => {
    doc = await read('putuo-czj-2024.pdf');
  }, 60_000);

  it('reads the cover and the nine tables in printed order', () => {
    expect(doc.meta).toMatchObject({
      name: '上海市普陀区财政局',
      region: '上海市普陀区',
      fiscalYear: 2024,
      layout: 'shanghai',
      unit: '万元',
    });
    expect(doc.tables.map((t) => t.id)).toEqual(['t01', 't02', 't03', 't04', 't05', 't06', 't09', 't07', 't08']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'import/table-unreadable')).toEqual([]);
  });

  it('t01: both sides, lines continued on page 7, and the 326.71 that disagrees with t03', () => {
    expect(cell(doc, 't01', 'in.gpb', 'in.amount')).toBe('2940.05');
    expect(cell(doc, 't01', 'in.other', 'in.amount')).toBe('6.20');
    expect(cell(doc, 't01', 'in.govfund', 'in.amount')).toBe('');
    expect(cell(doc, 't01', 'in.total', 'in.amount')).toBe('2946.25');
    expect(cell(doc, 't01', 'in.carryover', 'in.amount')).toBe('49.14');
    expect(getTable(doc, 't01')?.rows.find((r) => r.key === 'in.carryover')?.source?.page).toBe(7);
    expect(cell(doc, 't01', 'in.grand', 'in.amount')).toBe('2995.39');
    expect(cell(doc, 't01', 'out.208', 'out.amount')).toBe('326.71');
    expect(cell(doc, 't01', 'out.221', 'out.amount')).toBe('445.69');
    expect(cell(doc, 't01', 'out.carryover', 'out.amount')).toBe('55.34');
    expect(cell(doc, 't01', 'out.grand', 'out.amount')).toBe('2995.39');
  });

  it('t02: codes joined from 类/款/项, a wrapped name, a row after the page break', () => {
    expect(cell(doc, 't02', 'total', 'total')).toBe('2946.25');
    expect(cell(doc, 't02', '2010601', 'total')).toBe('1511.90');
    expect(cell(doc, 't02', '2010601', 'fiscal')).toBe('1511.89');
    expect(cell(doc, 't02', '2010601', 'other')).toBe('0.01');
    const wrapped = getTable(doc, 't02')?.rows.find((r) => r.key === '2080505');
    expect(wrapped?.label).toBe('机关事业单位基本养老保险缴费支出');
    expect(cell(doc, 't02', '2210203', 'total')).toBe('258.50');
    expect(getTable(doc, 't02')?.rows.find((r) => r.key === '2210203')?.source?.page).toBe(9);
  });

  it('t03 and t05: figures printed above the middle of their cells land in the right column', () => {
    expect(cell(doc, 't03', 'total', 'basic')).toBe('2336.91');
    expect(cell(doc, 't03', 'total', 'project')).toBe('603.14');
    expect(cell(doc, 't03', '2010602', 'basic')).toBe('');
    expect(cell(doc, 't03', '2010602', 'project')).toBe('10.00');
    expect(cell(doc, 't03', '2080599', 'total')).toBe('0.94');
    expect(cell(doc, 't05', '2010601', 'basic')).toBe('1503.52');
    expect(cell(doc, 't05', '2010601', 'project')).toBe('8.37');
    expect(getTable(doc, 't05')?.rows.at(-1)?.key).toBe('total');
    expect(cell(doc, 't05', 'total', 'basic')).toBe('2336.91');
  });

  it('t04: the repeated 一般公共预算财政拨款 label under 年初结转 is its own line', () => {
    expect(cell(doc, 't04', 'in.gpb', 'in.amount')).toBe('2940.05');
    expect(cell(doc, 't04', 'in.carryover', 'in.amount')).toBe('21.63');
    expect(cell(doc, 't04', 'in.carryover.gpb', 'in.amount')).toBe('21.63');
    expect(cell(doc, 't04', 'in.grand', 'in.amount')).toBe('2961.68');
    expect(cell(doc, 't04', 'out.208', 'out.total')).toBe('326.71');
    expect(cell(doc, 't04', 'out.208', 'out.gpb')).toBe('326.71');
    expect(cell(doc, 't04', 'out.grand', 'out.gpb')).toBe('2961.68');
  });

  it('t06: two blocks of 类 and 款 columns, continued on page 17, with the two totals', () => {
    expect(cell(doc, 't06', '30102', 'amount')).toBe('1238.58');
    expect(cell(doc, 't06', '30103', 'amount')).toBe('');
    expect(cell(doc, 't06', '30309', 'amount')).toBe('0.31');
    expect(getTable(doc, 't06')?.rows.find((r) => r.key === '30309')?.source?.page).toBe(17);
    expect(getTable(doc, 't06')?.rows.find((r) => r.key === '30212')?.label).toBe('因公出国（境）费用');
    expect(cell(doc, 't06', '31002', 'amount')).toBe('13.58');
    expect(cell(doc, 't06', 'personnel', 'amount')).toBe('2152.26');
    expect(cell(doc, 't06', 'public', 'amount')).toBe('184.65');
  });

  it('t09: merged headers over twelve columns; t07/t08 printed empty with their note', () => {
    expect(cell(doc, 't09', 'main', 'budget.total')).toBe('0.95');
    expect(cell(doc, 't09', 'main', 'actual.total')).toBe('');
    expect(cell(doc, 't09', 'main', 'budget.reception')).toBe('0.95');
    expect(getTable(doc, 't07')?.empty).toBe(true);
    expect(getTable(doc, 't07')?.notes).toContain('注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。');
    expect(getTable(doc, 't08')?.empty).toBe(true);
  });

  it('every cell carries its page and box', () => {
    const c = getCell(getTable(doc, 't02'), '2010601', 'fiscal');
    expect(c?.source?.page).toBe(8);
    const [x0, y0, x1, y1] = c?.source?.box ?? [0, 0, 0, 0];
    // The 财政拨款收入 column of page 8 (landscape, points from the top-left).
    expect(x0).toBeGreaterThan(420);
    expect(x1).toBeLessThan(500);
    expect(y0).toBeGreaterThan(270);
    expect(y1).toBeLessThan(300);
  });

  it('narrative: eleven sections, the 项 items under 五（三）, a heading wrapped onto the next line', () => {
    expect(outline(doc.narrative)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    const items = doc.narrative[4]?.children[2]?.children ?? [];
    expect(items.map((s) => s.numbering?.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(items[4]?.title).toBe('社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）');
    expect(doc.narrative[0]?.paragraphs[0]?.text).toContain('收入支出总计2995.39万元');
    expect(doc.narrative[2]?.paragraphs[0]?.text).toBe(
      '本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；',
    );
    expect(doc.otherMatters.map((p) => p.text.slice(0, 8))).toContain('机关运行经费支出');
    // Paragraphs set apart by a blank line but no indent (page 24), and one that goes on after "主要原因：".
    const procurement = doc.narrative[10]?.children[1]?.paragraphs.map((p) => p.text.slice(0, 12));
    expect(procurement).toEqual(['上海市普陀区财政局202', '2024年度本部门面向中']);
    expect(doc.narrative[3]?.paragraphs).toHaveLength(1);
    expect(doc.overview.duties).toHaveLength(11);
    expect(doc.overview.unitCount).toBe(3);
    expect(doc.overview.organization.map((p) => p.text)).toContain('2 上海市普陀区财政局财政所 预算不单列，并入本级');
    expect(doc.glossary.map((g) => g.term)).toContain('机关运行经费');
  });
});

describe('putuo-ghzyj-2024.pdf (规划和自然资源局: rules drawn as thin rectangles, codes in one column)', () => {
  let doc: Disclosure;
  beforeAll(async () => {
    doc = await read('putuo-ghzyj-2024.pdf');
  }, 60_000);

  it('reads all nine tables from rectangle rules', () => {
    expect(doc.meta.name).toBe('上海市普陀区规划和自然资源局');
    expect(doc.tables.map((t) => t.id)).toEqual(['t01', 't02', 't03', 't04', 't05', 't06', 't09', 't07', 't08']);
  });

  it('t01: 24 expenditure lines as printed, and 3845.25 (t03 prints 3845.24)', () => {
    const t01 = getTable(doc, 't01');
    expect(t01?.rows.filter((r) => r.side === 'expenditure' && r.code).length).toBe(24);
    expect(cell(doc, 't01', 'in.gpb', 'in.amount')).toBe('9746.50');
    expect(cell(doc, 't01', 'in.carryover', 'in.amount')).toBe('112.88');
    expect(cell(doc, 't01', 'out.212', 'out.amount')).toBe('3845.25');
    expect(cell(doc, 't01', 'out.234', 'out.amount')).toBe('');
    expect(cell(doc, 't01', 'out.carryover', 'out.amount')).toBe('100.00');
    expect(cell(doc, 't01', 'out.grand', 'out.amount')).toBe('9859.38');
  });

  it('t03: zero printed as 0.00 is an amount, not a blank', () => {
    expect(cell(doc, 't03', '212', 'total')).toBe('3845.24');
    expect(cell(doc, 't03', '212', 'basic')).toBe('1585.59');
    expect(cell(doc, 't03', '2200199', 'basic')).toBe('0.00');
    expect(getCell(getTable(doc, 't03'), '2200199', 'basic')?.value.kind).toBe('amount');
    expect(cell(doc, 't03', '2200199', 'remit')).toBe('');
  });

  it('t05: names wrapped over two and three lines inside a cell, 合计 after the page break', () => {
    const rows = getTable(doc, 't05')?.rows ?? [];
    expect(rows.find((r) => r.key === '208')?.label).toBe('社会保障和就业支出');
    expect(rows.find((r) => r.key === '2080505')?.label).toBe('机关事业单位基本养老保险缴费支出');
    expect(cell(doc, 't05', '212', 'basic')).toBe('1572.70');
    expect(cell(doc, 't05', 'total', 'total')).toBe('9746.50');
    expect(cell(doc, 't05', 'total', 'basic')).toBe('5364.75');
    expect(rows.find((r) => r.key === 'total')?.source?.page).toBe(15);
  });

  it('t06, t09 and the empty t07 whose 合计 row shares the header row', () => {
    expect(cell(doc, 't06', '30217', 'amount')).toBe('0.39');
    expect(cell(doc, 't06', 'personnel', 'amount')).toBe('4884.09');
    expect(cell(doc, 't06', 'public', 'amount')).toBe('480.66');
    expect(cell(doc, 't09', 'main', 'budget.total')).toBe('2.85');
    expect(cell(doc, 't09', 'main', 'actual.total')).toBe('0.39');
    expect(cell(doc, 't09', 'main', 'actual.abroad')).toBe('0.00');
    expect(cell(doc, 't09', 'main', 'actual.reception')).toBe('0.39');
    expect(getTable(doc, 't07')?.empty).toBe(true);
    expect(getTable(doc, 't07')?.notes.some((n) => n.startsWith('说明：上海市普陀区规划和自然资源局本年度没有'))).toBe(
      true,
    );
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('narrative and overview: 14 duties, 13 项 items, a 。 printed on the next line rejoined', () => {
    expect(doc.toc).toHaveLength(26);
    expect(doc.toc.filter((e) => e.text.startsWith('第')).map((e) => e.text)[1]).toBe(
      '第二部分上海市普陀区规划和自然资源局2024年度部门决算表',
    );
    expect(doc.overview.duties).toHaveLength(14);
    expect(doc.overview.unitCount).toBe(5);
    expect(doc.overview.organization.map((p) => p.text)).toContain(
      '2 上海市普陀区规划和自然资源局执法大队（下属参公事业单位）',
    );
    expect(doc.narrative).toHaveLength(11);
    expect(doc.narrative[4]?.children[2]?.children).toHaveLength(13);
    const item6 = doc.narrative[4]?.children[2]?.children[5];
    expect(item6?.title).toBe('卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）');
    expect(item6?.paragraphs[0]?.text).toContain('（项）。主要用于：行政单位医疗保险支出。年初预算为42.73万元');
  });
});

describe('shanghai-template-2024.pdf (the template: empty tables, XXX placeholders)', () => {
  let doc: Disclosure;
  beforeAll(async () => {
    doc = await read('shanghai-template-2024.pdf');
  }, 60_000);

  it('parses as a document whose nine tables are all empty', () => {
    expect(doc.meta.name).toBe('上海市XX局');
    expect(doc.tables.map((t) => t.id)).toEqual(['t01', 't02', 't03', 't04', 't05', 't06', 't09', 't07', 't08']);
    expect(doc.tables.every((t) => t.empty)).toBe(true);
    // The example rows are kept (with blank cells), the "…" rows dropped.
    expect(getTable(doc, 't02')?.rows.map((r) => r.key)).toEqual(['total', '205', '20502', '2050205', '207', '20799']);
    expect(getTable(doc, 't06')?.rows).toHaveLength(67);
  });

  it('keeps the XXX placeholders of the narrative for the checker', () => {
    expect(doc.narrative).toHaveLength(11);
    expect(doc.overview.unitCount).toBe(3); // the "。。。" rows of the units table are not units
    expect(doc.narrative[0]?.paragraphs[0]?.text).toContain('收入支出总计XXX万元');
    expect(doc.narrative[1]?.paragraphs[0]?.text).toContain('财政拨款收入XXX万元，占XX%');
  });
});
