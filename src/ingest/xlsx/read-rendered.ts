import type ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { BLANK, parseCellValue, type CellValue } from '../../model/cell.js';
import type { Disclosure, Duty, GlossaryTerm, Layout, TocEntry } from '../../model/disclosure.js';
import { DISCLOSURE_FORMAT } from '../../model/disclosure.js';
import { DOCUMENT_KINDS } from '../../model/identity.js';
import { isAmountUnit, parseAmount, type AmountUnit } from '../../model/money.js';
import type { Numbering, NumberingStyle, Paragraph, Section } from '../../model/narrative.js';
import type { FundsLine, Indicator, PerformanceEvaluation } from '../../model/performance.js';
import type { Table } from '../../model/table.js';
import { formatDecimals } from '../../formats/xlsx/number-format.js';
import {
  GLOSSARY_SHEET,
  ORGANIZATION_SHEET,
  OTHER_MATTERS_SHEET,
  OVERVIEW_SHEET,
} from '../../formats/xlsx/fact-sheets.js';
import {
  FUNDS_COLUMNS,
  FUNDS_LINES,
  GOALS_COLS,
  INDICATOR_COLUMNS,
  PERFORMANCE_KEY_COL,
  PERFORMANCE_ROW,
  PERFORMANCE_SHEET,
  RENDERED_DUTIES_SHEET,
  TOC_FIRST_ROW,
  TOC_KIND_COL,
  TOC_SHEET,
  TOTAL_COLS,
  UNITS_COLS,
} from '../../formats/xlsx/rendered-sheets.js';
import { NARRATIVE_SHEET } from '../../formats/xlsx/sheet-layout.js';
import { Problems, readSheetCell, source, textOf } from './cells.js';
import { KeyValues, readList } from './read-facts.js';

/**
 * A workbook Juesuan rendered, back into the document: every sheet src/formats/xlsx describes (目录, tables,
 * 情况说明, 绩效自评表, 部门概况, 部门职责, 机构设置, 名词解释, 其他重要事项). A sheet that is missing (a workbook
 * from an older version, or one a person trimmed) leaves its part empty.
 */

export interface RenderedInfo {
  readonly layout: Layout;
  readonly year: number;
  readonly extra: Readonly<Record<string, string>>;
}

const STYLES: readonly NumberingStyle[] = ['part', 'chinese', 'paren-chinese', 'arabic', 'paren-arabic'];

const text = (ws: ExcelJS.Worksheet, r: number, c: number): string | undefined => textOf(readSheetCell(ws, r, c));

/** The narrative sheet back into sections. */
function readNarrative(wb: ExcelJS.Workbook): Section[] {
  const ws = wb.getWorksheet(NARRATIVE_SHEET);
  if (!ws) return [];
  type Mutable = { title: string; numbering?: Numbering; paragraphs: { text: string }[]; children: Mutable[] };
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const level = Number(text(ws, r, 4) ?? '0');
    const style = text(ws, r, 5) ?? '';
    if (style === 'p') {
      stack[level]?.paragraphs.push({ text: text(ws, r, 3) ?? '' });
      continue;
    }
    const raw = text(ws, r, 1);
    const ordinal = Number(text(ws, r, 6) ?? '0');
    const s: Mutable = {
      title: text(ws, r, 2) ?? '',
      ...(raw && STYLES.includes(style as NumberingStyle)
        ? { numbering: { style: style as NumberingStyle, ordinal, raw } }
        : {}),
      paragraphs: [],
      children: [],
    };
    if (level === 0) roots.push(s);
    else stack[level - 1]?.children.push(s);
    stack[level] = s;
    stack.length = level + 1;
  }
  return roots;
}

/** The 目录 and the body's part headings. */
function readToc(wb: ExcelJS.Workbook): { toc: TocEntry[]; partHeadings: TocEntry[] | undefined } {
  const ws = wb.getWorksheet(TOC_SHEET);
  const toc: TocEntry[] = [];
  let partHeadings: TocEntry[] | undefined;
  if (!ws) return { toc, partHeadings };
  for (let r = TOC_FIRST_ROW; r <= ws.rowCount; r++) {
    const kind = text(ws, r, TOC_KIND_COL);
    if (kind === 'caption') partHeadings ??= [];
    if (kind !== 'toc' && kind !== 'heading') continue;
    const part = text(ws, r, 1);
    const entry: TocEntry = { ...(part !== undefined ? { part } : {}), text: text(ws, r, 2) ?? '' };
    if (kind === 'toc') toc.push(entry);
    else (partHeadings ??= []).push(entry);
  }
  return { toc, partHeadings };
}

