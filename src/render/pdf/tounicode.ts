import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

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

/**
 * Returns the PDF with radicals in its ToUnicode maps replaced; the bytes unchanged when there are none. The PDF is
 * edited structurally with pdf-lib (each font's /ToUnicode stream is decoded, fixed and replaced), so offsets,
 * object streams and cross-reference tables are pdf-lib's business, not ours.
 */
export async function fixToUnicode(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = doc;
  const seen = new Set<string>();
  let changed = 0;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef) || seen.has(ref.toString())) continue;
    seen.add(ref.toString());
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const fixed = fixCMap(cmap);
    if (fixed === null) continue;
    context.assign(ref, context.flateStream(Buffer.from(fixed, 'latin1')));
    changed++;
  }
  return changed === 0 ? pdf : doc.save({ updateFieldAppearances: false });
}
