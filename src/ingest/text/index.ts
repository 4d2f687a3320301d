import { DISCLOSURE_FORMAT, type Disclosure, type Layout, type TocEntry } from '../../model/disclosure.js';
import { detectLayout, type LayoutDetection, type LayoutEvidence } from '../../model/layouts/detect.js';
import { UnknownLayoutError } from '../../model/layouts/index.js';
import type { Finding } from '../../model/finding.js';
import type { Section } from '../../model/narrative.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import { printsAsEconomicBlocks, schemasByTitle, type TableSchema } from '../../model/schemas/index.js';
import type { Table } from '../../model/table.js';
import { decodeText, ENCODING_NAMES, normalizeFullWidthNumbers } from '../shared/decode.js';
import { restorePrinted } from './printed.js';
import { refuseOversize, refuseTooManyLines } from '../shared/limits.js';
import { IngestError } from '../errors.js';
import { imported, type IngestAdapter } from '../adapter.js';
import { parseNumbering } from '../shared/headings.js';
import { layoutDiagnostics } from '../shared/layout.js';
import { collapseCjkSpaces, squash } from '../../model/concepts/text.js';
import { readEconomicBlocksTable } from './economic-blocks-table.js';
import { readCodeTable } from './functional-table.js';
import { isBlank, splitLines, type TextLine } from './lines.js';
import { readLinesTable } from './lines-table.js';
import { flattenParagraphs, readGlossary, readOverview } from './overview.js';
import { readPerformanceTable } from './performance.js';
import { buildSections } from '../shared/sections.js';
import { joinProse, type JoinOptions } from './prose.js';
import type { TableBlock } from './table-block.js';
import { readThreePublicTable } from './three-public-table.js';
import { msg } from '../../model/messages/index.js';

export interface ParseTextOptions {
  /** Name recorded as the source file and used in messages. */
  readonly file?: string;
  /**
   * How line breaks are meant: 'wrapped' (an extraction: a line that does not end a sentence continues on the
   * next) or 'paragraphs' (each line is a paragraph of its own, as in a Word document).
   */
  readonly lineBreaks?: 'wrapped' | 'paragraphs';
  /** The layout the file declares (a Word document's JuesuanLayout property); detected when absent. */
  readonly layout?: string;
}

type PartKind = 'overview' | 'tables' | 'narrative' | 'glossary';

interface Part {
  readonly kind: PartKind;
  readonly heading: TextLine;
  readonly lines: readonly TextLine[];
}

/**
 * Reads a disclosure extracted as text in the seed's shape (tab-separated table rows, headings and cells broken
 * over lines) into the model. Throws IngestError (Chinese, with file and line) when the text is not such a
 * document or a table cannot be read; softer problems become `diagnostics`.
 */
export function parseText(text: string, options: ParseTextOptions = {}): Disclosure {
  const wide = normalizeFullWidthNumbers(text);
  const doc = readDisclosureText(wide.text, options);
  if (!wide.changed) return doc;
  const note = importNote('import/full-width-digits', msg('import.fullWidthDigits'), options.file ?? DEFAULT_FILE);
  return { ...restorePrinted(doc, text, wide.text), diagnostics: [note, ...doc.diagnostics] };
}

const DEFAULT_FILE = '输入文本';

