import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/model/disclosure.js';
import { check } from '../src/app/check.js';
import { render } from '../src/app/render.js';
import type { RenderFormat } from '../src/app/registries.js';
import { chromiumPath, renderPdf } from '../src/render/pdf/index.js';
import { encodeGb18030 } from './gb18030.js';
import { publishedHtml } from './fixtures/published-html.js';
import { importForTest } from './import.js';
import { schemaFor } from '../src/model/schemas/index.js';
import { tableSheetName } from '../src/formats/xlsx/sheet-layout.js';
import { SAMPLES, SEED_PATH } from './seed.js';

/**
 * What Juesuan publishes, Juesuan reads back (issue 11): each format rendered from a document re-imports to a
 * document the checker judges exactly as it judged the original — same rules, severities, places and figures.
 */
const noBrowser = { browser: { open: () => Promise.reject(new Error('no browser in this test')) } };

/**
 * A finding as a person reads it, without where it was printed (pages and lines differ between formats). Import
 * notes (import/…) are about reading the original file, not about the document, and are left out.
 * With `spacing: false` the space between Chinese and Latin text is ignored in quoted text: a PDF's text layer
 * shows "2024 年度" as two words apart, and the PDF reader joins Chinese words without a space.
 */
function judged(doc: Disclosure, { spacing = true } = {}): string[] {
  const t = (s: string | undefined) => (spacing || s === undefined ? s : s.replace(/\s+/g, ''));
  return check(doc)
    .findings.filter((f) => !f.ruleId.startsWith('import/'))
    .map((f) =>
      JSON.stringify([
        f.ruleId,
        f.severity,
        t(f.expected),
        t(f.actual),
        f.locations.map((l) => [l.table, l.rowKey, l.column, t(l.sectionPath?.join('›'))]),
      ]),
    )
    .sort();
}

/** What reading the file itself reported (import/…): a document Juesuan printed must read without any. */
function importNotes(doc: Disclosure): string[] {
  return check(doc)
    .findings.filter((f) => f.ruleId.startsWith('import/') && f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${f.message}`);
}

async function roundTrip(doc: Disclosure, format: RenderFormat, name: string): Promise<Disclosure> {
  const out = await render(doc, format, noBrowser);
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  return importForTest({ bytes, file: `${name}.${format}` });
}

const SOURCES = [
  ['the seed (text)', SEED_PATH],
  ['Putuo 财政局 2024 (PDF)', `${SAMPLES}putuo-czj-2024.pdf`],
  ['Putuo 规划资源局 2024 (PDF)', `${SAMPLES}putuo-ghzyj-2024.pdf`],
] as const;

describe.each(SOURCES)('%s re-imported from what Juesuan renders', async (_name, path) => {
  const original = await importForTest(path);
  const expected = judged(original);

  it.each(['json', 'docx', 'xlsx', 'html'] as const)('%s: the same findings', async (format) => {
    const back = await roundTrip(original, format, 'rt');
    expect(judged(back)).toEqual(expected);
  });
});

// A 预算 is read from PDF only (the text path reads the 决算 parts); its structured formats carry it whole.
describe.each([
  ['Putuo 财政局 2025 预算 (PDF)', `${SAMPLES}putuo-czj-2025-budget.pdf`],
  ['Putuo 万里街道 2023 预算 (PDF)', `${SAMPLES}putuo-wanli-2023-budget.pdf`],
] as const)('%s re-imported from its JSON and workbook', async (_name, path) => {
  const original = await importForTest(path);

  it.each(['json', 'xlsx'] as const)('%s: the same findings', async (format) => {
    const back = await roundTrip(original, format, 'rt');
    expect(back.meta.documentKind).toBe('预算');
    expect(judged(back)).toEqual(judged(original));
  });
});

describe.each(SOURCES)(
  '%s published as a department website would (GB2312, site frame, bold headings)',
  async (_n, path) => {
    const original = await importForTest(path);

    it('reads with the same findings; the only import note is the encoding it was read in', async () => {
      const back = await importForTest({ bytes: encodeGb18030(publishedHtml(original)), file: '决算公开.html' });
      expect(back.tables.map((t) => t.id)).toEqual(original.tables.map((t) => t.id));
      expect(judged(back)).toEqual(judged(original));
      expect(importNotes(back)).toEqual([]);
      expect(back.diagnostics.map((d) => d.ruleId)).toContain('import/encoding');
    });
  },
);

// PDF output needs Chromium (CI installs Debian's chromium and fonts; .ci/run).
describe.skipIf(!existsSync(chromiumPath())).each(SOURCES)(
  '%s re-imported from the PDF Juesuan prints',
  async (_n, path) => {
    const original = await importForTest(path);

    it('checks exactly like the original: same rules, severities, places and figures; read without import notes', async () => {
      const bytes = await renderPdf(original);
      const back = await importForTest({ bytes, file: 'rt.pdf' });
      expect(back.tables.map((t) => t.id)).toEqual(original.tables.map((t) => t.id));
      expect(judged(back, { spacing: false })).toEqual(judged(original, { spacing: false }));
      expect(importNotes(back)).toEqual([]);
    }, 120_000);
  },
);

/**
 * A template with only the name and one figure filled: most tables print blank rows or none, most sections say
 * there was nothing. The writer's notes on the facts it lacked (writer/…) are about composing, not about the
 * document, and no published file carries them (the JSON keeps them as diagnostics); they are left out too.
 */
async function sparselyFilled(layout: 'qinghai' | 'shanghai'): Promise<Disclosure> {
  const { default: ExcelJS } = await import('exceljs');
  const { renderTemplate } = await import('../src/app/render.js');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderTemplate({ layout, year: 2024 })) as unknown as ArrayBuffer);
  const overview = wb.getWorksheet('部门概况');
  const schema = schemaFor(layout, 't05');
  const t05 = schema && wb.getWorksheet(tableSheetName(schema));
  if (!overview || !t05) throw new Error('template sheets missing');
  overview.getCell('B3').value = '某某市某某局';
  for (let r = 1; r <= t05.rowCount; r++)
    if (String(t05.getCell(r, 1).value ?? '') === '2080101') t05.getCell(r, 4).value = 100;
  return importForTest({ bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), file: '模板.xlsx' });
}

const documentFindings = (d: Disclosure, spacing = true) =>
  judged(d, { spacing }).filter((f) => !f.startsWith('["writer/'));

describe.each(['qinghai', 'shanghai'] as const)('a sparsely filled %s template', async (layout) => {
  const filled = await sparselyFilled(layout);

  it.each(['json', 'docx', 'xlsx', 'html'] as const)(
    '%s: re-imports with the same findings (tables without rows keep their header)',
    async (format) => {
      const back = await roundTrip(filled, format, 'sparse');
      expect(back.tables.map((t) => t.id)).toEqual(filled.tables.map((t) => t.id));
      expect(documentFindings(back)).toEqual(documentFindings(filled));
      expect(importNotes(back)).toEqual([]);
    },
  );

  // Blank rows print no text: the PDF reader must not take a header row for the figures (公开09表).
  it.skipIf(!existsSync(chromiumPath()))(
    'pdf: re-imports with the same findings, read without import notes',
    async () => {
      const back = await importForTest({ bytes: await renderPdf(filled), file: 'sparse.pdf' });
      expect(back.tables.map((t) => t.id)).toEqual(filled.tables.map((t) => t.id));
      expect(documentFindings(back, false)).toEqual(documentFindings(filled, false));
      expect(importNotes(back)).toEqual([]);
    },
    120_000,
  );
});
