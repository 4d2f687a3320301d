/** Text clean-up shared by the importers: extraction puts spaces inside Chinese words and splits cells. */

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');

/**
 * Removes the spaces an extraction puts inside Chinese text ("机关事业单位基本养老保险 缴费" → "…保险缴费") and
 * collapses other runs of whitespace to one space, keeping "2024 年度" and "1551.86 万元" as printed.
 */
export function collapseCjkSpaces(s: string): string {
  return s.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/** Removes every kind of whitespace (for comparing labels and headers). */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Unifies bracket and quote forms for matching: ( → （, ) → ）, straight/curly quotes → “”. */
export function normalizeLabel(s: string): string {
  return squash(s).replace(/\(/g, '（').replace(/\)/g, '）').replace(/["＂]/g, '“').replace(/[:]/g, '：');
}

/** Joins two pieces of a wrapped Chinese line: no space, except between two Latin letters or digits. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
