import type { Cell } from '../../model/cell.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Paragraph, Section } from '../../model/narrative.js';
import type { Row, Table } from '../../model/table.js';

/**
 * The text importer reads a document whose full-width figures were made half-width first (１，４７７．４６ →
 * 1,477.46, character for character: `halfWidthFigures` moves nothing). This puts back what was printed, by
 * position: each cell's `raw` (its value stays as read) and each paragraph's `printed` (its `text` stays as read).
 */
export function restorePrinted(doc: Disclosure, printedText: string, readText: string): Disclosure {
  const printed = printedText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const read = readText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines = { printed, read };
  const paragraph = (p: Paragraph): Paragraph => {
    const line = p.source?.line;
    if (line === undefined) return p;
    const shown = printedParagraph(p.text, lines, line, p.source?.endLine ?? line);
    return shown === undefined || shown === p.text ? p : { ...p, printed: shown };
  };
  const section = (s: Section): Section => ({
    ...s,
    paragraphs: s.paragraphs.map(paragraph),
    children: s.children.map(section),
  });
  return {
    ...doc,
    overview: { ...doc.overview, organization: doc.overview.organization.map(paragraph) },
    tables: doc.tables.map((t) => printedTable(t, lines)),
    narrative: doc.narrative.map(section),
    otherMatters: doc.otherMatters.map(paragraph),
  };
}

interface Lines {
  readonly printed: readonly string[];
  readonly read: readonly string[];
}

const EDGE = /[\d.,%]/;

/** Each cell's printed text: the same characters of its line where the text read from it stands. */
function printedTable(table: Table, lines: Lines): Table {
  const used = new Map<number, number>(); // line → where the last cell found on it ended
  const cell = (c: Cell, rowLine: number | undefined): Cell => {
    const line = c.source?.line ?? rowLine;
    if (line === undefined || c.raw === '') return c;
    const read = lines.read[line - 1];
    const printed = lines.printed[line - 1];
    if (read === undefined || printed === undefined || read === printed) return c;
    let at = read.indexOf(c.raw, used.get(line) ?? 0);
    // A whole figure, not the tail of a longer one ("12.00" inside "112.00").
    while (at >= 0 && (EDGE.test(read[at - 1] ?? '') || EDGE.test(read[at + c.raw.length] ?? ''))) {
      at = read.indexOf(c.raw, at + 1);
    }
    if (at < 0) return c;
    used.set(line, at + c.raw.length);
    const raw = printed.slice(at, at + c.raw.length);
    return raw === c.raw ? c : { ...c, raw };
  };
  const row = (r: Row): Row => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, cell(c, r.source?.line)])),
  });
  return { ...table, rows: table.rows.map(row) };
}

/**
 * A paragraph's printed text: its characters followed through its lines as read (a paragraph joins wrapped
 * lines and drops spaces between Chinese characters, nothing else), each taken from the printed line. Undefined
 * when they cannot be followed (then the paragraph keeps only its text).
 */
function printedParagraph(text: string, lines: Lines, first: number, last: number): string | undefined {
  const read = lines.read.slice(first - 1, last).join('\n');
  const printed = lines.printed.slice(first - 1, last).join('\n');
  let j = read.indexOf(text.slice(0, 8));
  if (j < 0) return undefined;
  let out = '';
  for (const ch of text) {
    while (j < read.length && read[j] !== ch && /\s/.test(read[j] ?? '')) j++;
    if (read[j] !== ch) return undefined;
    out += printed[j] ?? ch;
    j++;
  }
  return out;
}
