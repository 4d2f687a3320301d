import { applyMatrix as apply, viewportTransform, type Matrix } from '../../formats/pdf-viewport.js';
import { IngestError } from '../errors.js';
import { callsOf, loadPdfium, Scratch, type Pdfium } from './pdfium.js';
import { msg } from '../../model/messages/index.js';

/** A run of text without spaces (one word), in page points from the top-left corner. */
export interface Glyphs {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  /** Top and bottom of the text's em box (y grows downwards). */
  readonly top: number;
  readonly bottom: number;
  /** Font size (em height) in points. */
  readonly size: number;
}

/** A drawn horizontal or vertical rule, in page points from the top-left corner. */
export interface Rule {
  readonly dir: 'h' | 'v';
  /** y of a horizontal rule, x of a vertical one. */
  readonly pos: number;
  /** Extent along the rule: x0..x1 for 'h', y0..y1 for 'v'. */
  readonly from: number;
  readonly to: number;
}

export interface PageContent {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly glyphs: readonly Glyphs[];
  readonly rules: readonly Rule[];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Thickest a filled rectangle may be to count as a rule (the 规划 PDF draws its rules as thin rectangles). */
const MAX_RULE_THICKNESS = 2;
/** Shortest segment that counts as a rule (shorter ones are glyph parts, bullets, underlines of a character). */
const MIN_RULE_LENGTH = 3;

/** An open PDF, read one page at a time (each page's objects are released before the next is read). */
export interface PdfDocument {
  readonly pageCount: number;
  /** Text and ruling lines of page n (1-based). */
  readPage(n: number): PageContent;
  /** The plain text of page n in reading order, lines separated by "\n": cheap (no boxes, no rules). */
  pageText(n: number): string;
  /** Releases the document (idempotent). */
  close(): void;
}

/** PDFium's FPDF_GetLastError codes that have a meaning for the reader. */
const ERR_FILE = 2;
const ERR_FORMAT = 3;
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

/**
 * Opens a PDF from bytes with PDFium. An encrypted or corrupt file is an IngestError (Chinese, naming the file).
 * The bytes are copied into the wasm heap and freed on close.
 */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  const pdfium = await loadPdfium();
  const heap = pdfium.pdfium.wasmExports.malloc(Math.max(1, bytes.length));
  (pdfium.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8.set(bytes, heap);
  const doc = pdfium.FPDF_LoadMemDocument(heap, bytes.length, '');
  if (!doc) {
    const code = pdfium.FPDF_GetLastError();
    pdfium.pdfium.wasmExports.free(heap);
    if (code === ERR_PASSWORD || code === ERR_SECURITY) throw new IngestError(msg('ingest.pdf.encrypted'), { file });
    if (code === ERR_FORMAT || code === ERR_FILE) throw new IngestError(msg('ingest.pdf.corrupt'), { file });
    throw new IngestError(msg('ingest.pdf.openFailed', { code }), { file });
  }
  const scratch = new Scratch(pdfium, 128);
  let open = true;
  const withPage = <T>(n: number, read: (page: number) => T): T => {
    if (!open) throw new Error('PDF already closed');
    const page = pdfium.FPDF_LoadPage(doc, n - 1);
    if (!page) throw new IngestError(msg('ingest.pdf.pageUnreadable'), { file, page: n });
    try {
      return read(page);
    } finally {
      pdfium.FPDF_ClosePage(page);
    }
  };
  return {
    pageCount: pdfium.FPDF_GetPageCount(doc),
    readPage: (n) =>
      withPage(n, (page) => {
        const view = viewportOf(pdfium, page, scratch);
        return {
          page: n,
          width: view.width,
          height: view.height,
          glyphs: glyphsOf(pdfium, page, view.transform, scratch).filter((g) => onPage(g, view)),
          rules: rulesOf(pdfium, page, view.transform, scratch),
        };
      }),
    pageText: (n) => withPage(n, (page) => plainText(pdfium, page)),
    close() {
      if (!open) return;
      open = false;
      pdfium.FPDF_CloseDocument(doc);
      pdfium.pdfium.wasmExports.free(heap);
      scratch.free();
    },
  };
}

/**
 * PDFium computes in 32-bit floats (639.65 comes back as 639.6500244): positions are rounded to thousandths of a
 * point, the precision PDF producers write, so that a box on a rounding edge (189.05) lands where the document says.
 */
function thousandths(v: number): number {
  return Math.round(v * 1000) / 1000;
}

interface Viewport {
  readonly width: number;
  readonly height: number;
  /** PDF user space to page points from the top-left corner of the visible (cropped, rotated) page. */
  readonly transform: Matrix;
}

/** The visible page as a viewer shows it: the CropBox within the MediaBox, turned by /Rotate (as pdf.js does). */
function viewportOf(pdfium: Pdfium, page: number, s: Scratch): Viewport {
  const box = (get: (p: number, l: number, b: number, r: number, t: number) => boolean): number[] | undefined => {
    if (!get(page, s.at(0), s.at(4), s.at(8), s.at(12))) return undefined;
    // Boxes come back as 32-bit floats: round off the float noise (841.9000244 → 841.9).
    const [l, b, r, t] = [s.f32(0), s.f32(1), s.f32(2), s.f32(3)].map(thousandths) as [number, number, number, number];
    return [Math.min(l, r), Math.min(b, t), Math.max(l, r), Math.max(b, t)];
  };
  const media = box(pdfium.FPDFPage_GetMediaBox) ?? [0, 0, 612, 792];
  const crop = box(pdfium.FPDFPage_GetCropBox);
  let view = media;
  if (crop) {
    const cut = [
      Math.max(crop[0] ?? 0, media[0] ?? 0),
      Math.max(crop[1] ?? 0, media[1] ?? 0),
      Math.min(crop[2] ?? 0, media[2] ?? 0),
      Math.min(crop[3] ?? 0, media[3] ?? 0),
    ];
    if ((cut[2] ?? 0) > (cut[0] ?? 0) && (cut[3] ?? 0) > (cut[1] ?? 0)) view = cut;
  }
  return viewportTransform(
    [view[0] ?? 0, view[1] ?? 0, view[2] ?? 0, view[3] ?? 0],
    90 * pdfium.FPDFPage_GetRotation(page),
  );
}

/** Gap between two characters, in ems, beyond which they belong to different words (pdf.js's tracking space). */
const WORD_GAP = 0.102;
/** Characters pdf.js folds to their compatibility form (ligatures, Arabic presentation forms, spaces). */
const COMPAT =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufb05]+)/gu;
const SPACE = /^[\s\u00a0\u3000\u200b\ufeff]$/u;

