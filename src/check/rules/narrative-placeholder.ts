import type { Section } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import type { Report, Rule } from '../types.js';

/** Template placeholders such as XX 局, ×× 万元 or □ left in the published text. */
const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|x{3,}|□|＊{2,}|\*{2,}|某某/g;

export const narrativePlaceholder: Rule = {
  meta: {
    id: 'narrative/placeholder',
    category: 'narrative',
    title: '未替换的占位符',
    description: '封面、标题和情况说明中不得留有模板占位符，如“XX”“XXX”“××”“□”“某某”。',
    example: '“上海市 XX 局 2024 年度部门决算”：留有占位符“XX”',
    defaultSeverity: 'error',
    subject: ['mark'],
    messages: { placeholder: '“{{context}}”等处留有 {{count}} 个占位符（{{mark}}），应替换为实际内容' },
  },
  run({ doc }) {
    const out: Report[] = [];
    // One finding per paragraph or title, however many placeholders it holds.
    const scan = (text: string, loc: Parameters<typeof make>[2]) => {
      const hits = [...text.matchAll(PLACEHOLDER)];
      const first = hits[0];
      if (!first) return;
      const marks = [...new Set(hits.map((m) => m[0]))].join('、');
      const context = text.slice(Math.max(0, first.index - 12), first.index + first[0].length + 12);
      out.push(make(marks, context, loc, hits.length));
    };
    scan(`${doc.meta.name} ${doc.meta.title}`, {});
    const visit = (s: Section, path: readonly string[]) => {
      const p = [...path, `${s.numbering?.raw ?? ''}${s.title}`];
      scan(s.title, { sectionPath: p, ...(s.source ? { source: s.source } : {}) });
      for (const para of s.paragraphs) {
        if (para.text.startsWith(s.title))
          scan(para.text.slice(s.title.length), { sectionPath: p, ...(para.source ? { source: para.source } : {}) });
        else scan(para.text, { sectionPath: p, ...(para.source ? { source: para.source } : {}) });
      }
      for (const c of s.children) visit(c, p);
    };
    for (const s of doc.narrative) visit(s, []);
    return out;
  },
};

function make(
  mark: string,
  context: string,
  loc: { sectionPath?: readonly string[]; source?: SourceRef },
  count: number,
): Report {
  return { messageId: 'placeholder', data: { mark, context: context.trim(), count }, locations: [loc], actual: mark };
}
