import ExcelJS from 'exceljs';
import { AMOUNT_FORMAT, FONT, headerStyle } from '../xlsx/style.js';
import type { DocumentRef, PairComparison, Rankings } from './types.js';

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '表';
  for (let n = 2; used.has(base); n++) base = `${name.slice(0, 25)}（${n}）`;
  used.add(base);
  return base;
}

const docName = (d: DocumentRef) =>
  `${d.organisation} ${d.year} 年度${d.kind}${d.version ? `（第 ${d.version} 版）` : ''}`;

function header(ws: ExcelJS.Worksheet, values: string[]): void {
  const row = ws.addRow(values);
  row.eachCell((c) => headerStyle(c));
}

function num(text: string | null): number | null {
  return text === null ? null : Number(text);
}

/** Two disclosures side by side: one sheet per table, each column as A, B, B − A and the rate. */
export async function comparisonWorkbook(c: PairComparison): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Juesuan 决算';
  wb.created = new Date(0);
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName('说明', used));
  about.addRow(['A', docName(c.a), c.a.source]);
  about.addRow(['B', docName(c.b), c.b.source]);
  about.addRow(['差额 = B − A；变动率 = (B − A) ÷ A；金额单位为 A 各表的单位']);
  about.eachRow((r) => r.eachCell((cell) => (cell.font = FONT)));
  for (const t of c.tables) {
    const ws = wb.addWorksheet(sheetName(t.title || t.table, used));
    ws.addRow([`${t.title}（${t.unit}）`]).font = { ...FONT, bold: true };
    header(ws, ['编码', '项目', '栏', 'A', 'B', '差额', '变动率']);
    for (const line of t.lines) {
      for (const cell of line.cells) {
        const row = ws.addRow([
          line.code ?? '',
          line.label,
          cell.columnLabel,
          num(cell.a),
          num(cell.b),
          num(cell.difference),
          cell.rate ?? '',
        ]);
        row.font = FONT;
        for (const i of [4, 5, 6]) row.getCell(i).numFmt = AMOUNT_FORMAT;
      }
    }
    ws.columns.forEach((col, i) => (col.width = [10, 36, 28, 14, 14, 14, 10][i] ?? 12));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rankings of a set of disclosures: one sheet per figure, highest first, then those without the figure. */
export async function rankingsWorkbook(r: Rankings): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Juesuan 决算';
  wb.created = new Date(0);
  const used = new Set<string>();
  for (const ranking of r.rankings) {
    const ws = wb.addWorksheet(sheetName(ranking.title, used));
    ws.addRow([ranking.title]).font = { ...FONT, bold: true };
    header(ws, ['名次', '单位', '年度', '种类', '数值', '分子（万元）', '分母（万元）', '分母来源']);
    for (const e of ranking.entries) {
      const row = ws.addRow([
        e.rank,
        e.document.organisation,
        e.document.year,
        e.document.kind,
        e.value,
        Number(e.numerator),
        Number(e.denominator),
        e.basis,
      ]);
      row.font = FONT;
      for (const i of [6, 7]) row.getCell(i).numFmt = AMOUNT_FORMAT;
    }
    for (const m of ranking.missing)
      ws.addRow(['—', m.document.organisation, m.document.year, m.document.kind, m.reason]).font = FONT;
    ws.columns.forEach((col, i) => (col.width = [6, 36, 8, 8, 12, 14, 14, 20][i] ?? 12));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
