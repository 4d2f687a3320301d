import type { Section } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import type { Report, Rule } from '../types.js';
import { textPieces } from './text-scan.js';

/**
 * Template wording left in: both directions offered ("增加（减少）"), instructions ("（说明原因）"), a reason
 * announced and not given ("主要原因是。", and the 预算 template's "主要原因是：。"), an empty quotation or title mark.
 */
const LEFTOVER =
  /(?:增加|增长|上升|大于)[（(](?:减少|下降|降低|小于)[）)]|[（(](?:请?说明|填写|列示|简要说明)[^（）()]{0,12}[）)]|(?:主要)?原因(?:(?:是|为)[：:]?|[：:])\s*[。；;]|「\s*」|“\s*”|《\s*》/g;

/** Template placeholders such as XX 局, ×× 万元 or □ left in the published text. */
const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|x{3,}|□|＊{2,}|\*{2,}|某某/g;

export const narrativePlaceholder: Rule = {
  meta: {
    id: 'narrative/placeholder',
    category: 'narrative',
    title: '未替换的占位符',
    description:
      '封面、目录、标题、报表名称和行名、部门概况、情况说明和名词解释中不得留有模板占位符（“XX”“XXX”“××”“□”“某某”），也不得留有模板用语：两个方向并列的“增加（减少）”、填写说明“（说明原因）”、只写“主要原因是。”而没有原因、空的引号或书名号。',
    example: '“上海市 XX 局 2024 年度部门决算”：留有占位符“XX”',
    defaultSeverity: 'error',
    subject: ['mark'],
    noFixReason: '占位符和模板用语处应填写的实际内容无法由报表确定，请人工填写',
    messages: {
      placeholder: '“{{context}}”等处留有 {{count}} 个占位符（{{mark}}），应替换为实际内容',
      leftover: '“{{context}}”中留有模板用语“{{mark}}”，应改为实际情况',
    },
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
    // The rest of what a person reads: 目录, part headings, overview, glossary, table titles and row labels.
    const rest = textPieces(doc).filter((p) => !['cover', 'heading', 'paragraph'].includes(p.where));
    for (const p of rest) scan(p.text, p.location);
    for (const p of textPieces(doc)) {
      const hits = [...p.text.matchAll(LEFTOVER)];
      const first = hits[0];
      if (!first) continue;
      const mark = [...new Set(hits.map((m) => m[0]))].join('、');
      const context = p.text.slice(Math.max(0, first.index - 12), first.index + first[0].length + 12).trim();
      out.push({ messageId: 'leftover', data: { mark, context }, locations: [p.location], actual: mark });
    }
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
