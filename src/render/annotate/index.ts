import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { applyMatrix, invert, viewportTransform } from '../../formats/pdf-viewport.js';

/** A finding to mark: its message, and where the importer found what it is about (page points, top-left origin). */
export interface PageMark {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly page?: number;
  readonly box?: readonly [number, number, number, number];
}

const COLOUR = { error: [0.85, 0.1, 0.1], warning: [0.95, 0.55, 0], info: [0.1, 0.4, 0.85] } as const;
const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * A copy of the original PDF with every finding drawn on the page it points to: a coloured box around the
 * figure or text, a number beside it, and the Chinese message in a PDF annotation on the box (viewers show it
 * with their own fonts, so nothing needs a CJK font embedded). Findings without a place on a page are notes on
 * page 1. The page content itself is unchanged.
 */
export async function annotatePdf(bytes: Uint8Array, marks: readonly PageMark[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = doc.getPages();
  marks.forEach((mark, i) => {
    const n = i + 1;
    const page = mark.page !== undefined ? pages[mark.page - 1] : undefined;
    const [r, g, b] = COLOUR[mark.severity];
    const text = `[${n}] ${LABEL[mark.severity]}：${mark.message}`;
    if (!page || !mark.box) {
      const first = pages[0];
      if (first) note(doc, first, text, [r, g, b], 20 + (i % 20) * 14);
      return;
    }
    const rect = userRect(page, mark.box);
    page.drawRectangle({
      x: rect[0],
      y: rect[1],
      width: rect[2] - rect[0],
      height: rect[3] - rect[1],
      borderColor: rgb(r, g, b),
      borderWidth: 1,
      opacity: 0,
      borderOpacity: 0.9,
    });
    const label = String(n);
    const size = 7;
    const w = font.widthOfTextAtSize(label, size) + 3;
    page.drawRectangle({ x: rect[0] - w, y: rect[3] - size - 2, width: w, height: size + 2, color: rgb(r, g, b) });
    page.drawText(label, { x: rect[0] - w + 1.5, y: rect[3] - size, size, font, color: rgb(1, 1, 1) });
    annotation(doc, page, 'Square', [rect[0] - w, rect[1], rect[2], rect[3]], text, [r, g, b]);
  });
  return doc.save();
}

/** A box from the importer's page space (top-left origin, crop box, rotation) back to PDF user space. */
function userRect(page: PDFPage, box: readonly [number, number, number, number]): [number, number, number, number] {
  const crop = page.getCropBox();
  const view = viewportTransform([crop.x, crop.y, crop.x + crop.width, crop.y + crop.height], page.getRotation().angle);
  const back = invert(view.transform);
  const corners = [applyMatrix(back, box[0], box[1]), applyMatrix(back, box[2], box[3])];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const pad = 1.5;
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

function annotation(
  doc: PDFDocument,
  page: PDFPage,
  subtype: 'Square' | 'Text',
  rect: readonly number[],
  text: string,
  colour: readonly number[],
): void {
  const dict = doc.context.obj({
    Type: 'Annot',
    Subtype: subtype,
    Rect: [...rect],
    Contents: PDFHexString.fromText(text),
    T: PDFHexString.fromText('决算审核'),
    C: [...colour],
    F: 4,
    ...(subtype === 'Square' ? { Border: [0, 0, 0] } : { Name: PDFName.of('Comment') }),
  });
  page.node.addAnnot(doc.context.register(dict));
}

/** A sticky note in the top-left margin of a page (a finding about the document as a whole). */
function note(doc: PDFDocument, page: PDFPage, text: string, colour: readonly number[], offset: number): void {
  const crop = page.getCropBox();
  const top = crop.y + crop.height - offset;
  annotation(doc, page, 'Text', [crop.x + 4, top - 12, crop.x + 16, top], text, colour);
}
