const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 20 → 二十, 23 → 二十三 (enough for headings and list numbering). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : (DIGITS[tens] ?? '')) + '十' + (ones === 0 ? '' : (DIGITS[ones] ?? ''));
}
