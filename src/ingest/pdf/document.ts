import { DISCLOSURE_FORMAT, type Disclosure, type Metadata, type TocEntry } from '../../model/disclosure.js';
import { detectLayout } from '../../model/layouts/detect.js';
import type { Finding } from '../../model/finding.js';
import { isAmountUnit, type AmountUnit } from '../../model/money.js';
import type { Paragraph } from '../../model/narrative.js';
import type { TableSchema } from '../../model/schemas/index.js';
import type { Table, TableId } from '../../model/table.js';
import { IngestError } from '../errors.js';
import { parseNumbering } from '../shared/headings.js';
import { layoutDiagnostics } from '../shared/layout.js';
import { matchTableTitle } from '../shared/table-title.js';
import { squash } from '../../model/concepts/text.js';
import { flattenParagraphs, readOverview } from '../text/overview.js';
import { readCover, type Cover } from './cover.js';
import { streamGrid, type Box, type Grid } from './grid.js';
import type { PageLayout } from './layout.js';
import {
  PERF_TITLE,
  YEAR_LINE,
  addPerformanceGrid,
  continuesPerformance,
  readPerformance,
  type PerfBlock,
} from './performance.js';
import { buildSections } from '../shared/sections.js';
import { joinLines, readGlossaryBlocks } from './prose.js';
import { readLocatedTable } from './read-tables.js';
import { hasTwin, schemaBySignature, signatureFits } from './signature.js';
import type { LocatedTable } from './table-rows.js';
import { unitRows, withUnits } from './units.js';
import type { TextLine, Word } from './words.js';
import { msg } from '../../model/messages/index.js';

const PART_RE = /^第([一二三四五六七八九十]+)部分/;
/** "单位：万元", "金额单位：元", "单位:亿元" — also at the end of a line that names the 编制部门 first. */
const UNIT_RE = /单位[:：]\s*(亿元|万元|元)/;
const NOTE_RE = /^(注|说明)\s*[:：]/;

type PartKind = 'overview' | 'tables' | 'narrative' | 'glossary';

interface Pending {
  title: string;
  schema: TableSchema;
  /** Opened by a title with a prefix (numbering, year, organisation): a table only if a grid or unit line follows. */
  tolerant: boolean;
  page: number;
  box: Box;
  unit?: AmountUnit;
  number?: string;
  /** Lines after the title on its page, for the stream fallback when no ruled grid follows. */
  streamLines: TextLine[];
}

