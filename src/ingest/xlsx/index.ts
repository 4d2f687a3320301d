import { resolveLimits, type ImportLimits } from '../../model/limits.js';
import { refuseOversize, refuseZipBomb } from '../shared/limits.js';
import ExcelJS from 'exceljs';
import type { Disclosure, Layout } from '../../model/disclosure.js';
import { detectLayout, type LayoutEvidence } from '../../model/layouts/detect.js';
import { getLayout, UnknownLayoutError, writableLayouts } from '../../model/layouts/index.js';
import { UnknownSchemaError } from '../../model/errors.js';
import { getSchema, schemasByTitle, schemasForLayout } from '../../model/schemas/index.js';
import type { Table } from '../../model/table.js';
import { WRITER_INPUT_FORMAT, type WriterInput } from '../../model/writer-input.js';
import { IngestError } from '../errors.js';
import type { Imported, IngestAdapter } from '../adapter.js';
import { Problems, readSheetCell, textOf } from './cells.js';
import { BUDGET_SHEET, REASONS_SHEET } from '../../formats/xlsx/fact-sheets.js';
import { readFacts, type Facts } from './read-facts.js';
import { readTableSheet, type SheetMode, type TableSheetInfo } from './read-table.js';
import { renderedDisclosure } from './read-rendered.js';
import { META_SHEET, tableSheetName, WORKBOOK_FORMAT } from '../../formats/xlsx/sheet-layout.js';

export { WORKBOOK_FORMAT } from '../../formats/xlsx/sheet-layout.js';

/** What the hidden meta sheet says about a workbook Juesuan wrote. */
interface WorkbookInfo {
  readonly kind: SheetMode;
  readonly layout: Layout;
  readonly year: number;
  readonly extra: Readonly<Record<string, string>>;
  readonly tables: readonly TableSheetInfo[];
}

async function load(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new IngestError('无法读取 Excel 文件（不是有效的 .xlsx 工作簿）', { file });
  }
  return wb;
}

/** A worksheet with more rows than any disclosure table is refused (the limit `maxRows`). */
function refuseTooManyRows(wb: ExcelJS.Workbook, limits: ImportLimits, file: string): void {
  const { maxRows } = resolveLimits(limits);
  for (const ws of wb.worksheets) {
    if (ws.rowCount > maxRows) {
      throw new IngestError(`工作表“${ws.name}”有 ${ws.rowCount} 行，超过上限 ${maxRows} 行`, { file, sheet: ws.name });
    }
  }
}

function readInfo(wb: ExcelJS.Workbook, file: string): WorkbookInfo {
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta) return guessInfo(wb, file);
  const kv: Record<string, string> = {};
  const tables: TableSheetInfo[] = [];
  let yearRow: number | undefined;
  for (let r = 1; r <= meta.rowCount; r++) {
    const key = textOf(readSheetCell(meta, r, 1));
    if (key === 'year') yearRow = r;
    if (key === 'table') {
      const sheet = textOf(readSheetCell(meta, r, 2)) ?? '';
      const schemaId = textOf(readSheetCell(meta, r, 4)) ?? '';
      let notes: string[] = [];
      try {
        notes = JSON.parse(textOf(readSheetCell(meta, r, 8)) ?? '[]') as string[];
      } catch {
        notes = [];
      }
      tables.push({
        sheet,
        schema: knownSchema(schemaId, file),
        empty: textOf(readSheetCell(meta, r, 5)) === '1',
        number: textOf(readSheetCell(meta, r, 6)) ?? '',
        title: textOf(readSheetCell(meta, r, 7)) ?? '',
        notes,
      });
    } else if (key) kv[key] = textOf(readSheetCell(meta, r, 2)) ?? '';
  }
  if (kv['format'] !== WORKBOOK_FORMAT) throw new IngestError(`不支持的工作簿格式“${kv['format'] ?? ''}”`, { file });
  // The meta sheet declares the layout; without one, the table sheets' titles tell (never a silent default).
  const layout = workbookLayout(file, {
    ...(kv['layout'] ? { declared: kv['layout'] } : {}),
    tables: tables.flatMap((t) => [t.title ?? '', t.number ?? '', t.schema.title]),
    schemaIds: tables.map((t) => t.schema.id),
  });
  return {
    kind: kv['kind'] === 'rendered' ? 'rendered' : 'template',
    layout,
    year: statedYear(kv['year'], file, META_SHEET, yearRow === undefined ? undefined : `B${yearRow}`),
    extra: kv,
    tables: kv['kind'] === 'rendered' ? tables : tables.map((t) => ({ sheet: t.sheet, schema: t.schema })),
  };
}

/**
 * The fiscal year a workbook states; never guessed (a wrong year would be checked and published as right).
 * The error names the sheet and cell where it belongs.
 */
