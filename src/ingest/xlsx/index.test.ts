import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../check/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { parseSeed, seedWriterInput } from '../../../test/fixtures/haidong.js';
import { putuoCzjWriterInput } from '../../../test/fixtures/putuo-czj.js';
import { composeDisclosure } from '../../narrative/index.js';
import { renderXlsx, writeTemplate } from '../../render/xlsx/index.js';
import { IngestError } from '../errors.js';
import { readWorkbook } from './index.js';
import { importForTest } from '../../../test/import.js';

/** A workbook through the application core: a template composed (and its missing reasons named), or read. */
const importXlsx = (bytes: Uint8Array, file: string) => importForTest({ bytes, file });

/** Non-blank cells of a table as "row|column = value", amounts compared by value (1.4 = 1.40). */
function figures(t: Table | undefined): string[] {
  return (t?.rows ?? []).flatMap((r) =>
    Object.entries(r.cells)
      .filter(([, c]) => c.value.kind !== 'blank')
      .map(([col, c]) => {
        const v = c.value;
        const shown = v.kind === 'amount' ? String(v.amount.minor / 10 ** v.amount.scale) : JSON.stringify(v);
        return `${r.key}|${r.label}|${col}=${shown}`;
      }),
  );
}

function paragraphs(doc: Disclosure): string[] {
  const walk = (s: Disclosure['narrative'][number]): string[] => [
    `${s.numbering?.raw ?? ''}${s.title}`,
    ...s.paragraphs.map((p) => p.text),
    ...s.children.flatMap(walk),
  ];
  return doc.narrative.flatMap(walk);
}

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function failure(bytes: Uint8Array): Promise<string> {
  try {
    await importXlsx(bytes, '模板.xlsx');
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as Error).message;
  }
  throw new Error('expected the workbook to be rejected');
}

