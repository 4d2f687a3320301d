import type { Disclosure } from '../../model/disclosure.js';
import type { Fix } from '../../model/finding.js';
import { paragraphFix } from '../fix/locate.js';
import type { Certainty, Report, Rule } from '../types.js';
import { textPieces, type TextPiece } from './text-scan.js';

/** A year, not part of a range ("2021-2025年", "2021至2025年") or a longer number. */
const YEAR = String.raw`(?<![\d\-—–~～至到])((?:19|20)\d{2})(?![\d\-—–~～至到])\s*年`;
const TITLE_YEAR = new RegExp(YEAR, 'g');
const YEAR_END = new RegExp(String.raw`截[至止](?:到)?\s*${YEAR}\s*12\s*月\s*31\s*日`, 'g');
const BASE = new RegExp(
  String.raw`(?:比|较|与|同)\s*${YEAR}度?(?:相比|比较|同期)?[^。；;]{0,24}?(?:增加|减少|增长|下降|持平|上升|降低|变化)`,
  'g',
);
const OWN_KIND = new RegExp(
  String.raw`(?<![比较与同])\s*${YEAR}度?\s*(?:部门|单位)(决算|预算)(?!执行|相比|批复数)`,
  'g',
);

const isBudget = (doc: Disclosure) => doc.meta.documentKind === '预算';

/**
 * A year that does not fit the document: a title of another year, a 决算 balance date not at the end of its
 * year, a comparison whose base is not the previous year, the document's own kind named with another year.
 */
export const narrativeYear: Rule = {
  meta: {
    id: 'narrative/year',
    category: 'narrative',
    title: '年份与文档年度一致',
    description:
      '封面、目录、各部分标题、报表名称和情况说明各节标题中的年份应为文档年度（预算文档也可写上一年度）；决算中“截至 YYYY 年 12 月 31 日”应为决算年度（预算中通常为上一年度末，不符时警告）；“比（与）YYYY 年度相比增加/减少”的比较基期应为上一年度；“YYYY 年度部门决算（预算）”应为本文档的年度。',
    example: '2024 年度部门决算的第三部分标题写“2023 年度部门决算情况说明”',
    defaultSeverity: 'error',
    fixable: true,
    subject: ['kind'],
    messages: {
      title: '{{what}}“{{context}}”中的年份 {{year}} 与文档年度 {{docYear}} 不符',
      yearEnd: '“{{context}}”的日期应为 {{expected}} 年 12 月 31 日（{{why}}），写为 {{year}} 年',
      base: '“{{context}}”以 {{year}} 年为比较基期，{{docYear}} 年度的文档应与上年（{{expected}} 年）比较',
      ownKind: '“{{context}}”中的年份 {{year}} 与本文档（{{docYear}} 年度{{kind}}）不符',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const y = doc.meta.fiscalYear;
    const budget = isBudget(doc);
    for (const p of textPieces(doc)) {
      if (p.where === 'row') continue;
      const titled = ['cover', 'toc', 'part', 'heading', 'table-title'].includes(p.where);
      const judged = new Set<number>(); // one finding per place in the text
      const push = (r: Report, at: number) => {
        if (judged.has(at)) return;
        judged.add(at);
        out.push(r);
      };
      for (const m of p.text.matchAll(YEAR_END)) {
        const year = Number(m[1]);
        const expected = budget ? y - 1 : y;
        if (year === expected) continue;
        push(
          report(p, m, 'yearEnd', budget ? 'suspicious' : 'certain', {
            expected,
            why: budget ? '预算通常说明上年末的资产' : '决算说明本年度末的资产',
          }),
          at(m),
        );
      }
      for (const m of p.text.matchAll(BASE)) {
        const year = Number(m[1]);
        if (year === y - 1) continue;
        push(report(p, m, 'base', 'certain', { expected: y - 1, docYear: y }), at(m));
      }
      for (const m of p.text.matchAll(OWN_KIND)) {
        const year = Number(m[1]);
        const kind = budget ? '预算' : '决算';
        if (year === y || m[2] !== kind) continue;
        push(report(p, m, 'ownKind', budget ? 'suspicious' : 'certain', { docYear: y, kind }), at(m));
      }
      if (!titled) continue;
      for (const m of p.text.matchAll(TITLE_YEAR)) {
        const year = Number(m[1]);
        if (year === y || (budget && year === y - 1)) continue;
        push(report(p, m, 'title', 'certain', { docYear: y, what: WHAT[p.where] ?? '标题' }), at(m));
      }
    }
    return out;
  },
};

const WHAT: Readonly<Record<string, string>> = {
  cover: '封面',
  toc: '目录',
  part: '部分标题',
  heading: '情况说明标题',
  'table-title': '报表名称',
};

/** Where the year itself starts in the match (the fix replaces only the four digits). */
function at(m: RegExpMatchArray): number {
  return (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
}

function report(
  p: TextPiece,
  m: RegExpMatchArray,
  messageId: string,
  certainty: Certainty,
  data: Record<string, string | number>,
): Report {
  const year = m[1] ?? '';
  const start = m.index ?? 0;
  const context = p.text.slice(Math.max(0, start - 6), start + m[0].length + 6).trim();
  const expected =
    data.expected !== undefined ? String(data.expected) : data.docYear !== undefined ? String(data.docYear) : undefined;
  let fix: Fix | undefined;
  if (p.paragraph && expected && certainty === 'certain') fix = paragraphFix(p.paragraph, at(m), at(m) + 4, expected);
  return {
    messageId,
    certainty,
    data: { ...data, year, context, kind: data.kind ?? messageId },
    locations: [p.location],
    actual: year,
    ...(expected ? { expected } : {}),
    ...(fix ? { fix } : {}),
  };
}
