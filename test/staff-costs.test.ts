import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../src/check/index.js';
import { readRenderedXlsx, readWorkbook } from '../src/ingest/xlsx/index.js';
import type { Amount } from '../src/model/money.js';
import { staffCostKind } from '../src/model/concepts/staff-costs.js';
import type { Disclosure } from '../src/model/disclosure.js';
import type { Table } from '../src/model/table.js';
import type { WriterInput } from '../src/model/writer-input.js';
import { seedWriterInput } from './fixtures/haidong.js';
import { putuoCzjWriterInput } from './fixtures/putuo-czj.js';
import { composeDisclosure } from '../src/narrative/index.js';
import { renderXlsx, writeTemplate } from '../src/render/xlsx/index.js';

/**
 * 人员经费 / 公用经费 are defined once (model/concepts/staff-costs.ts). A template with an amount typed on 309
 * 资本性支出（基本建设） must come out the same in the template's formulas, the importer, the writer, the checker
 * and the rendered workbook.
 */

function amountOf(t: Table | undefined, key: string): string | undefined {
  const v = t?.rows.find((r) => r.key === key)?.cells['amount']?.value;
  return v?.kind === 'amount' ? (toCents(v.amount) / 100).toFixed(2) : undefined;
}

/** Σ of the 类 rows of t06 whose make-up is `kind`, in 0.01. */
function classSum(t: Table | undefined, kind: 'personnel' | 'public'): string {
  const minor = (t?.rows ?? [])
    .filter((r) => r.kind === 'class' && r.code?.length === 3 && staffCostKind(r.code) === kind)
    .map((r) => r.cells['amount']?.value)
    .reduce((s, v) => s + (v?.kind === 'amount' ? toCents(v.amount) : 0), 0);
  return (minor / 100).toFixed(2);
}

function toCents(a: Amount): number {
  return a.minor * 10 ** (2 - a.scale);
}

function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? '') === text) return r;
  throw new Error(`no row with ${text}`);
}

const AMOUNT_COL = 3;

async function t06Sheet(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name.endsWith('一般公共预算财政拨款基本支出决算表'));
  if (!ws) throw new Error('no t06 sheet');
  return { wb, ws };
}

/** The formula of 公用经费合计 in the blank template, and the row of 309. */
async function publicFormula(bytes: Uint8Array): Promise<{ formula: string; row309: number }> {
  const { ws } = await t06Sheet(bytes);
  const value = ws.getCell(rowWith(ws, 2, '公用经费合计'), AMOUNT_COL).value as { formula?: string } | null;
  return { formula: value?.formula ?? '', row309: rowWith(ws, 1, '309') };
}

/**
 * As a person would fill it: moves 1.00 from a 公用经费 figure of at least 2.00 (a 款 and its 类, both typed in a
 * prefilled template) onto 309; 合计 and 公用经费合计 stay as they were.
 */
async function fill309(bytes: Uint8Array): Promise<Uint8Array> {
  const { wb, ws } = await t06Sheet(bytes);
  const minusOne = (row: number) => {
    const cell = ws.getCell(row, AMOUNT_COL);
    if (typeof cell.value === 'number') cell.value = Math.round((cell.value - 1) * 100) / 100;
  };
  const candidates: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const code = String(ws.getCell(r, 1).value ?? '');
    const value = ws.getCell(r, AMOUNT_COL).value;
    if (staffCostKind(code) === 'public' && typeof value === 'number' && value >= 2) candidates.push(code);
  }
  // A 款 where the template has them filled in (the seed), else a 类 (Putuo prints classes only).
  const from = candidates.find((c) => c.length === 5) ?? candidates[0];
  if (!from) throw new Error('no 公用经费 figure to move from');
  minusOne(rowWith(ws, 1, from));
  if (from.length === 5) minusOne(rowWith(ws, 1, from.slice(0, 3)));
  ws.getCell(rowWith(ws, 1, '309'), AMOUNT_COL).value = 1;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function errorsAndWarnings(doc: Disclosure, table?: string): string[] {
  return checkDisclosure(doc)
    .findings.filter((f) => f.severity !== 'info')
    .filter((f) => !table || f.locations.some((l) => l.table === table))
    .map((f) => `${f.ruleId}: ${f.message}`);
}

describe.each<[string, () => WriterInput]>([
  ['qinghai', seedWriterInput],
  ['shanghai', putuoCzjWriterInput],
])('a %s template with 309 资本性支出（基本建设） filled in', async (layout, makeInput) => {
  const input = makeInput();
  const which = layout as 'qinghai' | 'shanghai';
  const blank = await publicFormula(await writeTemplate({ layout: which, year: 2024 }));
  const filled = await fill309(await writeTemplate({ layout: which, year: 2024, input }));
  const doc = composeDisclosure(await readWorkbook(filled, { file: '模板.xlsx' }));
  const t06 = doc.tables.find((t) => t.id === 't06');
  const before = input.tables.find((t) => t.id === 't06');

  it('counts 309 in 公用经费 in the template’s own formula', () => {
    expect(blank.formula).toMatch(new RegExp(`\\bC${blank.row309}\\b`));
  });

  it('imports with 309 in 公用经费 and the totals unchanged', () => {
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(amountOf(t06, '309')).toBe('1.00');
    expect(amountOf(t06, 'public')).toBe(amountOf(before, 'public'));
    expect(amountOf(t06, 'public')).toBe(classSum(t06, 'public'));
    expect(amountOf(t06, 'personnel')).toBe(classSum(t06, 'personnel'));
  });

  it('passes the checker (no error, no warning)', () => {
    expect(errorsAndWarnings(doc)).toEqual([]);
  });

  it('writes 公用经费 in the 情况说明 as the table’s figure, 309 included', () => {
    const text = JSON.stringify(doc.narrative);
    expect(text).toContain(`公用经费 ${amountOf(t06, 'public')} 万元`);
  });

  it('renders a workbook that reads back with the same make-up and still passes the checker', async () => {
    const back = await readRenderedXlsx(await renderXlsx(doc), { file: '决算.xlsx' });
    const t = back.tables.find((x) => x.id === 't06');
    expect(amountOf(t, '309')).toBe('1.00');
    expect(amountOf(t, 'public')).toBe(classSum(t, 'public'));
    expect(amountOf(t, 'personnel')).toBe(classSum(t, 'personnel'));
    // (The rendered workbook carries no 绩效自评表, so only the findings on t06 are compared.)
    expect(errorsAndWarnings(back, 't06')).toEqual([]);
  });
});
