/**
 * Chinese numerals as official documents use them for numbering and counts: 一 … 九, 十, 十一, 二十一, 九十九
 * (第一部分, 一、, （一）, "共有 3 个" / "三个"). One home for reading and writing them.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const VALUES: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 21 → 二十一 (up to 99, as numbering goes); other numbers in digits. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
  }
  return String(n);
}

/** 一 → 1, 十 → 10, 十三 → 13, 二十一 → 21, 一百 → 100, 两 → 2. Undefined for anything else. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!/^[零一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = VALUES[ch] ?? 0;
    }
  }
  return total + current;
}