/** A figure as written by the renderer: a number's format gives its printed decimals and whether it is an amount. */
function figure(ws: ExcelJS.Worksheet, r: number, c: number): CellValue {
  const cell = readSheetCell(ws, r, c);
  if (cell.kind === 'number') {
    const f = formatDecimals(ws.getCell(r, c).numFmt);
    const d = new Decimal(String(cell.value));
    const printed = d.toFixed(f ? Math.max(f.decimals, 0) : d.decimalPlaces());
    const amount = f?.grouped ? parseAmount(printed) : undefined;
    return amount ? { kind: 'amount', amount } : { kind: 'number', value: printed };
  }
  const t = textOf(cell);
  return t === undefined ? BLANK : parseCellValue(t, false);
}

type MutableEvaluation = {
  -readonly [K in keyof PerformanceEvaluation]: K extends 'funds'
    ? { -readonly [F in keyof PerformanceEvaluation['funds']]: FundsLine }
    : K extends 'indicators'
      ? Indicator[]
      : PerformanceEvaluation[K];
};

/** The 绩效自评表 sheet: each evaluation starts at its title row; the hidden column names every row's part. */
function readPerformance(wb: ExcelJS.Workbook, file: string): PerformanceEvaluation[] {
  const ws = wb.getWorksheet(PERFORMANCE_SHEET);
  if (!ws) return [];
  const out: MutableEvaluation[] = [];
  let p: MutableEvaluation | undefined;
  for (let r = 1; r <= ws.rowCount; r++) {
    const key = text(ws, r, PERFORMANCE_KEY_COL) ?? '';
    const src = source(file, PERFORMANCE_SHEET, r, 1);
    if (key === PERFORMANCE_ROW.title) {
      p = {
        projectName: '',
        funds: {},
        goals: { expected: '', actual: '' },
        indicators: [],
        total: { weight: BLANK, score: BLANK },
        title: text(ws, r, 1) ?? '',
        source: src,
      };
      out.push(p);
      continue;
    }
    if (!p) continue;
    if (key === PERFORMANCE_ROW.heading) p.narrativeHeading = text(ws, r, 2) ?? '';
    else if (key === PERFORMANCE_ROW.name) p.projectName = text(ws, r, 2) ?? '';
    else if (key === PERFORMANCE_ROW.units) {
      const department = text(ws, r, UNITS_COLS.department);
      const implementer = text(ws, r, UNITS_COLS.implementer);
      if (department !== undefined) p.department = department;
      if (implementer !== undefined) p.implementer = implementer;
    } else if (key.startsWith('funds.')) {
      const line = FUNDS_LINES.find(([k]) => `funds.${k}` === key);
      if (!line) continue;
      const values = Object.fromEntries(FUNDS_COLUMNS.map(([col], i) => [col, figure(ws, r, 2 + i)]));
      p.funds[line[0]] = { ...(values as Omit<FundsLine, 'source'>), source: src };
    } else if (key === PERFORMANCE_ROW.goals) {
      p.goals = { expected: text(ws, r, GOALS_COLS.expected) ?? '', actual: text(ws, r, GOALS_COLS.actual) ?? '' };
    } else if (key === PERFORMANCE_ROW.indicator) {
      const get = (i: number) => text(ws, r, 1 + i) ?? '';
      const at = (id: string) => INDICATOR_COLUMNS.findIndex(([c]) => c === id);
      p.indicators.push({
        level1: get(at('level1')),
        level2: get(at('level2')),
        level3: get(at('level3')),
        target: figure(ws, r, 1 + at('target')),
        actual: figure(ws, r, 1 + at('actual')),
        weight: figure(ws, r, 1 + at('weight')),
        score: figure(ws, r, 1 + at('score')),
        deviation: get(at('deviation')),
        source: src,
      });
    } else if (key === PERFORMANCE_ROW.total) {
      p.total = { weight: figure(ws, r, TOTAL_COLS.weight), score: figure(ws, r, TOTAL_COLS.score), source: src };
    }
  }
  return out;
}