/** Reads text whose figures are half-width (parseText makes them so and puts back what was printed). */
function readDisclosureText(text: string, options: ParseTextOptions): Disclosure {
  const file = options.file ?? DEFAULT_FILE;
  const join = options.lineBreaks === 'paragraphs' ? { joinLines: false } : {};
  if (text.includes('\u0000')) throw new IngestError(msg('ingest.text.binary'), { file });
  const lines = splitLines(text);
  if (lines.every(isBlank)) throw new IngestError(msg('ingest.empty'), { file });
  const diagnostics: Finding[] = [];

  const cover = readCover(lines, file, diagnostics);
  const { toc, bodyStart } = readToc(lines, file);
  const parts = splitParts(lines.slice(bodyStart), file);

  const overviewPart = parts.find((p) => p.kind === 'overview');
  const overviewTree = overviewPart ? buildSections(joinProse(overviewPart.lines, file, join)) : undefined;
  const tablesPart = parts.find((p) => p.kind === 'tables');
  const detection = detect(file, {
    ...(options.layout ? { declared: options.layout } : {}),
    cover: cover.lines,
    toc: toc.map((e) => e.text),
    tables: tablesPart?.lines.filter((l) => !l.isRow && !isBlank(l)).map((l) => l.text) ?? [],
  });
  const layout = detection.layout.id;
  diagnostics.push(...layoutDiagnostics(detection, file));
  const tables = tablesPart ? readTables(tablesPart, layout, file, diagnostics) : [];
  if (!tablesPart || tables.length === 0) {
    throw new IngestError(msg('ingest.text.noTables'), {
      file,
      line: tablesPart?.heading.no ?? 1,
    });
  }
  const narrativePart = parts.find((p) => p.kind === 'narrative');
  const { sections: narrative, performance } = narrativePart
    ? readNarrative(narrativePart, file, join)
    : { sections: [], performance: [] };
  const glossaryPart = parts.find((p) => p.kind === 'glossary');
  const glossaryTree = glossaryPart ? buildSections(joinProse(glossaryPart.lines, file, join)) : undefined;
  const other = narrative.find((s) => /其他重要事项/.test(s.title));

  const unit = tables[0]?.unit ?? '万元';
  return {
    format: DISCLOSURE_FORMAT,
    meta: {
      name: cover.name,
      ...(cover.region ? { region: cover.region } : {}),
      fiscalYear: cover.year,
      unit,
      kind: cover.kind,
      layout,
      title: cover.title,
      sourceFile: file,
      sourceFormat: 'text',
    },
    toc,
    partHeadings: parts.map((p) => ({
      part: PART_RE.exec(squash(p.heading.text))?.[0] ?? '',
      text: partSpacing(collapseCjkSpaces(p.heading.text), p.heading.text),
      source: { file, line: p.heading.no },
    })),
    overview: overviewTree
      ? readOverview(overviewTree.sections, overviewTree.preamble)
      : { duties: [], organization: [], internalBodies: [] },
    tables,
    narrative,
    performance,
    otherMatters: other ? flattenParagraphs(other) : [],
    glossary: glossaryTree ? readGlossary(glossaryTree.preamble, glossaryTree.sections) : [],
    diagnostics,
  };
}

/** The one layout detection; a declared layout the registry lacks is the file's error, in Chinese. */
function detect(file: string, evidence: LayoutEvidence): LayoutDetection {
  try {
    return detectLayout(evidence);
  } catch (e) {
    if (e instanceof UnknownLayoutError)
      throw new IngestError(msg('ingest.text.declaredLayout', { reason: e.message }), { file });
    throw e;
  }
}

interface Cover {
  /** The cover's lines as printed (layout evidence). */
  lines: string[];
  name: string;
  region?: string;
  year: number;
  kind: '部门' | '单位';
  title: string;
}

const TITLE_RE = /(\d{4})\s*年度?\s*(部门|单位)?决算/;

