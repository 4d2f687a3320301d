import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedWriterInput } from '../../../test/fixtures/haidong.js';
import { importForTest } from '../../../test/import.js';
import { writeTemplate } from '../../render/xlsx/index.js';
import { IngestError } from '../errors.js';

/**
 * What a person can type into an amount cell of the filled template that is not an amount (issue 11): each is
 * refused naming the sheet and cell, never turned into a wrong figure.
 */
const T05 = '公开05表 一般公共预算财政拨款支出决算表';

function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? '') === text) return r;
  throw new Error(`no row with ${text}`);
}

async function withT05Cell(
  bytes: Uint8Array,
  set: (cell: ExcelJS.Cell) => void,
): Promise<{ bytes: Uint8Array; at: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(T05);
  if (!ws) throw new Error('no t05');
  const cell = ws.getCell(rowWith(ws, 1, '2080104'), 5);
  set(cell);
  return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), at: cell.address };
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const e: unknown = await importForTest({ bytes, file: '模板.xlsx' }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(IngestError);
  return (e as Error).message;
}

describe('hostile amount cells of a filled template', async () => {
  const filled = await writeTemplate({ layout: 'qinghai', year: 2024, input: seedWriterInput() });

  it('a date typed into an amount cell is an error naming sheet and cell (not 45293 万元)', async () => {
    const { bytes, at } = await withT05Cell(filled, (c) => {
      c.value = new Date(Date.UTC(2024, 0, 2));
      c.style = { ...c.style, numFmt: 'yyyy/m/d' };
    });
    expect(await refusal(bytes)).toContain(`工作表“${T05}”${at}：应填写金额（万元），实际为日期“2024-01-02”`);
  });

  it('1e20 is out of range, not a vanished row', async () => {
    const { bytes, at } = await withT05Cell(filled, (c) => {
      c.value = 1e20;
    });
    expect(await refusal(bytes)).toMatch(new RegExp(`${at}：金额 1(?:0{20}|e\\+?20) 超出合理范围`));
  });

  it('three decimals are refused, not silently rounded', async () => {
    const { bytes, at } = await withT05Cell(filled, (c) => {
      c.value = 26.185;
    });
    expect(await refusal(bytes)).toContain(`${at}：金额 26.185 有 3 位小数，最多保留 2 位`);
  });
});