/**
 * Words of horizontal text: consecutive characters on one baseline, in one size, without a gap, make one Glyphs.
 * Positions come from each character's origin and advance; rotated text (stamps, watermarks) is left out.
 */
function glyphsOf(pdfium: Pdfium, page: number, vt: Matrix, s: Scratch): Glyphs[] {
  const text = pdfium.FPDFText_LoadPage(page);
  if (!text) return [];
  const out: Glyphs[] = [];
  const api = callsOf(pdfium);
  const [va, vb, vc, vd, ve, vf] = vt;
  const clipOf = clipLookup(pdfium, page, s);
  try {
    const count = pdfium.FPDFText_CountChars(text);
    let str = '';
    let x0 = 0;
    let x1 = 0;
    let base = 0;
    let size = 0;
    let font = 0;
    const flush = () => {
      if (str !== '') {
        out.push({
          str: str.replace(COMPAT, (m) => m.normalize('NFKC')),
          x0,
          x1,
          top: base - size * 0.88,
          bottom: base + size * 0.12,
          size,
        });
      }
      str = '';
    };
    for (let i = 0; i < count; i++) {
      const code = api.FPDFText_GetUnicode(text, i);
      const ch = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      if (ch === '' || SPACE.test(ch) || api.FPDFText_IsGenerated(text, i) === 1) {
        flush();
        continue;
      }
      if (!api.FPDFText_GetMatrix(text, i, s.at(0))) continue;
      // The character's matrix on the page (vt × its own), in scalars: this loop runs for every character, and
      // arrays made here would be garbage the next moment. Only the parts telling its size and slant are needed.
      const n0 = s.f32(0);
      const n1 = s.f32(1);
      const n2 = s.f32(2);
      const n3 = s.f32(3);
      const slant = vb * n0 + vd * n1;
      const height = Math.hypot(va * n2 + vc * n3, vb * n2 + vd * n3);
      const em = thousandths(api.FPDFText_GetFontSize(text, i) * height);
      if (em <= 0 || Math.abs(slant) > 0.01 * height) {
        flush();
        continue;
      }
      api.FPDFText_GetCharOrigin(text, i, s.at(32), s.at(40));
      const px = thousandths(s.f64(4));
      const py = thousandths(s.f64(5));
      const ox = va * px + vc * py + ve;
      const oy = vb * px + vd * py + vf;
      api.FPDFText_GetLooseCharBox(text, i, s.at(48));
      // FS_RECTF: left, top, right, bottom in user space; the advance ends at the right edge on the page.
      const l = s.f32(12);
      const t = s.f32(13);
      const r = s.f32(14);
      const b = s.f32(15);
      const object = api.FPDFText_GetTextObject(text, i);
      const clip = clipOf(object);
      if (clip && !inside(clip, (l + r) / 2, (t + b) / 2)) {
        flush(); // clipped away: no viewer shows it
        continue;
      }
      const right = thousandths(
        Math.max(va * l + vc * t + ve, va * r + vc * b + ve, va * l + vc * b + ve, va * r + vc * t + ve),
      );
      // A change of font starts a new word, as pdf.js starts a new text item ("2024" in Latin, "年度" in CJK).
      const charFont = object ? api.FPDFTextObj_GetFont(object) : 0;
      const joins =
        str !== '' &&
        charFont === font &&
        Math.abs(oy - base) < 0.01 * size + 0.01 &&
        Math.abs(em - size) < 0.01 * size &&
        ox - x1 <= WORD_GAP * size &&
        ox - x1 >= -0.2 * size;
      if (!joins) {
        flush();
        x0 = ox;
        base = oy;
        size = em;
        font = charFont;
      }
      str += ch;
      x1 = Math.max(right, ox);
    }
    flush();
  } finally {
    pdfium.FPDFText_ClosePage(text);
  }
  return out;
}

