import type { Fix } from '../../model/finding.js';
import type { Numbering, Section } from '../../model/narrative.js';
import type { Report, Rule } from '../types.js';

/** Numbered items of each level run 1, 2, 3 … without gaps or repeats. */
export const narrativeNumbering: Rule = {
  meta: {
    id: 'narrative/numbering',
    category: 'narrative',
    title: '编号连续',
    description: '情况说明各级编号（一、（一）1. (1)）在同一层内应从 1 起连续，不得重复或跳号。',
    example: '“（11）就业补助（款）其他就业补助支出（项）”：编号（11）与上一条重复',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      repeated: '编号“{{raw}}”与上一条重复（上一条为“{{previous}}”），应为第 {{expected}} 条',
      gap: '编号“{{raw}}”跳号：上一条为第 {{prev}} 条，应为第 {{expected}} 条',
      notFirst: '本层第一条编号为“{{raw}}”，应从 1 开始',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const visit = (items: readonly Section[], path: readonly string[], at: readonly number[]) => {
      check(items, path, at, out);
      items.forEach((s, i) => visit(s.children, [...path, `${s.numbering?.raw ?? ''}${s.title}`], [...at, i]));
    };
    visit(doc.narrative, [], []);
    return out;
  },
};

function check(items: readonly Section[], path: readonly string[], at: readonly number[], out: Report[]): void {
  let prev: Section | undefined;
  for (const [i, s] of items.entries()) {
    const n = s.numbering;
    if (!n || n.style === 'part') continue;
    const loc = { sectionPath: [...path, `${n.raw}${s.title}`], ...(s.source ? { source: s.source } : {}) };
    const p = prev?.numbering;
    if (!p || p.style !== n.style) {
      if (!p && n.ordinal !== 1)
        out.push({
          messageId: 'notFirst',
          data: { raw: n.raw },
          locations: [loc],
          expected: '1',
          actual: String(n.ordinal),
        });
    } else if (n.ordinal === p.ordinal) {
      out.push({
        messageId: 'repeated',
        data: { raw: n.raw, previous: `${p.raw}${prev?.title ?? ''}`, expected: p.ordinal + 1 },
        locations: [loc],
        expected: String(p.ordinal + 1),
        actual: String(n.ordinal),
        ...renumber([...at, i], n, p.ordinal + 1),
      });
    } else if (n.ordinal !== p.ordinal + 1) {
      out.push({
        messageId: 'gap',
        data: { raw: n.raw, prev: p.ordinal, expected: p.ordinal + 1 },
        locations: [loc],
        expected: String(p.ordinal + 1),
        actual: String(n.ordinal),
        ...renumber([...at, i], n, p.ordinal + 1),
      });
    }
    prev = s;
  }
}

const DIGITS = '零一二三四五六七八九';

/** 1–99 in Chinese numerals (一, 十, 十一, 二十三). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${ones ? DIGITS.charAt(ones) : ''}`;
}

/**
 * The item renumbered in its own style (the following items are renumbered in later passes, as each then repeats
 * or skips). Only the number changes; brackets and the separator stay as printed.
 */
function renumber(section: readonly number[], n: Numbering, ordinal: number): { fix?: Fix } {
  if (ordinal > 99) return {};
  const arabic = n.style === 'arabic' || n.style === 'paren-arabic';
  const re = arabic ? /\d+/ : /[一二三四五六七八九十]+/;
  if (!re.test(n.raw)) return {};
  const text = n.raw.replace(re, arabic ? String(ordinal) : chineseNumeral(ordinal));
  return { fix: { kind: 'numbering', section, before: n.raw, text, ordinal } };
}
