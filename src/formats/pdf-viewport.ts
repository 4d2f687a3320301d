/** A 2-D affine transform [a, b, c, d, e, f], as in PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The page as a viewer shows it: PDF user space mapped to points from the top-left corner of the visible box
 * (the CropBox within the MediaBox), turned by the page's /Rotate (0, 90, 180 or 270) — pdf.js's PageViewport
 * at scale 1. Page boxes found by the importer are in this space; the annotator maps them back with `invert`.
 */
export function viewportTransform(
  view: readonly [number, number, number, number],
  rotation: number,
): { readonly width: number; readonly height: number; readonly transform: Matrix } {
  const [x0, y0, x1, y1] = view;
  const quarter = ((Math.round(rotation / 90) % 4) + 4) % 4;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [a, b, c, d] = (
    [
      [1, 0, 0, -1],
      [0, 1, 1, 0],
      [-1, 0, 0, 1],
      [0, -1, -1, 0],
    ] as const
  )[quarter] ?? [1, 0, 0, -1];
  const turned = a === 0;
  const ox = turned ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const oy = turned ? Math.abs(cx - x0) : Math.abs(cy - y0);
  return {
    width: turned ? y1 - y0 : x1 - x0,
    height: turned ? x1 - x0 : y1 - y0,
    transform: [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy],
  };
}

/** The inverse transform (from the viewer's page back to PDF user space). */
export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
