import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Where a line of the serialised text came from: the line of the HTML file its element starts on. */
export interface Place {
  readonly line: number;
}

/**
 * An HTML page as the seed-shaped text the text importer reads: one line per block (paragraph, heading, list
 * item, <br>-separated line), one tab-separated line per table row, a cell spanning n columns as its text then
 * n − 1 empty cells, a cell covered by a rowspan from above as an empty cell (as the printed table shows it).
 */
export interface HtmlText {
  readonly lines: readonly string[];
  readonly places: readonly Place[];
  /** `<meta name content>` of the head (Juesuan writes its layout and region there). */
  readonly meta: Readonly<Record<string, string>>;
}

/** Elements whose content is never shown as text. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'input',
  'audio',
  'video',
]);

/** Elements that start and end a line (HTML's block-level and list elements). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);

const isElement = (n: Node): n is Element => 'tagName' in n;

function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** Hidden by the page itself (`hidden`, `display:none`, `visibility:hidden`): not part of what a reader sees. */
function hidden(e: Element): boolean {
  if (attr(e, 'hidden') !== undefined) return true;
  const style = (attr(e, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function childrenOf(n: Node): readonly Node[] {
  if (isElement(n) && n.tagName === 'template') return [];
  return 'childNodes' in n ? n.childNodes : [];
}

function startLine(n: Node): number | undefined {
  return 'sourceCodeLocation' in n ? (n.sourceCodeLocation?.startLine ?? undefined) : undefined;
}

const WIDE = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f]';
/** A line break between two Chinese characters in the source is no space (CSS Text 3, segment break rules). */
const WIDE_BREAK = new RegExp(`(${WIDE})[ \\t\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=${WIDE})`, 'g');

/** Text as the browser shows it: white space collapsed, no-break spaces as spaces, no tabs (a tab is a cell). */
function collapse(text: string): string {
  return text
    .replace(WIDE_BREAK, '$1')
    .replace(/[ \t\r\n\f\u00a0]+/g, ' ')
    .trim();
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c) || hidden(c)) continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of c.childNodes) if (isElement(r) && r.tagName === 'tr' && !hidden(r)) rows.push(r);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
}

function contains(n: Node, tag: string): boolean {
  return childrenOf(n).some((c) => isElement(c) && (c.tagName === tag || contains(c, tag)));
}

/**
 * A table used to place the page's parts (a cell holding another table, or a single cell) rather than to print
 * figures: its cells are read as blocks.
 */
function isLayoutTable(table: Element): boolean {
  const cells = rowsOf(table).flatMap(cellsOf);
  return cells.length <= 1 || cells.some((c) => contains(c, 'table'));
}

/** A cell's text: its paragraphs and lines joined without separators, as a wrapped cell reads. */
function cellText(cell: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (isElement(n)) {
      if (SKIPPED.has(n.tagName) || hidden(n)) return;
      if (n.tagName === 'br' || BLOCKS.has(n.tagName)) out += '\n';
    } else if (n.nodeName === '#text' && 'value' in n) out += n.value;
    for (const c of childrenOf(n)) visit(c);
  };
  for (const c of cell.childNodes) visit(c);
  return out
    .split('\n')
    .map((s) => collapse(s))
    .join('');
}

const int = (s: string | undefined, max: number) => Math.min(Math.max(Number.parseInt(s ?? '1', 10) || 1, 1), max);

/** The rows of a data table on its column grid (colspan and rowspan as the printed table shows them). */
function gridRows(table: Element): { cells: string[]; line: number | undefined }[] {
  const covered = new Map<number, number>(); // column → rows still covered by a rowspan from above
  return rowsOf(table).map((row) => {
    const out: string[] = [];
    const take = () => {
      const left = covered.get(out.length);
      if (left === undefined) return false;
      if (left <= 1) covered.delete(out.length);
      else covered.set(out.length, left - 1);
      out.push('');
      return true;
    };
    for (const cell of cellsOf(row)) {
      while (take());
      const colSpan = int(attr(cell, 'colspan'), 1000);
      const rowSpan = int(attr(cell, 'rowspan'), 65534);
      const at = out.length;
      out.push(cellText(cell));
      for (let i = 1; i < colSpan; i++) out.push('');
      if (rowSpan > 1) for (let k = at; k < at + colSpan; k++) covered.set(k, rowSpan - 1);
    }
    // Columns at the end of the row still covered from above.
    while (covered.size > 0 && Math.max(...covered.keys()) >= out.length) if (!take()) out.push('');
    return { cells: out, line: startLine(row) };
  });
}

/** Reads an HTML page into lines in reading order. */
export function htmlText(html: string): HtmlText {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const lines: string[] = [];
  const places: Place[] = [];
  const meta: Record<string, string> = {};
  let buffer = '';
  let bufferLine: number | undefined;
  let lastLine = 1;

  const flush = () => {
    const text = collapse(buffer);
    if (text !== '') {
      lines.push(text);
      places.push({ line: bufferLine ?? lastLine });
    }
    buffer = '';
    bufferLine = undefined;
  };

  const table = (t: Element) => {
    flush();
    for (const c of t.childNodes) if (isElement(c) && c.tagName === 'caption') block(c);
    for (const { cells, line } of gridRows(t)) {
      // A one-cell row still reads as a table row.
      lines.push(cells.length === 1 ? `${cells[0] ?? ''}\t` : cells.join('\t'));
      places.push({ line: line ?? lastLine });
    }
  };

  const block = (n: Node) => {
    const line = startLine(n);
    if (line !== undefined) lastLine = line;
    if (!isElement(n)) {
      if (n.nodeName === '#text' && 'value' in n) {
        if (bufferLine === undefined && n.value.trim() !== '') bufferLine = line;
        buffer += n.value;
      }
      // The document itself: its children.
      for (const c of childrenOf(n)) block(c);
      return;
    }
    if (n.tagName === 'meta') {
      const name = attr(n, 'name');
      const content = attr(n, 'content');
      if (name && content !== undefined) meta[name.toLowerCase()] = content;
      return;
    }
    if (n.tagName === 'head') {
      for (const c of n.childNodes) if (isElement(c) && c.tagName === 'meta') block(c);
      return;
    }
    if (SKIPPED.has(n.tagName) || hidden(n)) return;
    if (n.tagName === 'br') {
      flush();
      return;
    }
    if (n.tagName === 'table' && !isLayoutTable(n)) {
      table(n);
      return;
    }
    const isBlock = BLOCKS.has(n.tagName) || n.tagName === 'td' || n.tagName === 'th';
    if (isBlock) flush();
    for (const c of childrenOf(n)) block(c);
    if (isBlock) flush();
  };

  block(document);
  flush();
  return { lines, places, meta };
}
