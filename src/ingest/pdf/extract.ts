import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs.js';

/** A run of text as pdf.js reports it, in page points from the top-left corner. */
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

type Matrix = [number, number, number, number, number, number];

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

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Thickest a filled rectangle may be to count as a rule (the 规划 PDF draws its rules as thin rectangles). */
const MAX_RULE_THICKNESS = 2;
/** Shortest segment that counts as a rule (shorter ones are glyph parts, bullets, underlines of a character). */
const MIN_RULE_LENGTH = 3;

/** Text and ruling lines of one page. */
export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const glyphs: Glyphs[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const t = multiply(vt, item.transform as Matrix);
    const size = Math.hypot(t[2], t[3]);
    // Horizontal text only; rotated text (stamps, watermarks) is not table or prose content.
    if (Math.abs(t[1]) > 0.01 * size || size <= 0) continue;
    const x0 = t[4];
    const baseline = t[5];
    glyphs.push({
      str: item.str,
      x0,
      x1: x0 + item.width,
      top: baseline - size * 0.88,
      bottom: baseline + size * 0.12,
      size,
    });
  }
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    glyphs,
    rules: await rulesOf(ops, vt),
  };
}

/** Horizontal and vertical segments of stroked paths, and thin filled rectangles, in viewport space. */
async function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, viewportTransform: Matrix): Promise<Rule[]> {
  const { OPS } = await loadPdfJs();
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = viewportTransform;
  let lineWidth = 1;
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.setLineWidth) lineWidth = Number(args[0]) || 0;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      // pdf.js 5: [paintOp, [Float32Array of DrawOPS], minMax]
      const paintOp = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!(data instanceof Float32Array)) continue;
      const polys = polylines(data);
      if (strokes.has(paintOp)) {
        const w = lineWidth * Math.hypot(ctm[0], ctm[1]);
        if (w <= MAX_RULE_THICKNESS * 2) for (const poly of polys) addSegments(rules, poly, ctm);
      }
      if (fills.has(paintOp)) for (const poly of polys) addThinRect(rules, poly, ctm);
    }
  }
  return rules;
}

/** Splits a DrawOPS buffer into polylines (curves flattened to their end points: rules are straight). */
function polylines(data: Float32Array): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) {
      if (cur.length > 2) out.push(cur);
      cur = [data[i++] ?? 0, data[i++] ?? 0];
    } else if (op === 1) {
      cur.push(data[i++] ?? 0, data[i++] ?? 0);
    } else if (op === 2) {
      i += 4;
      cur.push(data[i++] ?? 0, data[i++] ?? 0);
    } else if (op === 3) {
      i += 2;
      cur.push(data[i++] ?? 0, data[i++] ?? 0);
    } else if (op === 4) {
      if (cur.length >= 2) cur.push(cur[0] ?? 0, cur[1] ?? 0);
    } else break;
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
