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
const COLS = 4;

const wb = new ExcelJS.Workbook();
await wb.xlsx.load(
  (await renderTemplate({ layout: 'qinghai', year: 2024, input: seedWriterInput() })) as unknown as ArrayBuffer,
);
const ws = wb.getWorksheet(SHEET);
if (!ws) throw new Error(`no sheet ${SHEET}`);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const shown = (c: ExcelJS.Cell): { text: string; formula: boolean } => {
  const v = c.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const r = (v as { result?: unknown }).result;
    return { text: typeof r === 'number' ? r.toFixed(2) : '', formula: true };
  }
  return { text: typeof v === 'number' ? v.toFixed(2) : v == null ? '' : String(v), formula: false };
};
const rows: string[] = [];
rows.push(
  `<tr><th></th>${Array.from({ length: COLS }, (_, i) => `<th>${String.fromCharCode(65 + i)}</th>`).join('')}</tr>`,
);
for (let r = 1; r <= ROWS; r++) {
  const cells = Array.from({ length: COLS }, (_, i) => {
    const c = ws.getCell(r, i + 1);
    const hidden = c.isMerged && c.master.address !== c.address; // a merged cell shows once, as in Excel
    const { text: raw, formula } = hidden ? { text: '', formula: false } : shown(c);
    const lineNumbers = String(ws.getCell(r, 1).value ?? '') === '栏次';
    const text = lineNumbers ? raw.replace(/\.00$/, '') : raw;
    const num = /^-?[\d.]+$/.test(text) && i >= 2 && !lineNumbers;
    return `<td class="${formula ? 'f' : num ? 'in' : ''}${num ? ' n' : ''}">${esc(text)}</td>`;
  });
  rows.push(`<tr><th>${r}</th>${cells.join('')}</tr>`);
}
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:12px;background:#fff;font:13px "AR PL UMing CN","Noto Serif CJK SC",serif}
.tab{font:12px "WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin-bottom:6px;color:#333}
table{border-collapse:collapse}th{background:#eee;color:#555;font-weight:normal;border:1px solid #ccc;padding:2px 6px}
td{border:1px solid #ccc;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden}
td.n{text-align:right}td.in{background:#fff8d6}td.f{background:#e8f0fe;text-align:right}
.key{margin-top:6px;font:12px "WenQuanYi Micro Hei",sans-serif;color:#333}.key span{display:inline-block;width:12px;height:12px;vertical-align:middle;margin:0 4px 0 12px;border:1px solid #ccc}
</style><div class="tab">工作表：${esc(SHEET)}</div><table>${rows.join('')}</table>
<div class="key"><span style="background:#fff8d6"></span>填写的金额（万元，最多两位小数）<span style="background:#e8f0fe"></span>公式（合计，自动计算，不要填写）</div>`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
await page.setContent(html);
const png = await page.locator('body').screenshot({ type: 'png' });
writeFileSync(new URL('../docs/template-filled.png', import.meta.url), png);
await browser.close();
console.log(`docs/template-filled.png: ${png.length} bytes`);
