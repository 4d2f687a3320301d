import type { Glyphs } from './extract.js';

/** A word: a run of text without spaces, with its box in page points (top-left origin). */
export interface Word {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
}

/** A line of text: words sharing a baseline, left to right. */
export interface TextLine {
  readonly page: number;
  readonly words: readonly Word[];
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/;

/**
 * Splits text runs at spaces ("2.85 0.39 0.00" is one run in some PDFs), placing each word by the width its
 * characters take (full-width characters count double). Positions are estimates within the run's box.
 */
export function toWords(glyphs: readonly Glyphs[]): Word[] {
  const words: Word[] = [];
  for (const g of glyphs) {
    if (!/[\s\u00a0\u3000]/.test(g.str)) {
      // One word (PDFium's runs have no spaces): the same figures as below, without the per-character arrays.
      let total = 0;
      for (const c of g.str) total += WIDE.test(c) ? 2 : 1;
      if (total === 0) continue;
      const scale = (g.x1 - g.x0) / total;
      words.push({ text: g.str, x0: g.x0, x1: g.x0 + total * scale, top: g.top, bottom: g.bottom, size: g.size });
      continue;
    }
    const chars = [...g.str];
    const weights = chars.map((c) => (WIDE.test(c) ? 2 : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const scale = (g.x1 - g.x0) / total;
    let at = 0;
    let start = -1;
    let text = '';
    const flush = (end: number) => {
      if (text !== '') {
        words.push({
          text,
          x0: g.x0 + start * scale,
          x1: g.x0 + end * scale,
          top: g.top,
          bottom: g.bottom,
          size: g.size,
        });
      }
      text = '';
      start = -1;
    };
    chars.forEach((c, i) => {
      const w = weights[i] ?? 1;
      if (/[\s\u00a0\u3000]/.test(c)) {
        flush(at);
      } else {
        if (start < 0) start = at;
        text += c;
      }
      at += w;
    });
    flush(at);
  }
  return words;
}

/** Joins words of one line: no space, except between two Latin letters or digits that stand apart. */
export function joinWords(words: readonly Word[]): string {
  let out = '';
  let prev: Word | undefined;
  for (const w of words) {
    if (prev && /[A-Za-z0-9.%]$/.test(out) && /^[A-Za-z0-9]/.test(w.text) && w.x0 - prev.x1 > w.size * 0.2) {
      out += ' ';
    }
    out += w.text;
    prev = w;
  }
  return out;
}

/** Groups words into lines: a word joins the line whose vertical middle it shares. */
export function toLines(page: number, words: readonly Word[]): TextLine[] {
  const sorted = [...words].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const groups: Word[][] = [];
  let current: Word[] = [];
  let mid = -Infinity;
  for (const w of sorted) {
    const m = (w.top + w.bottom) / 2;
    if (current.length > 0 && Math.abs(m - mid) <= Math.max(2, w.size * 0.35)) {
      current.push(w);
    } else {
      if (current.length > 0) groups.push(current);
      current = [w];
      mid = m;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => {
    const ws = g.sort((a, b) => a.x0 - b.x0);
    return {
      page,
      words: ws,
      text: joinWords(ws),
      x0: Math.min(...ws.map((w) => w.x0)),
      x1: Math.max(...ws.map((w) => w.x1)),
      top: Math.min(...ws.map((w) => w.top)),
      bottom: Math.max(...ws.map((w) => w.bottom)),
      size: Math.max(...ws.map((w) => w.size)),
    };
  });
}