function readDuties(wb: ExcelJS.Workbook, layout: Layout, file: string): Duty[] {
  const sheet = RENDERED_DUTIES_SHEET;
  return readList(wb.getWorksheet(sheet.name), sheet, layout, false).map((row, i) => {
    const ordinal = Number(textOf(row.get('ordinal')));
    return {
      ordinal: Number.isInteger(ordinal) && ordinal > 0 ? ordinal : i + 1,
      numbering: textOf(row.get('numbering')) ?? '',
      text: textOf(row.get('text')) ?? '',
      source: source(file, sheet.name, row.row, row.col('text')),
    };
  });
}

function readParagraphs(wb: ExcelJS.Workbook, name: string, layout: Layout, file: string): Paragraph[] | undefined {
  const sheet = name === ORGANIZATION_SHEET.name ? ORGANIZATION_SHEET : OTHER_MATTERS_SHEET;
  const ws = wb.getWorksheet(name);
  if (!ws) return undefined;
  return readList(ws, sheet, layout, false).map((row) => ({
    text: textOf(row.get('text')) ?? '',
    source: source(file, sheet.name, row.row, 1),
  }));
}

function readGlossary(wb: ExcelJS.Workbook, layout: Layout, file: string): GlossaryTerm[] {
  return readList(wb.getWorksheet(GLOSSARY_SHEET.name), GLOSSARY_SHEET, layout, false).flatMap((row) => {
    const term = textOf(row.get('term'));
    return term
      ? [
          {
            term,
            definition: textOf(row.get('definition')) ?? '',
            source: source(file, GLOSSARY_SHEET.name, row.row, 1),
          },
        ]
      : [];
  });
}

function unitOf(s: string | undefined): AmountUnit {
  return isAmountUnit(s) ? s : '万元';
}

export function renderedDisclosure(
  wb: ExcelJS.Workbook,
  info: RenderedInfo,
  tables: Table[],
  file: string,
): Disclosure {
  const { layout, extra } = info;
  const narrative = readNarrative(wb);
  const other = narrative.find((s) => /其他重要事项/.test(s.title));
  const overview = new KeyValues(wb.getWorksheet(OVERVIEW_SHEET.name), OVERVIEW_SHEET, new Problems(file));
  const unitCount = Number(overview.text('unitCount'));
  const bodies = overview.text('internalBodies');
  const { toc, partHeadings } = readToc(wb);
  const documentKind = DOCUMENT_KINDS.find((k) => k === extra['documentKind']);
  return {
    format: DISCLOSURE_FORMAT,
    meta: {
      name: extra['name'] ?? '',
      ...(extra['region'] ? { region: extra['region'] } : {}),
      fiscalYear: info.year,
      unit: unitOf(extra['unit']),
      kind: extra['docKind'] === '单位' ? '单位' : '部门',
      layout,
      title: extra['title'] || `${info.year} 年度部门决算`,
      sourceFile: file,
      sourceFormat: 'xlsx',
      ...(documentKind ? { documentKind } : {}),
    },
    toc,
    ...(partHeadings ? { partHeadings } : {}),
    overview: {
      duties: readDuties(wb, layout, file),
      organization: readParagraphs(wb, ORGANIZATION_SHEET.name, layout, file) ?? [],
      ...(Number.isInteger(unitCount) && overview.text('unitCount') !== undefined ? { unitCount } : {}),
      internalBodies: bodies ? bodies.split('、') : [],
    },
    tables,
    narrative,
    performance: readPerformance(wb, file),
    // Older workbooks had no 其他重要事项 sheet: the narrative's section holds the same paragraphs.
    otherMatters:
      readParagraphs(wb, OTHER_MATTERS_SHEET.name, layout, file) ??
      (other ? other.paragraphs.concat(other.children.flatMap((c) => c.paragraphs)) : []),
    glossary: readGlossary(wb, layout, file),
    diagnostics: [],
  };
}