function statedYear(text: string | undefined, file: string, sheet: string, cell: string | undefined): number {
  const year = Number(text);
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) return year;
  const what = text ? `年度“${text}”无效` : '没有写明决算年度';
  throw new IngestError(
    `${what}（应为四位年份，如 2024）`,
    { file, sheet, ...(cell ? { cell } : {}) },
    'ingest/no-fiscal-year',
  );
}

const YEAR_IN_TITLE = /^\s*((?:19|20)\d\d)\s*年度?\s*/;

/** A workbook without Juesuan's meta sheet: tables recognised by the title in A1 ("2024年度收入支出决算总表"). */
function guessInfo(wb: ExcelJS.Workbook, file: string): WorkbookInfo {
  const titles = wb.worksheets.map((ws) => textOf(readSheetCell(ws, 1, 1)) ?? '');
  const numbers = wb.worksheets.map((ws) => textOf(readSheetCell(ws, 2, 1)) ?? '');
  const layout = workbookLayout(file, { tables: [...titles, ...numbers, ...wb.worksheets.map((ws) => ws.name)] });
  const tables: TableSheetInfo[] = [];
  let year: number | undefined;
  wb.worksheets.forEach((ws, i) => {
    const printed = titles[i] ?? '';
    const stated = YEAR_IN_TITLE.exec(printed);
    const hits = schemasByTitle(printed.replace(YEAR_IN_TITLE, ''), layout);
    // Generic: several layouts' schemas share a title; the one whose header and rows the sheet fits is taken.
    const hit =
      hits.length > 1 && getLayout(layout).generic ? (hits.find((s) => fits(ws, s, file)) ?? hits[0]) : hits[0];
    if (hit && stated) year ??= Number(stated[1]);
    if (hit && !tables.some((t) => t.schema.table === hit.table)) tables.push({ sheet: ws.name, schema: hit });
  });
  if (tables.length === 0) {
    throw new IngestError(
      '工作簿中找不到决算报表（既没有 Juesuan 模板的标记，也没有可识别的表名，如“收入支出决算总表”）',
      { file },
    );
  }
  if (year === undefined) {
    throw new IngestError(
      '没有写明决算年度：请在表名前写明年度（如“2024年度收入支出决算总表”）',
      { file, sheet: tables[0]?.sheet ?? '', cell: 'A1' },
      'ingest/no-fiscal-year',
    );
  }
  return { kind: 'rendered', layout, year, extra: {}, tables };
}

function knownSchema(id: string, file: string): TableSheetInfo['schema'] {
  try {
    return getSchema(id);
  } catch (e) {
    if (e instanceof UnknownSchemaError) throw new IngestError(`工作簿的“${META_SHEET}”表：${e.message}`, { file });
    throw e;
  }
}

/** The sheet reads without a problem as laid out by `schema`. */
function fits(ws: ExcelJS.Worksheet, schema: TableSheetInfo['schema'], file: string): boolean {
  const scratch = new Problems(file);
  readTableSheet(ws, { sheet: ws.name, schema }, file, scratch, 'rendered');
  return scratch.empty;
}

/** The workbook's layout by the one detection; a declared id the registry lacks is the user's error, in Chinese. */
function workbookLayout(file: string, evidence: LayoutEvidence): Layout {
  try {
    return detectLayout(evidence).layout.id;
  } catch (e) {
    if (e instanceof UnknownLayoutError) throw new IngestError(`工作簿的版式：${e.message}`, { file });
    throw e;
  }
}

function fail(problems: Problems): never {
  const shown = problems.list.slice(0, 20).map((p) => `工作表“${p.where.sheet}”${p.where.cell ?? ''}：${p.message}`);
  const more = problems.list.length > 20 ? `\n……共 ${problems.list.length} 处` : '';
  throw new IngestError(`工作簿有 ${problems.list.length} 处需要修改：\n${shown.join('\n')}${more}`, {
    file: problems.file,
  });
}

function readTables(wb: ExcelJS.Workbook, info: WorkbookInfo, file: string, problems: Problems): Table[] {
  const out: Table[] = [];
  for (const t of info.tables) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) {
      problems.addAt(t.sheet, undefined, '缺少这张工作表（请勿删除或重命名模板中的表）');
      continue;
    }
    out.push(readTableSheet(ws, t, file, problems, info.kind));
  }
  return out;
}

/**
 * Reads a filled template (or a workbook Juesuan rendered) into the writer's input. Every bad input is reported
 * together, each naming its sheet and cell: text in a number cell, a total that does not match its parts. Reasons
 * missing where the figures differ are found once the input is composed: see `readTemplate`.
 */
export async function readWorkbook(bytes: Uint8Array, options: { file: string }): Promise<WriterInput> {
  const wb = await load(bytes, options.file);
  return (await readTemplate(wb, readInfo(wb, options.file), options.file)).input;
}