/** Builds the Disclosure from laid-out pages: cover, 目录, parts, tables located by title, prose. */
export function buildDisclosure(
  pages: readonly PageLayout[],
  file: string,
  parts: { readonly partial?: boolean; readonly partOf?: Metadata } = {},
): Disclosure {
  const diagnostics: Finding[] = [];
  const allLines = pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'line' ? [i.line] : [])));
  const { partOf } = parts;
  // The parts are told apart only while reading on, so the 目录 and table clues are looked for in every line.
  const everyLine = allLines.map((l) => l.text);
  // A further part of a disclosure (tables published apart from the narrative) may have no cover of its own.
  const cover = partOf
    ? (tryCover(pages, everyLine, file) ?? coverOf(partOf))
    : readCover(pages.slice(0, 2), everyLine, file);
  const detection = detectLayout({
    ...(partOf && partOf.layout !== 'generic' ? { declared: partOf.layout } : {}),
    cover: [cover.name, cover.title, ...cover.lines],
    documentKind: cover.documentKind,
    toc: everyLine,
    tables: everyLine,
  });
  const layout = detection.layout.id;
  diagnostics.push(...layoutDiagnostics(detection, file));

  const located: LocatedTable[] = [];
  const prose = new Map<PartKind, TextLine[]>();
  const toc: TocEntry[] = [];
  /** The parts' headings as the body prints them (the 目录 may word them differently). */
  const partHeadings: TocEntry[] = [];
  let part: PartKind | undefined;
  let inToc = false;
  let tocPage = 0;
  let tocPart: string | undefined;
  const seenParts = new Set<string>();
  const partTitles = new Set<TextLine>();
  let current: LocatedTable | undefined;
  let pending: Pending | undefined;
  /** 项目支出绩效自评表 of the narrative: title, the 1. heading before it, and its grid rows (over pages). */
  const perfBlocks: PerfBlock[] = [];
  let perfTitle: { title: string; line: TextLine } | undefined;
  let perfOpen: PerfBlock | undefined;
  let lastHeading: string | undefined;
  /** 部门决算单位构成: the units table of the overview, one paragraph per unit. */
  const units: Paragraph[] = [];

  /** Lines of a stream table continued on this page (no rules), read with the first page's columns. */
  let continued: TextLine[] = [];
  let inNotes = false;
  const streamBox = (lines: readonly TextLine[]): Box => [
    Math.min(...lines.map((l) => l.x0)) - 1,
    Math.min(...lines.map((l) => l.top)) - 1,
    Math.max(...lines.map((l) => l.x1)) + 1,
    Math.max(...lines.map((l) => l.bottom)) + 1,
  ];
  const wordsIn = (words: readonly Word[], box: Box) =>
    words.filter((w) => w.top >= box[1] && w.bottom <= box[3] && w.x0 >= box[0] && w.x1 <= box[2]);
  const flushContinued = (page: number, words: readonly Word[]) => {
    if (continued.length > 0 && current?.method === 'stream') {
      const box = streamBox(continued);
      const grid = streamGrid(page, wordsIn(words, box), box, current.streamXs);
      current.rows.push(...grid.rows.map((cells) => ({ page, cells })));
    }
    continued = [];
  };
  const flushPending = (words: readonly Word[]) => {
    if (!pending) return;
    const p = pending;
    pending = undefined;
    const noteAt = p.streamLines.findIndex((l) => NOTE_RE.test(squash(l.text)));
    const body = noteAt < 0 ? p.streamLines : p.streamLines.slice(0, noteAt);
    if (p.tolerant && p.unit === undefined) return;
    const t = newTable(p.schema, p);
    if (body.length >= 2) {
      const box = streamBox(body);
      const grid = streamGrid(p.page, wordsIn(words, box), box);
      t.rows.push(...grid.rows.map((cells) => ({ page: p.page, cells })));
      t.method = 'stream';
      t.streamXs = grid.xs;
    }
    if (noteAt >= 0) for (const l of p.streamLines.slice(noteAt)) addNote(t.notes, l.text);
    located.push(t);
    current = t;
  };
  const newTable = (schema: LocatedTable['schema'], p: Pending): LocatedTable => ({
    file,
    schema,
    title: p.title,
    titlePage: p.page,
    titleBox: p.box,
    unit: p.unit,
    ...(p.number ? { number: p.number } : {}),
    rows: [],
    notes: [],
    method: 'lattice',
    diagnostics,
  });

  let bySignature: LocatedTable['schema'] | undefined;
  /** The second line of a part heading wrapped over two lines, read with the first. */
  let joined: TextLine | undefined;
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind === 'grid') {
        const g = item.grid;
        bySignature = undefined;
        if (pending) {
          current = newTable(pending.schema, pending);
          current.method = g.method;
          located.push(current);
          pending = undefined;
          current?.rows.push(...g.rows.map((cells) => ({ page: g.page, cells })));
        } else if (
          current &&
          current.rows.length > 0 &&
          (current.rows[0]?.cells.length ?? 0) === g.xs.length - 1 &&
          // A grid headed like another table starts that table; a repeated header of this one continues it.
          ((signatureFits(g, current.schema) && !hasTwin(current.schema, layout, located)) ||
            !(part === 'tables' && (bySignature = schemaBySignature(g, layout, located))))
        ) {
          current.rows.push(...withoutRepeatedHeader(current.rows, g).map((cells) => ({ page: g.page, cells })));
        } else if (current && isCountsGrid(g, current)) {
          current.countRows = (g.merged ?? g.rows).map((cells) => ({ page: g.page, cells }));
        } else if (part === 'narrative' && (perfTitle || (perfOpen && continuesPerformance(perfOpen, g)))) {
          if (perfTitle) {
            perfOpen = { ...perfTitle, heading: lastHeading, width: g.xs.length - 1, xs: g.xs, rows: [] };
            perfBlocks.push(perfOpen);
            perfTitle = undefined;
          }
          if (perfOpen) addPerformanceGrid(perfOpen, g);
        } else if (part === 'overview' && g.rows.some((r) => r.some((c) => squash(c.text) === '单位名称'))) {
          units.push(...unitRows(g, file));
        } else if (part === 'tables' && (bySignature ??= schemaBySignature(g, layout, located))) {
          // No title above it: the header words and the position in the document say which table it is.
          const schema = bySignature;
          diagnostics.push({
            ruleId: 'import/title-missing',
            severity: 'warning',
            message: msg('import.titleMissing', { page: g.page, table: schema.title }),
            locations: [{ table: schema.table, source: { file, page: g.page, box: g.box } }],
          });
          current = newTable(schema, {
            title: schema.title,
            schema,
            tolerant: false,
            page: g.page,
            box: g.box,
            streamLines: [],
          });
          current.method = g.method;
          located.push(current);
          current.rows.push(...g.rows.map((cells) => ({ page: g.page, cells })));
        } else {
          diagnostics.push({
            ruleId: 'import/unknown-table',
            severity: 'warning',
            message: msg('import.unknownTable', { page: g.page, rows: g.rows.length, columns: g.xs.length - 1 }),
            locations: [{ source: { file, page: g.page, box: g.box } }],
          });
        }
        continue;
      }
      const line = item.line;
      if (line === joined) continue;
      const flat = squash(line.text);
      if (flat === '目录') {
        inToc = true;
        tocPage = line.page;
        continue;
      }
      // The 目录 ends with its page, unless the next page goes on with it (leaders, the next number, a part).
      if (inToc && line.page !== tocPage) {
        if (continuesToc(flat, toc)) tocPage = line.page;
        else inToc = false;
      }
      const pm = PART_RE.exec(flat);
      if (pm) {
        const key = pm[0];
        if (inToc && !seenParts.has(key)) {
          seenParts.add(key);
          tocPart = key;
          toc.push({ part: key, text: line.text.trim(), source: { file, page: line.page } });
          continue;
        }
        inToc = false;
        flushPending(page.words);
        current = undefined;
        // A part heading wrapped onto a short second line ("…部门决算" / "报表") is read whole.
        // A long one ("第三部分上海市…局" / "2024年度部门决算情况说明") when only the two lines together name a part.
        let wrapped = partKind(flat) ? '' : nextLineText(page, line);
        const next = nextLine(page, line);
        if (!partKind(flat + wrapped) && next && partKind(flat + squash(next.text))) {
          wrapped = squash(next.text);
          joined = next;
        }
        part = partKind(flat + wrapped) ?? part;
        partHeadings.push({ part: key, text: line.text.trim() + wrapped, source: { file, page: line.page } });
        continue;
      }
      if (inToc) {
        const last = toc[toc.length - 1];
        // A part title wrapped in the 目录 ("…部门决算" / "表") continues its entry.
        if (last && last.text.startsWith('第') && !parseNumbering(flat) && flat.length <= 6) {
          toc[toc.length - 1] = { ...last, text: last.text + flat };
          continue;
        }
        toc.push({ ...(tocPart ? { part: tocPart } : {}), text: line.text.trim(), source: { file, page: line.page } });
        continue;
      }
      // Without 第X部分 headings (预算 documents) the parts are known by their headings' words.
      const heading = seenParts.size === 0 ? partHeading(flat) : undefined;
      // Each titled part of the 情况说明 ("2025年部门预算编制说明", "其他相关情况说明", "项目经费情况说明") is a
      // section of its own: its lines before the first numbered one are its text, its numbering starts afresh.
      if (heading === 'narrative' && !parseNumbering(flat)) {
        flushPending(page.words);
        current = undefined;
        part = heading;
        partTitles.add(line);
        const list = prose.get(part) ?? [];
        list.push(line);
        prose.set(part, list);
        continue;
      }
      if (heading && heading !== part) {
        flushPending(page.words);
        current = undefined;
        part = heading;
        continue;
      }
      // A line that is a table's title (or alias, maybe numbered or prefixed) opens that table, wherever the part
      // headings are; in prose parts only when a grid or a unit line confirms it (a document without parts).
      const inProse = part === 'narrative' || part === 'glossary';
      const title = inProse && seenParts.size > 0 ? undefined : matchTableTitle(flat, layout);
      if (title) {
        flushPending(page.words);
        part = 'tables';
        inNotes = false;
        pending = {
          title: flat,
          schema: title.schema,
          tolerant: !title.exact || inProse,
          page: line.page,
          box: [line.x0, line.top, line.x1, line.bottom],
          streamLines: [],
        };
        continue;
      }
      // "上海市…局 2024 年度部门决算表" heads the tables where the 第二部分 heading is missing.
      if (part !== 'narrative' && part !== 'glossary' && /年度部门决算表$/.test(flat)) {
        flushPending(page.words);
        current = undefined;
        part = 'tables';
        continue;
      }
      const unit = UNIT_RE.exec(flat);
      const number = /公开(\d+)表/.exec(flat);
      if ((unit || number) && pending) {
        if (unit && isAmountUnit(unit[1])) pending.unit = unit[1];
        if (number) pending.number = `公开${(number[1] ?? '').padStart(2, '0')}表`;
        continue;
      }
      if (part === 'tables') {
        if (NOTE_RE.test(flat)) inNotes = true;
        if (pending) pending.streamLines.push(line);
        else if (current?.method === 'stream' && !inNotes) continued.push(line);
        else if (current) addNote(current.notes, line.text);
        continue;
      }
      if (part === 'narrative') {
        if (PERF_TITLE.test(flat)) {
          perfTitle = { title: flat, line };
          perfOpen = undefined;
          continue;
        }
        if (perfTitle && YEAR_LINE.test(flat)) continue;
        perfOpen = undefined;
        if (parseNumbering(flat)?.numbering.style === 'arabic') lastHeading = line.text.trim();
      }
      if (part) {
        const list = prose.get(part) ?? [];
        list.push(line);
        prose.set(part, list);
      }
    }
    flushPending(page.words);
    flushContinued(page.page, page.words);
  }

  const tables: Table[] = [];
  const seen = new Set<TableId>();
  for (const t of located) {
    if (seen.has(t.schema.table)) {
      diagnostics.push({
        ruleId: 'import/duplicate-table',
        severity: 'warning',
        message: msg('import.duplicateTableOnce', { title: t.title }),
        locations: [{ table: t.schema.table, source: { file, page: t.titlePage, box: t.titleBox } }],
      });
      continue;
    }
    if (t.rows.length === 0) {
      diagnostics.push({
        ruleId: 'import/table-unreadable',
        severity: 'error',
        message: msg('import.tableWithoutBody', { title: t.title }),
        locations: [{ table: t.schema.table, source: { file, page: t.titlePage, box: t.titleBox } }],
      });
      continue;
    }
    if (t.method === 'stream') {
      diagnostics.push({
        ruleId: 'import/stream-table',
        severity: 'info',
        message: msg('import.streamTable', { title: t.title }),
        locations: [{ table: t.schema.table, source: { file, page: t.titlePage, box: t.titleBox } }],
      });
    }
    const table = readLocatedTable(t);
    if (table) {
      tables.push(table);
      seen.add(table.id);
    }
  }

  if (tables.length === 0 && located.length === 0 && !parts.partial) {
    throw new IngestError(msg('ingest.pdf.noTables'), { file });
  }
  const margins = pageMargins(pages);
  const treeOf = (k: PartKind) => buildSections(joinLines(prose.get(k) ?? [], margins, file, partTitles));
  const overviewTree = treeOf('overview');
  const narrative = treeOf('narrative');
  const glossaryBlocks = joinLines(prose.get('glossary') ?? [], margins, file);
  const other = narrative.sections.find((s) => /其他重要事项/.test(s.title));

  return {
    format: DISCLOSURE_FORMAT,
    meta: {
      name: cover.name,
      ...(cover.region ? { region: cover.region } : {}),
      fiscalYear: cover.year,
      unit: tables[0]?.unit ?? '万元',
      kind: cover.kind,
      documentKind: cover.documentKind,
      layout,
      title: cover.title,
      sourceFile: file,
      sourceFormat: 'pdf',
    },
    toc,
    // Only when the body heads every part the 目录 lists: a part begun by a title page instead ("上海市…局 2024 年度
    // 部门决算表") has no heading to compare, and the checker then compares none.
    ...(partHeadings.length > 0 && toc.every((e) => !isPartEntry(e) || partHeadings.some((h) => h.part === e.part))
      ? { partHeadings }
      : {}),
    overview: withUnits(
      overviewTree.sections.length > 0 || overviewTree.preamble.length > 0
        ? readOverview(overviewTree.sections, overviewTree.preamble)
        : { duties: [], organization: [], internalBodies: [] },
      units,
    ),
    tables,
    narrative: narrative.sections,
    performance: readPerformance(perfBlocks, file, diagnostics),
    otherMatters: other ? flattenParagraphs(other) : [],
    glossary: readGlossaryBlocks(glossaryBlocks),
    diagnostics,
  };
}

