import ExcelJS from 'exceljs';
import {
  BUDGET_SHEET,
  GLOSSARY_SHEET,
  OTHER_MATTERS_SHEET,
  KEY_VALUE_SHEETS,
  LIST_SHEETS,
  ORGANIZATION_SHEET,
  OVERVIEW_SHEET,
} from '../../formats/xlsx/fact-sheets.js';
import { PERFORMANCE_SHEET, RENDERED_DUTIES_SHEET, TOC_SHEET } from '../../formats/xlsx/rendered-sheets.js';
import { META_SHEET, NARRATIVE_SHEET, tableSheetName, WORKBOOK_FORMAT } from '../../formats/xlsx/sheet-layout.js';
import type { Disclosure, Layout } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import { getLayout } from '../../model/layouts/index.js';
import { schemaFor, schemaOf, schemasForLayout } from '../../model/schemas/index.js';
import type { WriterInput } from '../../model/writer-input.js';
import { writeKeyValueSheet, writeListSheet } from './fact-sheet.js';
import { keyValueValues, listValues } from './template-values.js';
import { FONT } from './style.js';
import { writePerformanceSheet } from './performance-sheet.js';
import { writeTocSheet } from './toc-sheet.js';
import { writeTableTemplate, writeTableValues } from './table-sheet.js';

export { NARRATIVE_SHEET };

interface MetaInfo {
  readonly kind: 'template' | 'rendered';
  readonly layout: Layout;
  readonly year: number;
  readonly extra: Readonly<Record<string, string>>;
  readonly tables: readonly {
    sheet: string;
    id: string;
    schema: string;
    empty: boolean;
    number: string;
    title: string;
    notes: readonly string[];
  }[];
}

/** The hidden sheet that tells the reader what this workbook is (kind, layout, year, table sheets). */
function writeMeta(wb: ExcelJS.Workbook, info: MetaInfo): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.addRow(['format', WORKBOOK_FORMAT]);
  ws.addRow(['kind', info.kind]);
  ws.addRow(['layout', info.layout]);
  ws.addRow(['year', info.year]);
  for (const [k, v] of Object.entries(info.extra)) ws.addRow([k, v]);
  for (const t of info.tables) {
    ws.addRow(['table', t.sheet, t.id, t.schema, t.empty ? 1 : 0, t.number, t.title, JSON.stringify(t.notes)]);
  }
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Juesuan 决算';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/**
 * The fillable template: one sheet per table with its printed header (input cells unlocked and validated, totals
 * as formulas), then sheets for the facts the tables do not hold.
 */
export async function writeTemplate(options: {
  /** A layout with tables (a registered id; the generic layout has none to fill). */
  layout: Layout;
  year: number;
  /** Prefills the template (e.g. last year's document, or the seed in tests). */
  input?: WriterInput;
}): Promise<Uint8Array> {
  const { layout, year, input } = options;
  const schemas = schemasForLayout(layout);
  if (schemas.length === 0) throw new Error(`${getLayout(layout).name}没有可填写的报表，无法生成模板`);
  const wb = newWorkbook();
  const tables: MetaInfo['tables'][number][] = [];
  const kvValues = input ? keyValueValues(input) : {};
  const listRows = input ? listValues(input) : {};
  for (const schema of schemas) {
    const name = tableSheetName(schema);
    const table = input?.tables.find((t) => t.id === schema.table);
    writeTableTemplate(wb.addWorksheet(name, { properties: { tabColor: { argb: 'FF4472C4' } } }), schema, table);
    tables.push({
      sheet: name,
      id: schema.table,
      schema: schema.id,
      empty: false,
      number: schema.number ?? '',
      title: schema.title,
      notes: [],
    });
  }
  for (const sheet of KEY_VALUE_SHEETS) {
    writeKeyValueSheet(wb.addWorksheet(sheet.name), sheet, layout, kvValues[sheet.name], true);
  }
  for (const sheet of LIST_SHEETS) {
    writeListSheet(wb.addWorksheet(sheet.name), sheet, layout, listRows[sheet.name], sheet === BUDGET_SHEET, true);
  }
  writeMeta(wb, { kind: 'template', layout, year, extra: {}, tables });
  return toBytes(wb);
}

