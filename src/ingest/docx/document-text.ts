import { XMLParser } from 'fast-xml-parser';
import { NumberingCounter, type NumberingDefinitions } from './numbering.js';

/** Where a line of the serialised text came from in the Word document. */
export type Place = { readonly paragraph: number } | { readonly tableNo: number; readonly rowNo: number };

/** The body of a Word document as lines: one per paragraph, one tab-separated line per table row. */
export interface DocumentText {
  readonly lines: readonly string[];
  readonly places: readonly Place[];
}

/** fast-xml-parser's ordered form: each node is `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const v = tag ? node[tag] : undefined;
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, unknown> | undefined;
  const v = a?.[name];
  return typeof v === 'string' ? v : undefined;
}

function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

/** Containers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:hyperlink',
  'w:r',
  'w:fldSimple',
]);
/** Content that is not part of the visible text (deleted runs, field codes, drawings). */
const SKIPPED = new Set([
  'w:del',
  'w:delText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'mc:AlternateContent',
  'w:rPr',
  'w:pPr',
  'w:sdtPr',
]);

/** Text of a paragraph's runs; tabs and breaks become spaces (a tab would read as a table cell). */
function inlineText(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag || SKIPPED.has(tag)) continue;
    if (tag === 'w:t')
      out += childrenOf(n)
        .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
        .join('');
    else if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') out += ' ';
    else if (tag === 'w:noBreakHyphen') out += '-';
    else if (TRANSPARENT.has(tag)) out += inlineText(childrenOf(n));
  }
  return out;
}

/** The label Word's automatic numbering shows before a paragraph ("一、"), '' for none. */
function numberingLabel(p: readonly XmlNode[], counter: NumberingCounter | undefined): string {
  if (!counter) return '';
  const pPr = find(p, 'w:pPr');
  const props = pPr ? childrenOf(pPr) : [];
  const numPr = find(props, 'w:numPr');
  const numProps = numPr ? childrenOf(numPr) : [];
  const val = (list: readonly XmlNode[], tag: string) => {
    const n = find(list, tag);
    return n ? attr(n, 'w:val') : undefined;
  };
  const ilvl = val(numProps, 'w:ilvl');
  return counter.label(val(numProps, 'w:numId'), ilvl !== undefined ? Number(ilvl) : undefined, val(props, 'w:pStyle'));
}

/** Reads `word/document.xml` into lines in reading order, with automatic numbering labels where defined. */
export function documentText(xml: string, numbering?: NumberingDefinitions): DocumentText {
  const counter = numbering ? new NumberingCounter(numbering) : undefined;
  const paragraphText = (nodes: readonly XmlNode[]) => numberingLabel(nodes, counter) + inlineText(nodes);
  const tree = parser.parse(xml) as XmlNode[];
  const document = find(tree, 'w:document');
  const body = document ? find(childrenOf(document), 'w:body') : undefined;
  if (!body) throw new Error('word/document.xml has no w:body');
  const lines: string[] = [];
  const places: Place[] = [];
  let paragraph = 0;
  let tableNo = 0;

  const blocks = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') {
        paragraph++;
        lines.push(paragraphText(childrenOf(n)).replace(/[\t\r\n]/g, ' '));
        places.push({ paragraph });
      } else if (tag === 'w:tbl') {
        tableNo++;
        const no = tableNo;
        tableRows(childrenOf(n), paragraphText).forEach((cells, r) => {
          // A one-cell row still reads as a table row.
          lines.push(cells.length === 1 ? `${cells[0]}\t` : cells.join('\t'));
          places.push({ tableNo: no, rowNo: r + 1 });
        });
      } else if (tag && (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')) {
        blocks(childrenOf(n));
      }
    }
  };
  blocks(childrenOf(body));
  return { lines, places };
}

/** Rows of a table: a cell spanning n grid columns reads as its text then n − 1 empty cells; a vertically merged
 * continuation cell reads empty, as the printed table shows it. */
type ParagraphText = (nodes: readonly XmlNode[]) => string;

function tableRows(nodes: readonly XmlNode[], paragraphText: ParagraphText): string[][] {
  const rows: string[][] = [];
  const visit = (list: readonly XmlNode[]) => {
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'w:tr') rows.push(rowCells(childrenOf(n), paragraphText));
      else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') visit(childrenOf(n));
    }
  };
  visit(nodes);
  return rows;
}

function rowCells(nodes: readonly XmlNode[], paragraphText: ParagraphText): string[] {
  const cells: string[] = [];
  const trPr = find(nodes, 'w:trPr');
  const before = trPr ? Number(attr(find(childrenOf(trPr), 'w:gridBefore') ?? {}, 'w:val') ?? 0) : 0;
  for (let i = 0; i < before; i++) cells.push('');
  const visit = (list: readonly XmlNode[]) => {
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'w:tc') {
        const children = childrenOf(n);
        const tcPr = find(children, 'w:tcPr');
        const props = tcPr ? childrenOf(tcPr) : [];
        const span = Number(attr(find(props, 'w:gridSpan') ?? {}, 'w:val') ?? 1) || 1;
        const vMerge = find(props, 'w:vMerge');
        const hMerge = find(props, 'w:hMerge');
        const continuation =
          (vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart') ||
          (hMerge !== undefined && attr(hMerge, 'w:val') !== 'restart');
        const text = continuation ? '' : cellText(children, paragraphText);
        cells.push(text);
        for (let i = 1; i < span; i++) cells.push('');
      } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
        visit(childrenOf(n));
      }
    }
  };
  visit(nodes);
  const after = trPr ? Number(attr(find(childrenOf(trPr), 'w:gridAfter') ?? {}, 'w:val') ?? 0) : 0;
  for (let i = 0; i < after; i++) cells.push('');
  return cells;
}

/** A cell's paragraphs (and any nested table's text) joined without separators, as a wrapped cell reads. */
function cellText(nodes: readonly XmlNode[], paragraphText: ParagraphText): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:p') out += paragraphText(childrenOf(n));
    else if (tag === 'w:tbl') out += tableRows(childrenOf(n), paragraphText).flat().join('');
    else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')
      out += cellText(childrenOf(n), paragraphText);
  }
  return out.replace(/[\t\r\n]/g, ' ').trim();
}