type Rect = readonly [number, number, number, number];

const inside = (r: Rect, x: number, y: number) => x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3];

/**
 * The clipping box (user space) of each text object drawn directly on the page, looked up when a character of it
 * is first read: the intersection of the bounding boxes of its clip paths. A spreadsheet exported page by page
 * keeps the text of its neighbouring pages in the content, clipped away (上海 预算 编制说明: items 9–11 in page 7's
 * content, 7–8 in page 8's); a character whose centre lies outside is not shown. Objects inside forms are left
 * alone (their clip paths are in form space).
 */
function clipLookup(pdfium: Pdfium, page: number, s: Scratch): (object: number) => Rect | undefined {
  const api = callsOf(pdfium);
  let topLevel: Set<number> | undefined;
  const cache = new Map<number, Rect | undefined>();
  // Objects sharing one clip (the usual case: every character of a cell) share its path data: computed once.
  const byPaths = new Map<string, Rect | undefined>();
  const boxOf = (obj: number): Rect | undefined => {
    const clip = api.FPDFPageObj_GetClipPath(obj);
    if (!clip) return undefined;
    const count = api.FPDFClipPath_CountPaths(clip);
    const [first, last] = [
      api.FPDFClipPath_GetPathSegment(clip, 0, 0),
      api.FPDFClipPath_GetPathSegment(clip, count - 1, 0),
    ];
    if (!first || !last) return clipBox(clip, count);
    const key = `${count}:${first}:${last}`;
    if (byPaths.has(key)) return byPaths.get(key);
    const box = clipBox(clip, count);
    byPaths.set(key, box);
    return box;
  };
  const clipBox = (clip: number, paths: number): Rect | undefined => {
    let box: [number, number, number, number] = [-Infinity, -Infinity, Infinity, Infinity];
    let bounded = false;
    for (let p = 0; p < paths; p++) {
      const segments = api.FPDFClipPath_CountPathSegments(clip, p);
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let j = 0; j < segments; j++) {
        const seg = api.FPDFClipPath_GetPathSegment(clip, p, j);
        if (!seg || !api.FPDFPathSegment_GetPoint(seg, s.at(40), s.at(44))) continue;
        const [x, y] = [s.f32(10), s.f32(11)];
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
      if (x0 > x1) continue; // a text clip or an empty path: no box
      box = [Math.max(box[0], x0), Math.max(box[1], y0), Math.min(box[2], x1), Math.min(box[3], y1)];
      bounded = true;
    }
    return bounded ? box : undefined;
  };
  return (object) => {
    if (!object) return undefined;
    if (cache.has(object)) return cache.get(object);
    if (!topLevel) {
      topLevel = new Set();
      const n = api.FPDFPage_CountObjects(page);
      for (let k = 0; k < n; k++) topLevel.add(api.FPDFPage_GetObject(page, k));
    }
    const box = topLevel.has(object) ? boxOf(object) : undefined;
    cache.set(object, box);
    return box;
  };
}