function tryCover(pages: readonly PageLayout[], titles: readonly string[], file: string): Cover | undefined {
  try {
    return readCover(pages.slice(0, 2), titles, file);
  } catch (e) {
    if (e instanceof IngestError) return undefined;
    throw e;
  }
}

function coverOf(meta: Metadata): Cover {
  return {
    name: meta.name,
    ...(meta.region ? { region: meta.region } : {}),
    year: meta.fiscalYear,
    kind: meta.kind,
    documentKind: meta.documentKind ?? '决算',
    title: meta.title,
    lines: [],
  };
}

/** The line after `line` on its page, when it follows at most two and a half line heights below. */
function nextLine(page: PageLayout, line: TextLine): TextLine | undefined {
  const i = page.items.findIndex((x) => x.kind === 'line' && x.line === line);
  const next = page.items[i + 1];
  return next?.kind === 'line' && next.line.top - line.bottom <= line.size * 2.5 ? next.line : undefined;
}

function nextLineText(page: PageLayout, line: TextLine): string {
  const i = page.items.findIndex((x) => x.kind === 'line' && x.line === line);
  const next = page.items[i + 1];
  if (next?.kind !== 'line' || next.line.text.length > 8 || next.line.top - line.bottom > line.size * 2.5) return '';
  return squash(next.line.text);
}

