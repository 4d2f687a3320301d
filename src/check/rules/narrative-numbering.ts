import type { Section } from '../../model/narrative.js';
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
    messages: {
      repeated: '编号“{{raw}}”与上一条重复（上一条为“{{previous}}”），应为第 {{expected}} 条',
      gap: '编号“{{raw}}”跳号：上一条为第 {{prev}} 条，应为第 {{expected}} 条',
      notFirst: '本层第一条编号为“{{raw}}”，应从 1 开始',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const visit = (items: readonly Section[], path: readonly string[]) => {
      check(items, path, out);
      for (const s of items) visit(s.children, [...path, `${s.numbering?.raw ?? ''}${s.title}`]);
    };
    visit(doc.narrative, []);
    return out;
  },
};

function check(items: readonly Section[], path: readonly string[], out: Report[]): void {
  let prev: Section | undefined;
  for (const s of items) {
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
      });
    } else if (n.ordinal !== p.ordinal + 1) {
      out.push({
        messageId: 'gap',
        data: { raw: n.raw, prev: p.ordinal, expected: p.ordinal + 1 },
        locations: [loc],
        expected: String(p.ordinal + 1),
        actual: String(n.ordinal),
      });
    }
    prev = s;
  }
}