/**
 * Text placed wholly outside the visible page (a producer's overflow from the previous page, clipped away) is
 * not shown by any viewer, nor by poppler: left out.
 */
function onPage(g: Glyphs, view: Viewport): boolean {
  return g.x1 > 0 && g.x0 < view.width && g.bottom > 0 && g.top < view.height;
}

/** The page's text as PDFium orders it (line breaks it detects become "\n"). */
function plainText(pdfium: Pdfium, page: number): string {
  const text = pdfium.FPDFText_LoadPage(page);
  if (!text) return '';
  try {
    const count = pdfium.FPDFText_CountChars(text);
    if (count <= 0) return '';
    const buf = pdfium.pdfium.wasmExports.malloc((count + 1) * 2);
    try {
      const n = pdfium.FPDFText_GetText(text, 0, count, buf);
      return n > 0 ? pdfium.pdfium.UTF16ToString(buf).replace(/\r\n?/g, '\n') : '';
    } finally {
      pdfium.pdfium.wasmExports.free(buf);
    }
  } finally {
    pdfium.FPDFText_ClosePage(text);
  }
}

const OBJ_PATH = 2;
const OBJ_FORM = 5;
const SEG_LINE = 0;
const SEG_BEZIER = 1;
const SEG_MOVE = 2;