function partKind(title: string): PartKind | undefined {
  if (/名词解释|名称解释/.test(title)) return 'glossary';
  if (/情况说明/.test(title)) return 'narrative';
  if (/报表|决算表|预算表/.test(title)) return 'tables';
  if (/概况/.test(title)) return 'overview';
  return undefined;
}

const TOC_LEADERS = /[…．.·]{4,}\s*\d*$/;

/** A line on a new page that goes on with the 目录: leaders, or the numbering that follows its last entry. */
function continuesToc(flat: string, toc: readonly TocEntry[]): boolean {
  if (TOC_LEADERS.test(flat)) return true;
  const n = parseNumbering(flat);
  if (!n || n.numbering.style === 'part') return false;
  const last = [...toc].reverse().find((e) => parseNumbering(squash(e.text))?.numbering.style === n.numbering.style);
  const lastNo = last ? parseNumbering(squash(last.text))?.numbering.ordinal : undefined;
  return lastNo !== undefined && n.numbering.ordinal === lastNo + 1;
}

/**
 * The heading of a part in a document printed without 第X部分 (the Shanghai 预算: "上海市普陀区财政局主要职能",
 * "名词解释", "2025年部门预算编制说明", "其他相关情况说明"): a short line, no sentence, ending in a part's words.
 */
