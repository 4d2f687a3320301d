import type { Disclosure } from '../../model/disclosure.js';
import type { Fix } from '../../model/finding.js';
import { paragraphFix } from '../fix/locate.js';
import type { Certainty, Report, Rule } from '../types.js';
import { textPieces, type TextPiece } from './text-scan.js';

/** A year, not part of a range ("2021-2025年", "2021至2025年") or a longer number. */
const YEAR = String.raw`(?<![\d\-—–~～至到])((?:19|20)\d{2})(?![\d\-—–~～至到])\s*年`;
const TITLE_YEAR = new RegExp(YEAR, 'g');
/** "截至 2024 年 12 月 31 日", "截止2024年8月31日": the date a balance (assets, vehicles) is stated at. */
const AS_OF = new RegExp(
  // YEAR's guard against "2021至2025年" would refuse the 至 of 截至 itself: the year follows 截至 here.
  String.raw`截[至止](?:到)?\s*((?:19|20)\d{2})(?![\d\-—–~～至到])\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`,
  'g',
);
const BASE = new RegExp(
  String.raw`(?:比|较|与|同)\s*${YEAR}度?(?:相比|比较|同期)?[^。；;]{0,24}?(?:增加|减少|增长|下降|持平|上升|降低|变化)`,
  'g',
);
const OWN_KIND = new RegExp(
  String.raw`(?<![比较与同])\s*${YEAR}度?\s*(?:部门|单位)(决算|预算)(?!执行|相比|批复数)`,
  'g',
);

/** "2022年当年预算执行数", "2021年决算数": the execution of a year, which a 预算 can only know for past years. */
const EXECUTION = new RegExp(String.raw`${YEAR}度?\s*(?:当年)?(?:预算)?(?:执行数|决算数)`, 'g');

const isBudget = (doc: Disclosure) => doc.meta.documentKind === '预算';

/**
 * A 预算 of year y is drawn up during y − 1 and states its assets at a date of that year ("截至2024年8月31日" in a
 * 2025 预算, "截止2022年12月31日" in a 2023 one). The end of y − 2 (the last closed 决算) or a date in y itself is
 * unusual (warning); any other year is a date copied from another year's document (error).
 */
function budgetAsOf(docYear: number, year: number, yearEnd: boolean): Certainty | undefined {
  if (year === docYear - 1) return undefined;
  if ((year === docYear - 2 && yearEnd) || year === docYear) return 'suspicious';
  return 'certain';
}

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
      '封面、目录、各部分标题、报表名称和情况说明各节标题中的年份应为文档年度（预算文档也可写上一年度）；决算中“截至 YYYY 年 12 月 31 日”应为决算年度；预算编制于上一年度，“截至 YYYY 年 M 月 D 日”应在上一年度（前年年末或预算年度内的日期警告，其他年份报错），预算所写的“YYYY 年（当年预算）执行数 / 决算数”应为以前年度；“比（与）YYYY 年度相比增加/减少”的比较基期应为上一年度；“YYYY 年度部门决算（预算）”应为本文档的年度。',
    example: '2024 年度部门决算的第三部分标题写“2023 年度部门决算情况说明”',
    defaultSeverity: 'error',
    fixable: true,
    subject: ['kind'],
    messages: {
      title: '{{what}}“{{context}}”中的年份 {{year}} 与文档年度 {{docYear}} 不符',
      yearEnd: '“{{context}}”的日期应为 {{expected}} 年 12 月 31 日（{{why}}），写为 {{year}} 年',
      budgetExecution:
        '“{{context}}”写的是 {{year}} 年的执行数，而 {{docYear}} 年预算编制时该年尚未执行，应为以前年度（通常为 {{expected}} 年）',
      budgetAsOf:
        '“{{context}}”的日期在 {{year}} 年；{{docYear}} 年预算编制于上年，资产等数据通常截至 {{expected}} 年的某一日',
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
      for (const m of p.text.matchAll(AS_OF)) {
        const year = Number(m[1]);
        const yearEnd = m[2] === '12' && m[3] === '31';
        if (budget) {
          const r = budgetAsOf(y, year, yearEnd);
          if (r) push(report(p, m, 'budgetAsOf', r, { expected: y - 1, docYear: y }), at(m));
          continue;
        }
        // A 决算 states its balances at the end of its year; another date is a choice, not a wrong year.
        if (!yearEnd || year === y) continue;
        push(report(p, m, 'yearEnd', 'certain', { expected: y, why: '决算说明本年度末的资产' }), at(m));
      }
      if (budget) {
        for (const m of p.text.matchAll(EXECUTION)) {
          if (Number(m[1]) < y) continue;
          push(report(p, m, 'budgetExecution', 'certain', { expected: y - 1, docYear: y }), at(m));
        }
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
  // A 预算's date in a wrong year: which day of the previous year it should be is not known.
  const determined = certainty === 'certain' && messageId !== 'budgetAsOf' && messageId !== 'budgetExecution';
  if (p.paragraph && expected && determined) fix = paragraphFix(p.paragraph, at(m), at(m) + 4, expected);
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
