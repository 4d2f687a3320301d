import type { Box } from '../api/types';

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A finding's box ([x0, y0, x1, y1] in PDF points from the page's top-left) in CSS pixels of a page drawn at
 * `scale` (pixels per point), grown by `pad` pixels so the outline does not cover the figures.
 */
export function boxToRect(box: Box, scale: number, pad = 2): Rect {
  const [x0, y0, x1, y1] = box;
  const left = Math.min(x0, x1) * scale - pad;
  const top = Math.min(y0, y1) * scale - pad;
  return {
    left,
    top,
    width: Math.abs(x1 - x0) * scale + 2 * pad,
    height: Math.abs(y1 - y0) * scale + 2 * pad,
  };
}

/** The scale that fits a page `pageWidth` points wide into `available` pixels (never larger than `max`). */
export function fitScale(pageWidth: number, available: number, max = 2): number {
  if (pageWidth <= 0 || available <= 0) return 1;
  return Math.min(max, available / pageWidth);
}

/**
 * Where to scroll a container so that a box on a page is in view, a third from the top: pages are laid out one
 * under the other, `pageTops[i]` the top of page i + 1 in the container's content.
 */
export function scrollTopFor(
  pageTops: readonly number[],
  page: number,
  rect: Rect | undefined,
  viewHeight: number,
): number {
  const top = pageTops[page - 1] ?? 0;
  if (!rect) return top;
  return Math.max(0, top + rect.top - viewHeight / 3);
}