function partHeading(flat: string): PartKind | undefined {
  if (flat.length > 30 || /[，。；：:]/.test(flat)) return undefined;
  const bare = parseNumbering(flat)?.text ?? flat;
  if (/^(?:名词解释|名称解释)$/.test(bare)) return 'glossary';
  if (/(?:主要职能|机构设置|部门概况|单位概况)$/.test(bare)) return 'overview';
  if (/(?:预算编制说明|预算情况说明|决算情况说明|其他相关情况说明|项目经费情况说明)$/.test(bare)) return 'narrative';
  return undefined;
}

/**
 * Left margin: the leftmost start of prose lines that a quarter of the pages share; right margin: the furthest end
 * they share. A page of short paragraphs (a sparsely filled document: every line a first line, indented) has no
 * line at the margin, and a page whose prose is all short lines none at the right: the pages that do tell, and a
 * stray line on one page does not.
 */
function pageMargins(pages: readonly PageLayout[]): { left: number; right: number } {
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const p of pages) {
    const lines = p.items.flatMap((i) => (i.kind === 'line' && i.line.text.length >= 10 ? [i.line] : []));
    if (lines.length < 3) continue;
    lefts.push(Math.min(...lines.map((l) => l.x0)));
    rights.push(Math.max(...lines.map((l) => l.x1)));
  }
  const shared = (xs: number[], d: number, widest: 'min' | 'max') => {
    const sorted = [...xs].sort((a, b) => (widest === 'min' ? a - b : b - a));
    const quorum = Math.max(1, Math.ceil(xs.length / 4));
    return sorted.find((v) => xs.filter((x) => Math.abs(x - v) <= 2).length >= quorum) ?? d;
  };
  return { left: shared(lefts, 72, 'min'), right: shared(rights, 520, 'max') };
}

