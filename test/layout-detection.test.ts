import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../src/check/index.js';
import { parseDocx } from '../src/ingest/docx/index.js';
import { parseDisclosureJson } from '../src/ingest/json/index.js';
import { parsePdf } from '../src/ingest/pdf/index.js';
import { parseText } from '../src/ingest/text/index.js';
import { readWorkbook } from '../src/ingest/xlsx/index.js';
import { importForTest } from './import.js';
import { seedWriterInput } from './fixtures/haidong.js';
import { putuoCzjWriterInput } from './fixtures/putuo-czj.js';
import { composeDisclosure, type WriterInput } from '../src/narrative/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderXlsx, writeTemplate } from '../src/render/xlsx/index.js';

/** Every importer decides the layout through the one detection (src/model/layouts/detect.ts). */

const sample = (name: string) => new URL(`../samples/${name}`, import.meta.url);
const seedText = () => readFileSync(sample('haidong-rsj-2024.txt'), 'utf8');
const seed = () => parseText(seedText(), { file: 'haidong-rsj-2024.txt' });

async function editWorkbook(bytes: Uint8Array, fn: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  fn(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Removes (or rewrites) the "layout" line of the workbook's hidden meta sheet. */
function setMetaLayout(wb: ExcelJS.Workbook, value: string | undefined): void {
  const meta = wb.getWorksheet('_juesuan');
  if (!meta) throw new Error('no meta sheet');
  for (let r = 1; r <= meta.rowCount; r++) {
    if (meta.getCell(r, 1).value !== 'layout') continue;
    if (value === undefined) meta.spliceRows(r, 1);
    else meta.getCell(r, 2).value = value;
    return;
  }
  throw new Error('no layout line');
}

describe('layout detection, importer by importer', () => {
  it('text: the seed is Qinghai (公开NN表 numbers, 机关运行经费/政府采购 tables)', () => {
    const doc = seed();
    expect(doc.meta.layout).toBe('qinghai');
    expect(doc.tables.every((t) => t.schema.startsWith('qinghai/'))).toBe(true);
    expect(doc.diagnostics.some((d) => d.ruleId === 'import/layout-unknown')).toBe(false);
  });

  it('text: a document showing no known layout takes the generic path (tables by title, no layout checks)', () => {
    const text = seedText()
      .split('\n')
      .filter((l) => !/公开\s*\d+/.test(l))
      .join('\n')
      .replace(/部门决算公开报表/g, '部门决算报表')
      .replace(/机关运行经费支出情况表/g, '机关运行经费支出决算明细')
      .replace(/政府采购支出情况表/g, '政府采购支出决算明细');
    const doc = parseText(text, { file: '无版式.txt' });
    expect(doc.meta.layout).toBe('generic');
    expect(doc.tables.map((t) => t.id)).toEqual(['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09']);
    const warning = doc.diagnostics.find((d) => d.ruleId === 'import/layout-unknown');
    expect(warning?.message).toContain('不符合已知版式');
    const ruleIds = checkDisclosure(doc).findings.map((f) => f.ruleId);
    expect(ruleIds).not.toContain('completeness/missing-table');
    expect(ruleIds).not.toContain('completeness/missing-section');
  });

  it.each(['putuo-czj-2024.pdf', 'putuo-ghzyj-2024.pdf', 'shanghai-template-2024.pdf'])(
    'pdf: %s is Shanghai (上海市 cover, 目录 with 预算绩效管理情况)',
    async (name) => {
      const doc = await parsePdf(readFileSync(sample(name)), { file: name });
      expect(doc.meta.layout).toBe('shanghai');
      expect(doc.tables.every((t) => t.schema.startsWith('shanghai/'))).toBe(true);
    },
  );

  it('docx: the layout Juesuan declares in the document properties is taken; an unknown one is refused', async () => {
    const bytes = await renderDocx(composeDisclosure(putuoCzjWriterInput()));
    expect((await parseDocx(bytes, { file: 's.docx' })).meta.layout).toBe('shanghai');
    const zip = await JSZip.loadAsync(bytes);
    const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
    expect(custom).toContain('shanghai');
    zip.file('docProps/custom.xml', custom.replace('>shanghai<', '>beijing<'));
    const edited = await zip.generateAsync({ type: 'uint8array' });
    await expect(parseDocx(edited, { file: 's.docx' })).rejects.toThrow('s.docx：文件声明的版式：未知的版式“beijing”');
  });

  it('xlsx: a workbook without a layout id is detected, not taken for Qinghai', async () => {
    const template = (layout: string, input: WriterInput) =>
      writeTemplate({ layout, year: 2024, input }).then((b) => editWorkbook(b, (wb) => setMetaLayout(wb, undefined)));
    const qinghai = await template('qinghai', seedWriterInput());
    const shanghai = await template('shanghai', putuoCzjWriterInput());
    const read = async (bytes: Uint8Array) => (await readWorkbook(bytes, { file: '模板.xlsx' })).meta.layout;
    expect(await read(qinghai)).toBe('qinghai');
    expect(await read(shanghai)).toBe('shanghai');
  });

  it('xlsx: a workbook without its meta sheet is detected by its tables, or read on the generic path', async () => {
    const dropMeta = (wb: ExcelJS.Workbook) => {
      const meta = wb.getWorksheet('_juesuan');
      if (meta) wb.removeWorksheet(meta.id);
      // Without the meta sheet the year is read from the titles ("2024年度收入支出决算总表").
      for (const ws of wb.worksheets) {
        const title = ws.getCell(1, 1).value;
        if (typeof title === 'string' && title !== '') ws.getCell(1, 1).value = `2024年度${title}`;
      }
    };
    // The seed's tables carry 公开NN表 numbers and 机关运行经费/政府采购 tables: Qinghai.
    const qinghai = await editWorkbook(await renderXlsx(seed()), dropMeta);
    expect((await importForTest({ bytes: qinghai, file: '导出.xlsx' })).meta.layout).toBe('qinghai');
    // The Shanghai tables alone (no cover, no 目录) show no layout's clue: generic, tables still found by title.
    const shanghai = await editWorkbook(await renderXlsx(composeDisclosure(putuoCzjWriterInput())), dropMeta);
    const doc = await importForTest({ bytes: shanghai, file: '导出.xlsx' });
    expect(doc.meta.layout).toBe('generic');
    expect(doc.tables.map((t) => t.id)).toEqual(['t01', 't02', 't03', 't04', 't05', 't06', 't09', 't07', 't08']);
  });

  it('xlsx: a layout id the registry lacks is a Chinese error', async () => {
    const bytes = await editWorkbook(await writeTemplate({ layout: 'qinghai', year: 2024 }), (wb) =>
      setMetaLayout(wb, 'beijing'),
    );
    await expect(importForTest({ bytes, file: '模板.xlsx' })).rejects.toThrow('工作簿的版式：未知的版式“beijing”');
  });

  it('json: the declared layout is checked against the registry; "unknown" reads as generic', () => {
    const doc = seed();
    const json = (layout: string) => JSON.stringify({ ...doc, meta: { ...doc.meta, layout } });
    expect(parseDisclosureJson(json('shanghai'), 'a.json').meta.layout).toBe('shanghai');
    expect(parseDisclosureJson(json('unknown'), 'a.json').meta.layout).toBe('generic');
    expect(() => parseDisclosureJson(json('beijing'), 'a.json')).toThrow(
      '决算 JSON 的 /meta/layout：未知的版式“beijing”',
    );
    const badSchema = JSON.stringify({ ...doc, tables: [{ ...doc.tables[0], schema: 'beijing/t01' }] });
    expect(() => parseDisclosureJson(badSchema, 'a.json')).toThrow('表格式“beijing/t01”未登记');
  });
});
