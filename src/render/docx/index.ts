import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  VerticalAlignSection,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Disclosure } from '../../model/disclosure.js';
import { printDocument, type Block } from '../printed/document.js';
import { addFontFallbacks } from './font-table.js';
import { FONT, SIZE, STYLES, runFont } from './styles.js';
import { docxTable } from './table.js';

/** A4 in twips, with the margins of GB/T 9704 for portrait pages and narrower ones for landscape tables. */
const A4 = { short: 11906, long: 16838 };
const PORTRAIT_MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const LANDSCAPE_MARGIN = { top: 964, bottom: 964, left: 1304, right: 1304, footer: 567 };
const PORTRAIT_TEXT = A4.short - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LANDSCAPE_TEXT = A4.long - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Section depth 1–4 (一、 （一） 1. (1)) → Heading 2–5; Heading 1 is a part. */
const HEADING = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

/**
 * The disclosure as the Word document a department publishes: cover, 目录, then 第一部分 … 第四部分, wide tables on
 * landscape pages, header rows repeated, page numbers "— 1 —" from the first body page.
 */
export async function renderDocx(doc: Disclosure): Promise<Uint8Array> {
  const printed = printDocument(doc);
  const sections: ISectionOptions[] = [coverSection(printed.name, printed.title), tocSection(printed.toc)];
  let firstBody = true;
  for (const run of orientationRuns(printed.blocks)) {
    sections.push({
      properties: {
        type: SectionType.NEXT_PAGE,
        page: pageOf(run.landscape, firstBody),
      },
      footers: { default: pageNumberFooter() },
      children: run.blocks.flatMap((b, i) => blockChildren(b, run.landscape, i > 0)),
    });
    firstBody = false;
  }
  const document = new Document({
    creator: 'Juesuan',
    title: `${printed.name}${printed.title}`,
    description: '部门决算公开',
    // Read back by the DOCX importer: the layout (the text does not always tell Shanghai from Qinghai) and region.
    customProperties: [
      { name: 'JuesuanLayout', value: doc.meta.layout },
      ...(doc.meta.region ? [{ name: 'JuesuanRegion', value: doc.meta.region }] : []),
    ],
    styles: STYLES,
    sections,
  });
  const bytes = await Packer.toBuffer(document);
  return addFontFallbacks(new Uint8Array(bytes));
}

function pageOf(landscape: boolean, restartNumbering: boolean): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    // docx swaps width and height itself for a landscape page.
    size: {
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      width: A4.short,
      height: A4.long,
    },
    margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
    ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
  };
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.footer, font: runFont(FONT.table) }),
        ],
      }),
    ],
  });
}

function coverSection(name: string, title: string): ISectionOptions {
  return {
    properties: { page: pageOf(false, false), verticalAlign: VerticalAlignSection.CENTER },
    children: [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        spacing: { after: 600 },
        children: [new TextRun({ text: name, size: SIZE.cover, font: runFont(FONT.heading) })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: title, size: SIZE.coverTitle, font: runFont(FONT.heading) })],
      }),
    ],
  };
}

function tocSection(entries: readonly { text: string; level: 0 | 1 }[]): ISectionOptions {
  return {
    properties: { type: SectionType.NEXT_PAGE, page: pageOf(false, false) },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 300 },
        children: [new TextRun({ text: '目录', size: SIZE.tableTitle, font: runFont(FONT.heading) })],
      }),
      ...entries.map(
        (e) =>
          new Paragraph({
            indent: { left: e.level === 0 ? 0 : 640 },
            children: [
              new TextRun({ text: e.text, font: runFont(e.level === 0 ? FONT.heading : FONT.body), size: SIZE.body }),
            ],
          }),
      ),
    ],
  };
}

interface Run {
  readonly landscape: boolean;
  readonly blocks: Block[];
}

/** Consecutive blocks that share an orientation form one Word section. */
function orientationRuns(blocks: readonly Block[]): Run[] {
  const runs: Run[] = [];
  for (const b of blocks) {
    const landscape = b.kind === 'table' && b.table.landscape;
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.blocks.push(b);
    else runs.push({ landscape, blocks: [b] });
  }
  return runs;
}

function text(t: string, opts: { size?: number; font?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({
    text: t,
    size: opts.size ?? SIZE.body,
    font: runFont(opts.font ?? FONT.body),
    ...(opts.bold ? { bold: true } : {}),
  });
}

/** One block as Word paragraphs and tables; a part and a table start a new page unless the section just did. */
function blockChildren(b: Block, landscape: boolean, breakBefore: boolean): FileChild[] {
  const width = landscape ? LANDSCAPE_TEXT : PORTRAIT_TEXT;
  switch (b.kind) {
    case 'part':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: breakBefore,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({ heading: HEADING[b.level - 1] ?? HeadingLevel.HEADING_5, children: [new TextRun(b.text)] }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          indent: { firstLine: 640 },
          alignment: AlignmentType.JUSTIFIED,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'note':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 360, lineRule: 'auto' },
          children: [text(b.text, { size: SIZE.note })],
        }),
      ];
    case 'table': {
      const t = b.table;
      const meta = (s: string) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { line: 260, lineRule: 'auto' },
          children: [text(s, { size: SIZE.tableMeta })],
        });
      const out: FileChild[] = [
        new Paragraph({
          pageBreakBefore: breakBefore,
          alignment: AlignmentType.CENTER,
          spacing: { after: 0, line: 360, lineRule: 'auto' },
          children: [text(t.title, { size: SIZE.tableTitle, font: FONT.heading })],
        }),
      ];
      if (t.number) out.push(meta(t.number));
      out.push(meta(`单位：${t.unit}`));
      for (const item of t.items) {
        if (item.kind === 'grid') out.push(docxTable(item.grid, width));
        else
          out.push(
            new Paragraph({
              spacing: { before: 120, line: 320, lineRule: 'auto' },
              children: [text(item.text, { size: SIZE.tableMeta })],
            }),
          );
      }
      return out;
    }
    case 'performance':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 240, line: 400, lineRule: 'auto' },
          children: [text(b.title, { size: SIZE.body, font: FONT.heading })],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { after: 120, line: 360, lineRule: 'auto' },
          children: [text(b.subtitle, { size: SIZE.tableMeta })],
        }),
        docxTable(b.grid, width),
        new Paragraph({ spacing: { line: 240, lineRule: 'auto' }, children: [] }),
      ];
  }
}
