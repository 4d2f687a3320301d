import type { Disclosure, TocEntry } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import { schemasForLayout } from '../../model/schemas/index.js';
import type { Grid } from './grid.js';
import { performanceGrid } from './performance.js';
import { printTable, type PrintedTable } from './tables.js';
import { formatChineseNumeral } from '../../model/concepts/numerals.js';
import { squash } from '../../model/concepts/text.js';

/**
 * The disclosure as a sequence of printed blocks — the one reading order every document renderer (DOCX, HTML)
 * follows, and that the DOCX importer reads back: cover, 目录, 第一部分 … 第四部分.
 */
export type Block =
  | { readonly kind: 'part'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'table'; readonly table: PrintedTable }
  | { readonly kind: 'performance'; readonly title: string; readonly subtitle: string; readonly grid: Grid };

export interface PrintedDocument {
  readonly name: string;
  readonly title: string;
  readonly year: number;
  readonly toc: readonly { readonly text: string; readonly level: 0 | 1 }[];
  readonly blocks: readonly Block[];
}

const PART_RE = /^第[一二三四五六七八九十]+部分/;

export function printDocument(doc: Disclosure): PrintedDocument {
  const year = doc.meta.fiscalYear;
  const title = doc.meta.title || `${year} 年度${doc.meta.kind}决算`;
  const partTitle = (ord: string, fallback: string, pattern: RegExp) => {
    // The body's own heading as printed, else the 目录 entry, else the standard wording.
    const find = (list: readonly { readonly text: string }[] | undefined) =>
      list?.find((e) => e.text.startsWith(ord) && pattern.test(e.text));
    const entry = find(doc.partHeadings) ?? find(doc.toc);
    return entry ? spacePart(entry.text) : `${ord} ${fallback}`;
  };
  const parts = {
    overview: partTitle('第一部分', `${doc.meta.kind}概况`, /概况/),
    tables: partTitle('第二部分', `${year} 年度${doc.meta.kind}决算报表`, /报表|决算表/),
    narrative: partTitle('第三部分', `${year} 年度${doc.meta.kind}决算情况说明`, /情况说明/),
    glossary: partTitle('第四部分', '名词解释', /名词解释/),
  };
  const blocks: Block[] = [];

  blocks.push({ kind: 'part', text: parts.overview });
  blocks.push({ kind: 'heading', level: 1, text: '一、部门职责' });
  for (const d of doc.overview.duties) blocks.push({ kind: 'paragraph', text: `${d.numbering}${d.text}` });
  blocks.push({ kind: 'heading', level: 1, text: '二、机构设置情况' });
  for (const p of doc.overview.organization) blocks.push({ kind: 'paragraph', text: p.text });

  blocks.push({ kind: 'part', text: parts.tables });
  if (doc.tables.some((t) => t.unit === '万元')) {
    blocks.push({ kind: 'note', text: '（本套报表金额单位转换时可能存在尾数误差）' });
  }
  for (const t of doc.tables) blocks.push({ kind: 'table', table: printTable(t, doc.meta.layout) });

  blocks.push({ kind: 'part', text: parts.narrative });
  const pending = [...doc.performance];
  for (const s of doc.narrative) sectionBlocks(s, 1, pending, year, blocks);
  // Evaluations no narrative item introduces go at the end of the 绩效 section's output.
  for (const p of pending.splice(0)) blocks.push(performanceBlock(p, year));

  // A 目录 that lists 名词解释 gets its part even without terms (a sparsely filled template): no entry without a page.
  const listed = doc.toc.some((e) => PART_RE.test(e.text) && /名词解释/.test(e.text));
  if (doc.glossary.length > 0 || listed) {
    blocks.push({ kind: 'part', text: parts.glossary });
    for (const g of doc.glossary) blocks.push({ kind: 'paragraph', text: `${g.term}：${g.definition}` });
  }

  return { name: doc.meta.name, title, year, toc: tocOf(doc, parts), blocks };
}

/** The 目录 as printed in the source when there is one, else built from the parts, tables and sections. */
function tocOf(doc: Disclosure, parts: Record<string, string>): PrintedDocument['toc'] {
  if (doc.toc.length > 0) {
    return doc.toc.map((e: TocEntry) => ({ text: spacePart(e.text), level: PART_RE.test(e.text) ? 0 : 1 }));
  }
  const out: { text: string; level: 0 | 1 }[] = [];
  out.push(
    { text: parts.overview ?? '', level: 0 },
    { text: '一、部门职责', level: 1 },
    { text: '二、机构设置情况', level: 1 },
  );
  out.push({ text: parts.tables ?? '', level: 0 });
  // The layout's printed order; a generic document lists none and keeps its tables in the order read.
  const order = schemasForLayout(doc.meta.layout).map((s) => s.table);
  const tables = [...doc.tables].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  tables.forEach((t, i) => out.push({ text: `${formatChineseNumeral(i + 1)}、${t.title}`, level: 1 }));
  out.push({ text: parts.narrative ?? '', level: 0 });
  for (const s of doc.narrative) out.push({ text: `${s.numbering?.raw ?? ''}${s.title}`, level: 1 });
  if (doc.glossary.length > 0) out.push({ text: parts.glossary ?? '', level: 0 });
  return out;
}

function sectionBlocks(s: Section, depth: number, pending: PerformanceEvaluation[], year: number, out: Block[]): void {
  const raw = s.numbering?.raw ?? '';
  const first = s.paragraphs[0];
  const runIn = first !== undefined && s.title !== '' && first.text.startsWith(s.title);
  const attached = pending.filter((p) => p.narrativeHeading && sameHeading(p.narrativeHeading, raw + s.title));
  // The heading as the source printed it, where an evaluation recorded it (spacing after "1." varies).
  const headingText = attached[0]?.narrativeHeading ?? joinNumbering(raw, s.title);
  if (runIn) {
    out.push({ kind: 'paragraph', text: joinNumbering(raw, first.text) });
  } else {
    out.push({ kind: 'heading', level: Math.min(4, depth) as 1 | 2 | 3 | 4, text: headingText });
  }
  for (const p of runIn ? s.paragraphs.slice(1) : s.paragraphs) out.push({ kind: 'paragraph', text: p.text });
  for (const p of attached) {
    pending.splice(pending.indexOf(p), 1);
    out.push(performanceBlock(p, year));
  }
  for (const c of s.children) sectionBlocks(c, depth + 1, pending, year, out);
}

function performanceBlock(p: PerformanceEvaluation, year: number): Block {
  return { kind: 'performance', title: p.title, subtitle: `（${year} 年度）`, grid: performanceGrid(p) };
}

/** "第一部分部门概况" → "第一部分 部门概况", as printed (importers may drop the space). */
function spacePart(text: string): string {
  return text.replace(/^(第[一二三四五六七八九十]+部分)(?=\S)/, '$1 ');
}

function sameHeading(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

/** "1." + "劳动…" → "1. 劳动…"; "（一）" + "…" → "（一）…": a space only after an ASCII mark. */
function joinNumbering(raw: string, text: string): string {
  if (raw === '') return text;
  return /[.)]$/.test(raw) ? `${raw} ${text}` : `${raw}${text}`;
}