/** Horizontal and vertical segments of stroked paths, and thin filled rectangles, in viewport space. */
function rulesOf(pdfium: Pdfium, page: number, vt: Matrix, s: Scratch): Rule[] {
  const rules: Rule[] = [];
  const api = callsOf(pdfium);
  const matrixOf = (obj: number): Matrix => {
    if (!api.FPDFPageObj_GetMatrix(obj, s.at(0))) return [1, 0, 0, 1, 0, 0];
    return [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
  };
  const visit = (obj: number, parent: Matrix) => {
    const type = api.FPDFPageObj_GetType(obj);
    if (type === OBJ_FORM) {
      const m = multiply(parent, matrixOf(obj));
      const n = api.FPDFFormObj_CountObjects(obj);
      for (let k = 0; k < n; k++) visit(api.FPDFFormObj_GetObject(obj, k), m);
      return;
    }
    if (type !== OBJ_PATH) return;
    const ctm = multiply(parent, matrixOf(obj));
    if (!api.FPDFPath_GetDrawMode(obj, s.at(24), s.at(28))) return;
    const heap = (pdfium.pdfium as unknown as { HEAP32: Int32Array }).HEAP32;
    const fillMode = heap[s.at(24) >> 2] ?? 0;
    const stroke = (heap[s.at(28) >> 2] ?? 0) !== 0;
    if (fillMode === 0 && !stroke) return;
    const polys = pathPolylines(pdfium, obj, s);
    if (stroke) {
      const width = api.FPDFPageObj_GetStrokeWidth(obj, s.at(32)) ? s.f32(8) : 1;
      const w = width * Math.hypot(ctm[0], ctm[1]);
      if (w <= MAX_RULE_THICKNESS * 2) for (const poly of polys) addSegments(rules, poly, ctm);
    }
    if (fillMode !== 0) for (const poly of polys) addThinRect(rules, poly, ctm);
  };
  const n = api.FPDFPage_CountObjects(page);
  for (let k = 0; k < n; k++) visit(api.FPDFPage_GetObject(page, k), vt);
  return rules;
}

/** A path's subpaths as polylines (curves flattened to their end points: rules are straight). */
function pathPolylines(pdfium: Pdfium, path: number, s: Scratch): number[][] {
  const out: number[][] = [];
  const api = callsOf(pdfium);
  let cur: number[] = [];
  let bezier = 0;
  const n = api.FPDFPath_CountSegments(path);
  for (let k = 0; k < n; k++) {
    const seg = api.FPDFPath_GetPathSegment(path, k);
    if (!seg || !api.FPDFPathSegment_GetPoint(seg, s.at(40), s.at(44))) continue;
    const x = s.f32(10);
    const y = s.f32(11);
    const type = api.FPDFPathSegment_GetType(seg);
    if (type === SEG_MOVE) {
      if (cur.length > 2) out.push(cur);
      cur = [x, y];
      bezier = 0;
    } else if (type === SEG_LINE) {
      cur.push(x, y);
    } else if (type === SEG_BEZIER) {
      // Three points per curve (two controls, then the end point): keep the end point only.
      bezier = (bezier + 1) % 3;
      if (bezier === 0) cur.push(x, y);
    }
    // Closing returns to the start, unless the last point already is the start (PDFium's rectangles are).
    if (api.FPDFPathSegment_GetClose(seg) && cur.length >= 2) {
      const sx = cur[0] ?? 0;
      const sy = cur[1] ?? 0;
      if (cur.length === 2 || sx !== cur[cur.length - 2] || sy !== cur[cur.length - 1]) cur.push(sx, sy);
    }
  }
  if (cur.length > 2) out.push(cur);
  return out;
}

function addSegments(rules: Rule[], poly: number[], ctm: Matrix): void {
  for (let k = 0; k + 3 < poly.length; k += 2) {
    const [ax, ay] = apply(ctm, poly[k] ?? 0, poly[k + 1] ?? 0);
    const [bx, by] = apply(ctm, poly[k + 2] ?? 0, poly[k + 3] ?? 0);
    addLine(rules, ax, ay, bx, by);
  }
}

function addLine(rules: Rule[], ax: number, ay: number, bx: number, by: number): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
    rules.push({ dir: 'h', pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
  } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
    rules.push({ dir: 'v', pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  }
}

/** A filled axis-aligned rectangle thinner than MAX_RULE_THICKNESS is a rule along its long side. */
function addThinRect(rules: Rule[], poly: number[], ctm: Matrix): void {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k + 1 < poly.length; k += 2) {
    const [x, y] = apply(ctm, poly[k] ?? 0, poly[k + 1] ?? 0);
    xs.push(x);
    ys.push(y);
  }
  // Only rectangles: 4 or 5 points (closed), all on two x and two y values.
  if (xs.length < 4 || xs.length > 5) return;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const onEdge = xs.every((x, k) => {
    const y = ys[k] ?? 0;
    return (Math.abs(x - x0) < 0.5 || Math.abs(x - x1) < 0.5) && (Math.abs(y - y0) < 0.5 || Math.abs(y - y1) < 0.5);
  });
  if (!onEdge) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) rules.push({ dir: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH)
    rules.push({ dir: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 });
}

/**
 * The plain text of the first `count` pages and the page count: a cheap first look (no boxes, no rules; a few
 * milliseconds a page) for refusing a file that is not a disclosure before reading all of it.
 */
export async function firstPagesText(
  bytes: Uint8Array,
  file: string,
  count: number,
): Promise<{ readonly pageCount: number; readonly pages: readonly string[] }> {
  const doc = await openPdf(bytes, file);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(count, doc.pageCount); n++) pages.push(doc.pageText(n));
    return { pageCount: doc.pageCount, pages };
  } finally {
    doc.close();
  }
}