/** The template's writer input, and the review that names the cells of reasons the writer found missing. */
async function readTemplate(
  wb: ExcelJS.Workbook,
  info: WorkbookInfo,
  file: string,
): Promise<Imported & { kind: 'writer-input' }> {
  const problems = new Problems(file);
  const tables = readTables(wb, info, file, problems);
  if (info.kind === 'rendered') {
    if (!problems.empty) fail(problems);
    const doc = renderedDisclosure(wb, info, tables, file);
    const input: WriterInput = {
      format: WRITER_INPUT_FORMAT,
      meta: doc.meta,
      overview: doc.overview,
      tables,
      performance: doc.performance,
      glossary: doc.glossary,
    };
    return { kind: 'writer-input', input };
  }
  if (getLayout(info.layout).writer === undefined) {
    throw new IngestError(
      `无法判断模板的版式（${detectLayout({}).reason}），请在“${META_SHEET}”表中填写 layout（${writableLayouts()
        .map((l) => `${l.id}：${l.name}`)
        .join('；')}）`,
      { file },
    );
  }
  const facts = readFacts(wb, info.layout, problems);
  if (!facts.name) {
    problems.addAt('部门概况', facts.kv.get('部门概况')?.cellOf('name'), '请填写部门（单位）名称');
  }
  if (!problems.empty) fail(problems);
  const input: WriterInput = {
    format: WRITER_INPUT_FORMAT,
    meta: {
      name: facts.name ?? '',
      ...(facts.region ? { region: facts.region } : {}),
      fiscalYear: info.year,
      unit: '万元',
      kind: facts.kind,
      layout: info.layout,
      title: `${info.year} 年度部门决算`,
      sourceFile: file,
      sourceFormat: 'xlsx',
    },
    overview: {
      duties: facts.duties,
      organization: facts.organization.map((text) => ({ text })),
      ...(facts.unitCount !== undefined ? { unitCount: facts.unitCount } : {}),
      internalBodies: facts.internalBodies,
    },
    tables,
    performance: facts.performance,
    glossary: facts.glossary,
    lastYear: facts.lastYear,
    ...(Object.keys(facts.budgetItems).length ? { budget: { items: facts.budgetItems } } : {}),
    threePublic: facts.threePublic,
    ...(facts.adminCost ? { adminCost: facts.adminCost } : {}),
    procurement: facts.procurement,
    ...(facts.assets ? { assets: facts.assets } : {}),
    performanceSummary: facts.performanceSummary,
    reasons: facts.reasons,
    usages: facts.usages,
    otherMatters: facts.otherMatters,
  };
  return { kind: 'writer-input', input, review: (composed) => reviewReasons(composed, facts, problems) };
}

/** A reason is required wherever the figures differ: the writer knows where; point at the cell to fill. */
function reviewReasons(composed: Disclosure, facts: Facts, problems: Problems): void {
  const missing = composed.diagnostics.filter((d) => d.ruleId === 'writer/missing-reason');
  for (const d of missing) {
    const key = String(d.data?.['key'] ?? '');
    if (key.startsWith('item.')) {
      const code = key.slice(5);
      const row = facts.budgetRows[code];
      const reasonCol = BUDGET_SHEET.columns.findIndex((c) => c.key === 'reason') + 1;
      if (row) problems.add(BUDGET_SHEET.name, row, reasonCol, `科目 ${code} 的决算数与年初预算数不同，请填写原因`);
      else problems.addAt(BUDGET_SHEET.name, undefined, `科目 ${code} 有支出决算但未填写年初预算数和原因，请补一行`);
    } else {
      problems.addAt(
        REASONS_SHEET.name,
        facts.kv.get(REASONS_SHEET.name)?.cellOf(key),
        `${d.message.replace(/（原因表中的“.*”）$/, '')}`,
      );
    }
  }
  if (!problems.empty) fail(problems);
}

/** Reads a workbook Juesuan rendered (tables as printed, narrative as written) back into the model. */
export async function readRenderedXlsx(bytes: Uint8Array, options: { file: string }): Promise<Disclosure> {
  const wb = await load(bytes, options.file);
  const info = readInfo(wb, options.file);
  const problems = new Problems(options.file);
  const tables = readTables(wb, { ...info, kind: 'rendered' }, options.file, problems);
  if (!problems.empty) fail(problems);
  return renderedDisclosure(wb, info, tables, options.file);
}

/** .xlsx: a filled template gives the writer's input (composed by the app); a rendered workbook is the disclosure. */
export const xlsxAdapter: IngestAdapter = {
  format: 'xlsx',
  extensions: ['.xlsx'],
  async read(bytes, options) {
    refuseOversize(bytes, options, options.file);
    refuseZipBomb(bytes, options, options.file, 'Excel 工作簿');
    const wb = await load(bytes, options.file);
    refuseTooManyRows(wb, options, options.file);
    const info = readInfo(wb, options.file);
    if (info.kind === 'rendered')
      return { kind: 'disclosure', doc: await readRenderedXlsx(bytes, { file: options.file }) };
    return readTemplate(wb, info, options.file);
  },
};

/** Sheet names of a layout's tables, for messages and tests. */
export function tableSheetNames(layout: Layout): string[] {
  return schemasForLayout(layout).map(tableSheetName);
}
