/**
 * Text folding: how Juesuan compares and cleans Chinese text, defined once. Printed documents, PDF extraction and
 * people typing templates differ in spaces (U+3000, U+00A0, spaces inside words), bracket width（ ) and quote
 * forms (“ ” " ＂); what counts as "the same title" or "the same label" must not depend on which importer,
 * rule or renderer asks.
 *
 * Three strengths, each with its own name:
 * - `squash`: removes whitespace only (numbers, codes, headings compared as printed otherwise);
 * - `unifyBracketsAndQuotes`: one bracket and one quote form, length-preserving (offsets into the result are
 *   offsets into the input, as the claim extractor needs);
 * - `foldForMatching`: both, plus the full-width colon — for comparing titles, labels and names.
 */

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');

/** Removes every kind of whitespace (JavaScript's \s covers U+3000 and U+00A0). */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Removes the spaces an extraction puts inside Chinese text ("机关事业单位基本养老保险 缴费" → "…保险缴费") and
 * collapses other runs of whitespace to one space, keeping "2024 年度" and "1551.86 万元" as printed.
 */
export function collapseCjkSpaces(s: string): string {
  return s.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/**
 * Figures typed in full width (１，４７７．４６, ８７％, －３) as the half-width figures they are, character for
 * character (the length does not change, so offsets into the result are offsets into what was printed). Chinese
 * punctuation between words (，。（）) stays as written.
 */
export function halfWidthFigures(s: string): string {
  if (!/[\uff10-\uff19]/.test(s)) return s;
  return s
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)．(?=\d)/g, '$1.')
    .replace(/(\d)，(?=\d{3}(?!\d))/g, '$1,')
    .replace(/(\d)％/g, '$1%')
    .replace(/－(?=\d)/g, '-')
    .replace(/＋(?=\d)/g, '+');
}

/** ( ) → （ ）, and “ ” ＂ → ", character for character (the length does not change). */
export function unifyBracketsAndQuotes(s: string): string {
  return s
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[“”＂]/g, '"');
}

/**
 * The form in which two titles, labels or names are compared: no whitespace, full-width brackets and colon, one
 * quote form ("一般公共预算财政拨款“三公”经费支出决算表" = "一般公共预算 财政拨款\"三公\"经费支出决算表").
 */
export function foldForMatching(s: string): string {
  return squash(unifyBracketsAndQuotes(s)).replace(/:/g, '：');
}