/** The narrative as rows: numbering | title | text, with level and numbering style in hidden columns. */
function writeNarrative(ws: ExcelJS.Worksheet, sections: readonly Section[]): void {
  ws.columns = [
    { header: '编号', width: 8 },
    { header: '标题', width: 40 },
    { header: '正文', width: 110 },
    { header: 'level', width: 4, hidden: true },
    { header: 'style', width: 4, hidden: true },
    { header: 'ordinal', width: 4, hidden: true },
  ];
  const walk = (s: Section, level: number) => {
    const n = s.numbering;
    const row = ws.addRow([n?.raw ?? '', s.title, '', level, n?.style ?? '', n?.ordinal ?? '']);
    row.font = { ...FONT, bold: true };
    for (const p of s.paragraphs) {
      const r = ws.addRow(['', '', p.text, level, 'p', '']);
      r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      r.font = { ...FONT };
    }
    for (const c of s.children) walk(c, level + 1);
  };
  for (const s of sections) walk(s, 0);
}

/**
 * The disclosure as a workbook: the 目录, one sheet per table laid out as printed (merged headers, 栏次), then the
 * 情况说明, the 绩效自评表, 部门概况, 部门职责, 机构设置, 名词解释 and 其他重要事项 (src/formats/xlsx describes each
 * sheet). Re-imported by the xlsx adapter, it gives back the same document: the same findings.
 */
export async function renderXlsx(doc: Disclosure): Promise<Uint8Array> {
  const wb = newWorkbook();
  const layout = doc.meta.layout;
  writeTocSheet(wb.addWorksheet(TOC_SHEET), doc.toc, doc.partHeadings);
  const tables: MetaInfo['tables'][number][] = [];
  // Tables in the layout's printed order; each written with the schema it was read with (a generic document's
  // tables keep the schema whose title and header they matched).
  const ordered = doc.tables
    .slice()
    .sort((a, b) => (schemaFor(layout, a.id)?.position ?? 99) - (schemaFor(layout, b.id)?.position ?? 99));
  const used = new Set<string>();
  for (const t of ordered) {
    const schema = schemaOf(t, layout);
    if (!schema) continue;
    let name = tableSheetName(schema);
    while (used.has(name)) name = `${name.slice(0, 29)}_${used.size}`;
    used.add(name);
    writeTableValues(wb.addWorksheet(name), schema, t);
    tables.push({
      sheet: name,
      id: t.id,
      schema: t.schema,
      empty: t.empty,
      number: t.number ?? '',
      title: t.title,
      notes: t.notes,
    });
  }
  writeNarrative(wb.addWorksheet(NARRATIVE_SHEET), doc.narrative);
  writePerformanceSheet(wb.addWorksheet(PERFORMANCE_SHEET), doc.performance);
  writeKeyValueSheet(wb.addWorksheet(OVERVIEW_SHEET.name), OVERVIEW_SHEET, layout, {
    name: doc.meta.name,
    region: doc.meta.region,
    kind: doc.meta.kind,
    unitCount: doc.overview.unitCount,
    internalBodies: doc.overview.internalBodies.join('、'),
  });
  writeListSheet(
    wb.addWorksheet(RENDERED_DUTIES_SHEET.name),
    RENDERED_DUTIES_SHEET,
    layout,
    doc.overview.duties.map((d) => ({ ordinal: d.ordinal, numbering: d.numbering, text: d.text })),
  );
  writeListSheet(
    wb.addWorksheet(ORGANIZATION_SHEET.name),
    ORGANIZATION_SHEET,
    layout,
    doc.overview.organization.map((p) => ({ text: p.text })),
  );
  writeListSheet(
    wb.addWorksheet(GLOSSARY_SHEET.name),
    GLOSSARY_SHEET,
    layout,
    doc.glossary.map((g) => ({ term: g.term, definition: g.definition })),
  );
  writeListSheet(
    wb.addWorksheet(OTHER_MATTERS_SHEET.name),
    OTHER_MATTERS_SHEET,
    layout,
    doc.otherMatters.map((p) => ({ text: p.text })),
  );
  writeMeta(wb, {
    kind: 'rendered',
    layout,
    year: doc.meta.fiscalYear,
    extra: {
      name: doc.meta.name,
      unit: doc.meta.unit,
      docKind: doc.meta.kind,
      ...(doc.meta.documentKind ? { documentKind: doc.meta.documentKind } : {}),
      title: doc.meta.title,
      region: doc.meta.region ?? '',
    },
    tables,
  });
  return toBytes(wb);
}
