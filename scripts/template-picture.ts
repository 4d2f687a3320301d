// docs/template-filled.png: a sheet of the template filled with the seed's figures, drawn as a spreadsheet grid
// (column letters, row numbers, input cells shaded) and photographed by headless Chromium.
// Run: npx tsx scripts/template-picture.ts
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { renderTemplate } from '../src/app/render.js';
import { chromiumPath } from '../src/render/pdf/index.js';
import { seedWriterInput } from '../test/fixtures/haidong.js';

const SHEET = '公开05表 一般公共预算财政拨款支出决算表';
const ROWS = 18;
const COLS = 5;

/**
 * A sheet as a person fills it: the blank template's formulas (小计 = 基本支出 + 项目支出, 合计 = the 项 rows) with
 * the seed's codes, names and amounts typed into its input cells. (The template written from a writer input holds
 * plain values, not the formulas a user sees.)
 */
async function sheetOf(input?: ReturnType<typeof seedWriterInput>): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const bytes = await renderTemplate({ layout: 'qinghai', year: 2024, ...(input ? { input } : {}) });
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error(`no sheet ${SHEET}`);
  return ws;
}
const blank = await sheetOf();
const filled = await sheetOf(seedWriterInput());
const isFormula = (c: ExcelJS.Cell) => {
  const v = c.value;
  return Boolean(v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v));
};
const num = (r: number, col: number): number | undefined => {
  const v = filled.getCell(r, col).value;
  return typeof v === 'number' ? v : undefined;
};
const isItem = (r: number) => /^\d{7}$/.test(String(filled.getCell(r, 1).value ?? ''));
/** What Excel shows for a formula cell of this sheet: 小计 = 基本 + 项目 on a row, 合计 = the 项 rows. */
function computed(r: number, col: number): number | undefined {
  const rowSum = (row: number) => {
    const parts = [num(row, 4), num(row, 5)].filter((x): x is number => x !== undefined);
    return parts.length ? parts.reduce((a, b) => a + b, 0) : undefined;
  };
  const at = (row: number) => (col === 3 ? rowSum(row) : num(row, col));
  if (r > 6) return at(r);
  const items = Array.from({ length: filled.rowCount - 6 }, (_, i) => i + 7).filter(isItem);
  return items.reduce((sum, row) => sum + (at(row) ?? 0), 0);
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rows: string[] = [];
rows.push(
  `<tr><th></th>${Array.from({ length: COLS }, (_, i) => `<th>${String.fromCharCode(65 + i)}</th>`).join('')}</tr>`,
);
for (let r = 1; r <= ROWS; r++) {
  const cells = Array.from({ length: COLS }, (_, i) => {
    const template = blank.getCell(r, i + 1);
    const c = filled.getCell(r, i + 1);
    if (c.isMerged && c.master.address !== c.address) return '<td></td>'; // a merged cell shows once, as in Excel
    if (isFormula(template)) {
      const v = computed(r, i + 1);
      return `<td class="f n">${v === undefined ? '' : v.toFixed(2)}</td>`;
    }
    const v = c.value;
    const lineNumbers = String(filled.getCell(r, 1).value ?? '') === '栏次';
    if (typeof v === 'number' && !lineNumbers) return `<td class="in n">${v.toFixed(2)}</td>`;
    return `<td>${esc(v == null ? '' : String(v))}</td>`;
  });
  rows.push(`<tr><th>${r}</th>${cells.join('')}</tr>`);
}
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#fff;}#sheet{display:inline-block;padding:12px;font:13px "AR PL UMing CN","Noto Serif CJK SC",serif}
.tab{font:12px "WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin-bottom:6px;color:#333}
table{border-collapse:collapse}th{background:#eee;color:#555;font-weight:normal;border:1px solid #ccc;padding:2px 6px}
td{border:1px solid #ccc;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden}
td.n{text-align:right}td.in{background:#fff8d6}td.f{background:#e8f0fe;text-align:right}
.key{margin-top:6px;font:12px "WenQuanYi Micro Hei",sans-serif;color:#333}.key span{display:inline-block;width:12px;height:12px;vertical-align:middle;margin:0 4px 0 12px;border:1px solid #ccc}
</style><div id="sheet"><div class="tab">工作表：${esc(SHEET)}</div><table>${rows.join('')}</table>
<div class="key"><span style="background:#fff8d6"></span>填写的金额（万元，最多两位小数）<span style="background:#e8f0fe"></span>公式（小计与合计，自动计算，不要填写）</div></div>`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
await page.setContent(html);
const png = await page.locator('#sheet').screenshot({ type: 'png' });
writeFileSync(new URL('../docs/template-filled.png', import.meta.url), png);
await browser.close();
console.log(`docs/template-filled.png: ${png.length} bytes`);
