import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Chromium (Skia) writes each font's ToUnicode map from the font's own cmap, taking the lowest code point of a
 * glyph. Noto CJK draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph, so the PDF says "⼈" where the page
 * shows 人: copied or searched text, screen readers and PDF importers get radicals. This rewrites the ToUnicode
 * maps so each radical maps to the ideograph it stands for, and moves the cross-reference table accordingly.
 */

/** CJK Radicals Supplement forms (no NFKC mapping) → the simplified ideograph they are drawn for. */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2E95': '彐',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA7': '牛',
  '\u2EAA': '疋',
  '\u2EAE': '竹',
  '\u2EB3': '罒',
  '\u2EB7': '羊',
  '\u2EBB': '聿',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EEF': '龙',
  '\u2EF3': '龟',
};

/** The ideograph a radical code point stands for, or undefined for any other character. */
export function ideographFor(codePoint: number): string | undefined {
  const ch = String.fromCodePoint(codePoint);
  if (codePoint >= 0x2f00 && codePoint <= 0x2fdf) {
    const n = ch.normalize('NFKC');
    return n !== ch ? n : undefined;
  }
  if (codePoint >= 0x2e80 && codePoint <= 0x2eff) return SUPPLEMENT[ch];
  return undefined;
}

/** Rewrites the destinations of bfchar entries ("<1B> <2F08>" → "<1B> <4EBA>"); null when nothing changes. */
export function fixCMap(cmap: string): string | null {
  let changed = false;
  const out = cmap.replace(/(beginbfchar)([\s\S]*?)(endbfchar)/g, (_m, begin: string, body: string, end: string) => {
    const fixed = body.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>/g, (entry: string, src: string, dst: string) => {
      const ideograph = ideographFor(parseInt(dst, 16));
      if (!ideograph) return entry;
      changed = true;
      const hex = [...ideograph]
        .map((c) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'))
        .join('');
      return `${src}<${hex}>`;
    });
    return begin + fixed + end;
  });
  return changed ? out : null;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const OBJECT_STREAM = /\n(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g;

/** Returns the PDF with radicals in its ToUnicode maps replaced; the bytes unchanged when there are none. */
export function fixToUnicode(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const edits: Edit[] = [];
  for (const m of text.matchAll(OBJECT_STREAM)) {
    const dict = m[2] ?? '';
    const length = /\/Length (\d+)/.exec(dict);
    if (!length || !/\/Filter \/FlateDecode/.test(dict) || /\/Subtype|\/Type/.test(dict)) continue;
    const dataStart = (m.index ?? 0) + m[0].length;
    const dataEnd = dataStart + Number(length[1]);
    let cmap: string;
    try {
      cmap = inflateSync(Buffer.from(text.slice(dataStart, dataEnd), 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    if (!cmap.includes('begincmap')) continue;
    const fixed = fixCMap(cmap);
    if (fixed === null) continue;
    const data = deflateSync(Buffer.from(fixed, 'latin1')).toString('latin1');
    const dictStart = text.indexOf('<<', m.index ?? 0);
    const newDict = dict.replace(/\/Length \d+/, `/Length ${data.length}`);
    edits.push({ start: dictStart, end: dataEnd, text: `<<${newDict}>> stream\n${data}` });
  }
  if (edits.length === 0) return pdf;
  return Buffer.from(rewriteXref(applyEdits(text, edits), edits), 'latin1');
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Moves every offset in the classic xref table (and startxref) by the growth of the edits before it. */
function rewriteXref(text: string, edits: readonly Edit[]): string {
  const shift = (offset: number) => {
    let d = 0;
    for (const e of edits) if (e.end <= offset) d += e.text.length - (e.end - e.start);
    return offset + d;
  };
  const sx = text.lastIndexOf('startxref');
  const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(sx))?.[1]);
  const newXrefAt = shift(xrefAt);
  if (text.slice(newXrefAt, newXrefAt + 4) !== 'xref') throw new Error('PDF has no classic xref table');
  const trailer = text.indexOf('trailer', newXrefAt);
  const table = text.slice(newXrefAt, trailer).replace(/(\d{10}) (\d{5}) n/g, (_m, off: string, gen: string) => {
    return `${String(shift(Number(off))).padStart(10, '0')} ${gen} n`;
  });
  const tail = text.slice(trailer).replace(/startxref\s+\d+/, `startxref\n${newXrefAt}`);
  return text.slice(0, newXrefAt) + table + tail;
}