/** The cover: the department's name, then "2024 年度部门决算". */
function readCover(lines: readonly TextLine[], file: string, diagnostics: Finding[]): Cover {
  const head = lines.filter((l) => !isBlank(l) && !l.isRow).slice(0, 6);
  const titleIdx = head.findIndex((l) => TITLE_RE.test(l.text));
  const titleLine = head[titleIdx];
  if (!titleLine) {
    throw new IngestError(msg('ingest.text.noTitle'), { file, line: head[0]?.no ?? 1 });
  }
  const m = TITLE_RE.exec(titleLine.text);
  const year = Number(m?.[1]);
  const nameLine = titleIdx > 0 ? head[titleIdx - 1] : undefined;
  const beforeTitle = titleLine.text.slice(0, m?.index ?? 0).trim();
  let name = collapseCjkSpaces(nameLine ? nameLine.text : beforeTitle);
  // Extraction sometimes repeats the character at a line break: "…社会保障 障局".
  const doubled = /(.)\s+\1/u.exec(nameLine?.text ?? '');
  if (doubled && nameLine) {
    name = collapseCjkSpaces(nameLine.text.replace(/(.)\s+\1/u, '$1'));
    diagnostics.push({
      ruleId: 'import/cover-name-repaired',
      severity: 'info',
      message: msg('import.coverNameRepaired', { printed: collapseCjkSpaces(nameLine.text), name }),
      locations: [{ source: { file, line: nameLine.no } }],
      actual: collapseCjkSpaces(nameLine.text),
      expected: name,
    });
  }
  if (name === '') throw new IngestError(msg('ingest.text.noName'), { file, line: titleLine.no });
  const region = /^(.+?[省市区县州盟旗])/.exec(name)?.[1];
  return {
    lines: head.slice(0, titleIdx + 1).map((l) => l.text),
    name,
    ...(region && region.length < name.length ? { region } : {}),
    year,
    kind: m?.[2] === '单位' ? '单位' : '部门',
    title: collapseCjkSpaces(titleLine.text.slice(m?.index ?? 0)),
  };
}

const PART_RE = /^第([一二三四五六七八九十]+)部分/;

/** The 目录: from "目录" up to the body's first part heading (the second "第一部分"). */
function readToc(lines: readonly TextLine[], file: string): { toc: TocEntry[]; bodyStart: number } {
  const tocAt = lines.findIndex((l) => squash(l.text) === '目录');
  if (tocAt < 0) return { toc: [], bodyStart: 0 };
  const firstPart = lines.findIndex((l, i) => i > tocAt && PART_RE.test(squash(l.text)));
  if (firstPart < 0) return { toc: [], bodyStart: tocAt + 1 };
  const key = PART_RE.exec(squash(lines[firstPart]?.text ?? ''))?.[0];
  const again = lines.findIndex((l, i) => i > firstPart && PART_RE.exec(squash(l.text))?.[0] === key);
  const end = again < 0 ? firstPart : again;
  const toc: TocEntry[] = [];
  let part: string | undefined;
  for (const l of lines.slice(tocAt + 1, end)) {
    const text = partSpacing(collapseCjkSpaces(l.text.replace(/^\s*[-•·]\s+/, '')), l.text);
    if (text === '') continue;
    const pm = PART_RE.exec(squash(text));
    if (pm) part = pm[0];
    toc.push({ ...(part ? { part } : {}), text, source: { file, line: l.no } });
  }
  return { toc, bodyStart: end };
}

/** "第一部分 部门概况" keeps the space after 部分 that collapsing Chinese spaces would remove. */
function partSpacing(text: string, printed: string): string {
  return /^\s*(?:-\s+)?第[一二三四五六七八九十]+部分\s+/.test(printed)
    ? text.replace(/^(第[一二三四五六七八九十]+部分)\s*/, '$1 ')
    : text;
}

function partKind(title: string): PartKind | undefined {
  const t = squash(title);
  if (/名词解释/.test(t)) return 'glossary';
  if (/情况说明/.test(t)) return 'narrative';
  if (/报表|决算表/.test(t)) return 'tables';
  if (/概况/.test(t)) return 'overview';
  return undefined;
}

function splitParts(lines: readonly TextLine[], file: string): Part[] {
  const heads = lines.map((l, i) => ({ l, i })).filter(({ l }) => !l.isRow && PART_RE.test(squash(l.text)));
  const parts: Part[] = [];
  heads.forEach(({ l, i }, k) => {
    const kind = partKind(l.text);
    const end = heads[k + 1]?.i ?? lines.length;
    if (!kind) return;
    if (parts.some((p) => p.kind === kind)) {
      throw new IngestError(msg('ingest.text.repeatedHeading', { text: collapseCjkSpaces(l.text) }), {
        file,
        line: l.no,
      });
    }
    parts.push({ kind, heading: l, lines: lines.slice(i + 1, end) });
  });
  return parts;
}