/** Finds the row of a sheet whose column `col` holds `text`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? '') === text) return r;
  throw new Error(`no row with ${text}`);
}

const T05 = '公开05表 一般公共预算财政拨款支出决算表';

describe('the fillable template filled with the seed (Qinghai)', async () => {
  const input = seedWriterInput();
  const direct = composeDisclosure(input);
  const bytes = await writeTemplate({ layout: 'qinghai', year: 2024, input });
  const back = composeDisclosure(await readWorkbook(bytes, { file: '模板.xlsx' }));

  it('reads back to the same tables and the same 情况说明, which pass the checker', () => {
    for (const t of direct.tables) expect(figures(back.tables.find((x) => x.id === t.id)), t.id).toEqual(figures(t));
    expect(paragraphs(back)).toEqual(paragraphs(direct));
    expect(back.diagnostics).toEqual([]);
    expect(checkDisclosure(back).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(back.meta).toMatchObject({ name: '海东市人力资源和社会保障局', fiscalYear: 2024, layout: 'qinghai' });
    expect(back.performance.map((p) => p.projectName)).toEqual(direct.performance.map((p) => p.projectName));
  });

  it('names sheet and cell of text typed in a number cell', async () => {
    const bad = await edit(bytes, (wb) => {
      const ws = wb.getWorksheet(T05);
      if (!ws) throw new Error('no t05');
      ws.getCell(rowWith(ws, 1, '2080104'), 5).value = '二十六点一八';
    });
    const msg = await failure(bad);
    expect(msg).toMatch(/^模板\.xlsx：工作簿有 \d+ 处需要修改/);
    expect(msg).toMatch(
      /工作表“公开05表 一般公共预算财政拨款支出决算表”E\d+：应填写数字（万元），实际为“二十六点一八”/,
    );
  });

  it('names the cell of a total that does not match its parts', async () => {
    const bad = await edit(bytes, (wb) => {
      const ws = wb.getWorksheet(T05);
      if (!ws) throw new Error('no t05');
      ws.getCell(rowWith(ws, 1, '20801'), 3).value = 900;
    });
    expect(await failure(bad)).toMatch(
      /工作表“公开05表 一般公共预算财政拨款支出决算表”C\d+：20801 人力资源和社会保障管理事务的金额 900\.00 与下级科目之和 887\.57 不符/,
    );
  });

  it('names the cell of a reason missing where 决算 differs from 年初预算, and of a 比上年 reason', async () => {
    let budgetRow = 0;
    const bad = await edit(bytes, (wb) => {
      const ws = wb.getWorksheet('年初预算');
      const reasons = wb.getWorksheet('原因');
      if (!ws || !reasons) throw new Error('no sheets');
      budgetRow = rowWith(ws, 1, '2080104');
      ws.getCell(budgetRow, 4).value = null;
      reasons.getCell(rowWith(reasons, 3, 'total.change'), 2).value = null;
    });
    const msg = await failure(bad);
    expect(msg).toContain(`工作表“年初预算”D${budgetRow}：科目 2080104 的决算数与年初预算数不同，请填写原因`);
    expect(msg).toMatch(/工作表“原因”B3：缺少原因说明：“2024 年度收入、支出总计 1551\.86 万元，比上年/);
  });
});

describe('the template written empty', async () => {
  const bytes = await writeTemplate({ layout: 'qinghai', year: 2024 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);

  it('has one sheet per table in the layout’s order, then the fact sheets', () => {
    const names = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names.slice(0, 11)).toEqual([
      '公开01表 收入支出决算总表',
      '公开02表 收入决算表',
      '公开03表 支出决算表',
      '公开04表 财政拨款收入支出决算总表',
      '公开05表 一般公共预算财政拨款支出决算表',
      '公开06表 一般公共预算财政拨款基本支出决算表',
      '公开07表 政府性基金预算财政拨款收入支出决算表',
      '公开08表 国有资本经营预算财政拨款收入支出决算表',
      '公开09表 财政拨款“三公”经费支出决算表',
      '公开10表 机关运行经费支出情况表',
      '公开11表 政府采购支出情况表',
    ]);
    for (const s of [
      '部门概况',
      '上年数',
      '年初预算',
      '三公预算与统计数',
      '机关运行经费',
      '政府采购',
      '国有资产',
      '原因',
      '绩效自评',
      '名词解释',
    ]) {
      expect(names).toContain(s);
    }
  });

  it('prints t05’s header as the seed does: 本年支出 over 小计/基本支出/项目支出, then 栏次 1 2 3', () => {
    const ws = wb.getWorksheet(T05);
    if (!ws) throw new Error('no t05');
    expect(ws.getCell('A1').value).toBe('一般公共预算财政拨款支出决算表');
    expect(ws.getCell('C3').value).toBe('本年支出');
    expect(ws.getCell('E3').isMerged && ws.getCell('E3').master.address).toBe('C3');
    expect([ws.getCell('C4').value, ws.getCell('D4').value, ws.getCell('E4').value]).toEqual([
      '小计',
      '基本支出',
      '项目支出',
    ]);
    expect(ws.getCell('A3').master.address).toBe('A3');
    expect(ws.getCell('A4').master.address).toBe('A3');
    expect([ws.getCell('C5').value, ws.getCell('D5').value, ws.getCell('E5').value]).toEqual([1, 2, 3]);
  });

  it('locks derived cells (formulas) and unlocks validated input cells', () => {
    const ws = wb.getWorksheet(T05);
    if (!ws) throw new Error('no t05');
    const total = ws.getCell('C6');
    expect(total.formula).toMatch(/^SUMPRODUCT/);
    const rowTotal = ws.getCell('C7');
    expect(rowTotal.formula).toBe('IF(COUNT(D7,E7)=0,"",SUM(D7,E7))');
    const input = ws.getCell('D7');
    expect(input.protection?.locked).toBe(false);
    expect(input.dataValidation).toMatchObject({ type: 'custom', formulae: ['AND(ISNUMBER(D7),ROUND(D7,2)=D7)'] });
    expect(ws.getCell('A7').dataValidation?.formulae?.[0]).toBe('OR(LEN(A7)=3,LEN(A7)=5,LEN(A7)=7)');
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  it('reads a template filled by hand with only 项 rows, deriving 款, 类, 合计 and each row’s 小计', async () => {
    const filled = await edit(bytes, (w) => {
      const ws = w.getWorksheet(T05);
      const overview = w.getWorksheet('部门概况');
      if (!ws || !overview) throw new Error('no sheets');
      overview.getCell('B3').value = '某某局';
      ws.getCell('A7').value = '2080101';
      ws.getCell('B7').value = '行政运行';
      ws.getCell('D7').value = 430.76;
      ws.getCell('A8').value = '2080104';
      ws.getCell('B8').value = '综合业务管理';
      ws.getCell('E8').value = 26.18;
      // 年初预算 equal to 决算 for both 项: no reason is needed.
      const budget = w.getWorksheet('年初预算');
      if (!budget) throw new Error('no 年初预算');
      budget.getCell('A4').value = '2080101';
      budget.getCell('C4').value = 430.76;
      budget.getCell('A5').value = '2080104';
      budget.getCell('C5').value = 26.18;
    });
    const input = await readWorkbook(filled, { file: '手填.xlsx' });
    const t05 = input.tables.find((t) => t.id === 't05');
    expect(t05?.rows.map((r) => r.key)).toEqual(['total', '208', '20801', '2080101', '2080104']);
    expect(figures(t05)).toEqual([
      'total|合计|total=456.94', 'total|合计|basic=430.76', 'total|合计|project=26.18',
      '208|社会保障和就业支出|total=456.94', '208|社会保障和就业支出|basic=430.76', '208|社会保障和就业支出|project=26.18',
      '20801|人力资源和社会保障管理事务|total=456.94', '20801|人力资源和社会保障管理事务|basic=430.76', '20801|人力资源和社会保障管理事务|project=26.18',
      '2080101|行政运行|total=430.76', '2080101|行政运行|basic=430.76',
      '2080104|综合业务管理|total=26.18', '2080104|综合业务管理|project=26.18',
    ]); // prettier-ignore
    expect(t05?.rows[3]?.cells['basic']?.source).toEqual({ file: '手填.xlsx', sheet: T05, cell: 'D7' });
  });

  it('asks for the department name when it is missing', async () => {
    expect(await failure(bytes)).toContain('工作表“部门概况”B3：请填写部门（单位）名称');
  });

  it('rejects a file that is not a workbook', async () => {
    await expect(readWorkbook(new TextEncoder().encode('not a zip'), { file: 'x.xlsx' })).rejects.toThrow(
      'x.xlsx：无法读取 Excel 文件（不是有效的 .xlsx 工作簿）',
    );
  });
});

describe('the Shanghai template filled with 普陀区财政局 figures', async () => {
  const input = putuoCzjWriterInput();
  const direct = composeDisclosure(input);
  const bytes = await writeTemplate({ layout: 'shanghai', year: 2024, input });
  const back = composeDisclosure(await readWorkbook(bytes, { file: 'czj.xlsx' }));

  it('reads back to the same tables and 情况说明, with zero errors and warnings', () => {
    for (const t of direct.tables) expect(figures(back.tables.find((x) => x.id === t.id)), t.id).toEqual(figures(t));
    expect(paragraphs(back)).toEqual(paragraphs(direct));
    expect(checkDisclosure(back).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a rendered workbook read back (render → import → same model)', async () => {
  const seed = parseSeed();
  const bytes = await renderXlsx(seed);
  const back = await importXlsx(bytes, 'seed.xlsx');

  it('gives the same tables as the parsed seed, errors and all, with labels and 行次 as printed', () => {
    expect(back.tables.map((t) => t.id)).toEqual(seed.tables.map((t) => t.id));
    for (const t of seed.tables) {
      const b = back.tables.find((x) => x.id === t.id);
      expect(figures(b), t.id).toEqual(figures(t));
      expect(
        b?.rows.map((r) => [r.key, r.label, r.numbering ?? '', r.lineNo ?? '']),
        t.id,
      ).toEqual(t.rows.map((r) => [r.key, r.label, r.numbering ?? '', r.lineNo ?? '']));
      expect(b?.empty, t.id).toBe(t.empty);
      expect(b?.number, t.id).toBe(t.number);
    }
  });

  it('gives the same 情况说明 and metadata', () => {
    expect(paragraphs(back)).toEqual(paragraphs(seed));
    expect(back.meta).toMatchObject({ name: seed.meta.name, fiscalYear: 2024, layout: 'qinghai', unit: '万元' });
    expect(back.glossary.map((g) => g.term)).toEqual(seed.glossary.map((g) => g.term));
  });

  it('gives back everything else the document holds: 目录, part headings, 部门概况, 绩效自评表, printed digits', () => {
    // Sources differ (sheet and cell instead of line); everything else is the model as read from the text.
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'source' ? undefined : x)));
    expect(plain(back.toc)).toEqual(plain(seed.toc));
    expect(plain(back.partHeadings)).toEqual(plain(seed.partHeadings));
    expect(plain(back.overview)).toEqual(plain(seed.overview));
    expect(plain(back.performance)).toEqual(plain(seed.performance));
    expect(plain(back.glossary)).toEqual(plain(seed.glossary));
    expect(plain(back.otherMatters)).toEqual(plain(seed.otherMatters));
    expect(plain(back.tables)).toEqual(plain(seed.tables.map((t) => ({ ...t, source: undefined }))));
  });

  it('lays t01 out as printed: 收入 | 行次 | 金额 beside 支出 | 行次 | 金额, 合计 lines on one row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('公开01表 收入支出决算总表');
    if (!ws) throw new Error('no t01');
    expect([ws.getCell('A3').value, ws.getCell('D3').value]).toEqual(['收入', '支出']);
    expect(ws.getCell('C3').master.address).toBe('A3');
    expect([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('C4').value]).toEqual(['项目', '行次', '金额']);
    const r = rowWith(ws, 1, '本年收入合计');
    expect([ws.getCell(r, 2).value, ws.getCell(r, 3).value, ws.getCell(r, 4).value, ws.getCell(r, 6).value]).toEqual([
      27,
      1478.86,
      '本年支出合计',
      1551.86,
    ]);
    expect(ws.getCell(r, 3).numFmt).toBe('#,##0.00');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:5' });
    // t09's statistics two per line, as the seed prints them.
    const t09 = wb.getWorksheet('公开09表 财政拨款“三公”经费支出决算表');
    if (!t09) throw new Error('no t09');
    const c = rowWith(t09, 1, '国内公务接待批次(个)');
    expect([1, 2, 3, 4].map((k) => t09.getCell(c, k).value)).toEqual([
      '国内公务接待批次(个)',
      2,
      '国内公务接待人次(人)',
      18,
    ]);
  });
});

describe('other workbooks', () => {
  it('renders and reads back the Shanghai layout (4-level 三公 header, 合计 last in t05)', async () => {
    const doc = composeDisclosure(putuoCzjWriterInput());
    const back = await importXlsx(await renderXlsx(doc), 'czj.xlsx');
    for (const t of doc.tables) {
      expect(figures(back.tables.find((x) => x.id === t.id)), t.id).toEqual(figures(t));
      expect(back.tables.find((x) => x.id === t.id)?.notes, t.id).toEqual(t.notes);
    }
    expect(paragraphs(back)).toEqual(paragraphs(doc));
  });

  it('reads tables laid out as Juesuan prints them from a workbook without its marker sheet, by their titles', async () => {
    const seed = parseSeed();
    const unmarked = await edit(await renderXlsx(seed), (wb) => {
      const meta = wb.getWorksheet('_juesuan');
      if (meta) wb.removeWorksheet(meta.id);
    });
    // The year is stated before a table's title, as the finance software prints it; without it, no guess.
    await expect(importXlsx(unmarked, '导出.xlsx')).rejects.toThrow(
      /^导出\.xlsx，工作表“[^”]+”A1 单元格：没有写明决算年度/,
    );
    const bytes = await edit(unmarked, (wb) => {
      const ws = wb.worksheets.find((w) => w.getCell('A1').value === '收入支出决算总表');
      if (!ws) throw new Error('no t01 sheet');
      ws.getCell('A1').value = '2023年度收入支出决算总表';
    });
    const back = await importXlsx(bytes, '导出.xlsx');
    expect(back.meta.fiscalYear).toBe(2023);
    expect(back.tables.map((t) => t.id)).toEqual(seed.tables.map((t) => t.id));
    expect(figures(back.tables.find((t) => t.id === 't05'))).toEqual(figures(seed.tables.find((t) => t.id === 't05')));
  });

  it('a workbook whose marker sheet lost its year says so, naming the sheet and cell, instead of guessing', async () => {
    const bytes = await edit(await renderXlsx(parseSeed()), (wb) => {
      const meta = wb.getWorksheet('_juesuan');
      if (!meta) throw new Error('no meta sheet');
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'year') row.getCell(2).value = '';
      });
    });
    const e: unknown = await importXlsx(bytes, '无年度.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).code).toBe('ingest/no-fiscal-year');
    expect((e as IngestError).message).toMatch(/^无年度\.xlsx，工作表“_juesuan”B\d+ 单元格：没有写明决算年度/);
  });

  it('says so when a workbook holds no disclosure table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '工资表';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(importXlsx(bytes, '工资.xlsx')).rejects.toThrow('工资.xlsx：工作簿中找不到决算报表');
  });

  it('checks typed totals of a lines table against their parts (t01 本年收入合计)', async () => {
    const bytes = await writeTemplate({ layout: 'qinghai', year: 2024, input: seedWriterInput() });
    const bad = await edit(bytes, (wb) => {
      const ws = wb.getWorksheet('公开01表 收入支出决算总表');
      if (!ws) throw new Error('no t01');
      ws.getCell(rowWith(ws, 1, '本年收入合计'), 3).value = 1500;
    });
    expect(await failure(bad)).toMatch(
      /工作表“公开01表 收入支出决算总表”C\d+：本年收入合计 1,500\.00 与各项之和 1,478\.86 不符/,
    );
  });
});
