import { describe, expect, it } from 'vitest';
import { boxToRect, fitScale, scrollTopFor } from './geometry';

describe('a finding’s box on the drawn page', () => {
  it('scales PDF points from the top-left to CSS pixels, padded', () => {
    // A cell of an A4 page (595 × 842 pt) drawn 1.5 pixels per point.
    expect(boxToRect([345.8, 209.4, 422.5, 241.3], 1.5, 0)).toEqual({
      left: 345.8 * 1.5,
      top: 209.4 * 1.5,
      width: (422.5 - 345.8) * 1.5,
      height: (241.3 - 209.4) * 1.5,
    });
    const padded = boxToRect([100, 200, 150, 220], 2, 3);
    expect(padded).toEqual({ left: 197, top: 397, width: 106, height: 46 });
  });

  it('accepts a box whose corners come in either order', () => {
    expect(boxToRect([150, 220, 100, 200], 1, 0)).toEqual({ left: 100, top: 200, width: 50, height: 20 });
  });

  it('fits the widest page into the pane and scrolls the box a third down the view', () => {
    expect(fitScale(595, 892.5)).toBe(1.5);
    expect(fitScale(595, 5000)).toBe(2); // never larger than twice
    expect(fitScale(0, 500)).toBe(1);
    const tops = [16, 16 + 842 + 12, 16 + 2 * (842 + 12)];
    expect(scrollTopFor(tops, 2, { left: 0, top: 300, width: 10, height: 10 }, 900)).toBe(tops[1]! + 300 - 300);
    expect(scrollTopFor(tops, 1, { left: 0, top: 10, width: 10, height: 10 }, 900)).toBe(0);
    expect(scrollTopFor(tops, 3, undefined, 900)).toBe(tops[2]);
  });
});