function readTables(part: Part, layout: Layout, file: string, diagnostics: Finding[]): Table[] {
  const starts: { index: number; schema: TableSchema; title: string }[] = [];
  part.lines.forEach((l, index) => {
    if (l.isRow || isBlank(l)) return;
    const title = squash(l.text);
    const schema = schemasByTitle(title, layout)[0];
    if (schema) starts.push({ index, schema, title });
  });
  const firstRow = part.lines.findIndex((l) => l.isRow);
  if (firstRow >= 0 && (starts[0] === undefined || firstRow < starts[0].index)) {
    throw new IngestError(msg('ingest.text.rowsWithoutTitle'), {
      file,
      line: part.lines[firstRow]?.no,
    });
  }
  const tables: Table[] = [];
  starts.forEach((s, k) => {
    const block: TableBlock = {
      file,
      schema: s.schema,
      title: s.title,
      titleLine: part.lines[s.index] as TextLine,
      lines: part.lines.slice(s.index + 1, starts[k + 1]?.index ?? part.lines.length),
      diagnostics,
    };
    if (tables.some((t) => t.id === s.schema.table)) {
      throw new IngestError(msg('ingest.text.tableTwice', { title: s.title }), { file, line: block.titleLine.no });
    }
    tables.push(readTable(block));
  });
  return tables;
}

function readTable(block: TableBlock): Table {
  if (block.schema.table === 't09') return readThreePublicTable(block);
  if (printsAsEconomicBlocks(block.schema)) return readEconomicBlocksTable(block);
  if (block.schema.rows === 'lines') return readLinesTable(block);
  return readCodeTable(block);
}

const PERF_TITLE = /^项目支出绩效(自)?评表$/;
const YEAR_LINE = /^[（(]\s*\d{4}\s*年度?\s*[)）]$/;

/** 情况说明: prose into the section tree; 绩效自评表 blocks lifted out into `performance`. */
function readNarrative(
  part: Part,
  file: string,
  join: JoinOptions,
): { sections: Section[]; performance: PerformanceEvaluation[] } {
  const prose: TextLine[] = [];
  const performance: PerformanceEvaluation[] = [];
  let lastHeading: string | undefined;
  for (let i = 0; i < part.lines.length; i++) {
    const l = part.lines[i] as TextLine;
    const flat = squash(l.text);
    if (!l.isRow && PERF_TITLE.test(flat)) {
      const rows: TextLine[] = [];
      let j = i + 1;
      for (; j < part.lines.length; j++) {
        const n = part.lines[j] as TextLine;
        if (n.isRow) rows.push(n);
        else if (!isBlank(n) && !YEAR_LINE.test(squash(n.text))) break;
      }
      performance.push(readPerformanceTable(file, l.text.trim(), l, rows, lastHeading));
      i = j - 1;
      continue;
    }
    if (l.isRow) {
      throw new IngestError(msg('ingest.text.strayRows'), {
        file,
        line: l.no,
      });
    }
    const numbered = parseNumbering(collapseCjkSpaces(l.text));
    if (numbered && numbered.numbering.style === 'arabic') lastHeading = collapseCjkSpaces(l.text);
    prose.push(l);
  }
  return { sections: buildSections(joinProse(prose, file, join)).sections, performance };
}

/** The text adapter: text in the seed's shape, in UTF-8, GB18030/GBK or UTF-16, full-width digits read as digits. */
export const textAdapter: IngestAdapter = {
  format: 'text',
  extensions: ['.txt', '.text'],
  async read(bytes, options) {
    const file = options.file;
    refuseOversize(bytes, options, file);
    refuseTooManyLines(bytes, options, file);
    const decoded = decodeText(bytes, file);
    const doc = parseText(decoded.text, { file });
    if (decoded.encoding === 'utf-8') return imported(doc);
    const note = importNote(
      'import/encoding',
      msg('import.encodingRead', { encoding: ENCODING_NAMES[decoded.encoding] }),
      file,
    );
    return imported({ ...doc, diagnostics: [note, ...doc.diagnostics] });
  },
};

/** An informational import note about the whole file. */
export function importNote(ruleId: string, message: string, file: string): Finding {
  return { ruleId, severity: 'info', message: `${file}：${message}`, locations: [{ source: { file } }] };
}