/**
 * A table continued on a new page often repeats its header rows there (a conventional print, and Juesuan's own):
 * the rows that repeat the table's first rows, in order, are left out.
 */
function withoutRepeatedHeader(rows: readonly { cells: readonly { text: string }[] }[], g: Grid): Grid['rows'] {
  const same = (a: readonly { text: string }[], b: readonly { text: string }[]) =>
    a.length === b.length && a.every((c, i) => squash(c.text) === squash(b[i]?.text ?? ''));
  let k = 0;
  while (k < g.rows.length && k < rows.length && same(g.rows[k] ?? [], rows[k]?.cells ?? [])) k++;
  return g.rows.slice(k);
}

/** The counts printed under a table whose schema has count lines: a grid headed 项目 | 统计数 (in pairs). */
function isCountsGrid(g: Grid, t: LocatedTable): boolean {
  return (
    t.countRows === undefined &&
    t.schema.lines.some((l) => l.kind === 'count') &&
    (g.rows[0] ?? []).some((c) => squash(c.text) === '统计数')
  );
}

/** A note's line: a new note ("注：", "说明：", "2.") or the wrapped continuation of the one before. */
function addNote(notes: string[], text: string): void {
  const line = text.trim();
  const last = notes[notes.length - 1];
  const starts = NOTE_RE.test(squash(line)) || parseNumbering(squash(line)) !== undefined;
  if (last !== undefined && !starts && !/[。；;.：:]$/.test(last)) notes[notes.length - 1] = last + line;
  else notes.push(line);
}

function isPartEntry(e: TocEntry): boolean {
  return PART_RE.test(squash(e.text));
}
