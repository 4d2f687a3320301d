import type { ComparisonClaim } from '../claims/types.js';
import { amountInterval, type Figure } from '../figures.js';
import { overlaps } from '../interval.js';
import { cellLocation, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { sentenceFix } from '../fix/locate.js';
import type { Disclosure } from '../../model/disclosure.js';

/** "决算数大于/小于/等于预算数" agrees with the figures of the sentence before it. */
export const narrativeComparisonWord: Rule = {
  meta: {
    id: 'narrative/comparison-word',
    category: 'narrative',
    title: '大于、小于、等于用词与数字一致',
    description:
      '“决算数大于（小于、等于）预算数”应与前文“年初预算为 B 万元，支出决算为 A 万元”的 A、B 相符。两数不同而写“等于”、或大小与用词相反时报错；仅在尾数误差内才能成立时只作提示。',
    example: '“年初预算为 21.75 万元，支出决算为 22.14 万元……决算数等于预算数”：22.14 大于 21.75',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      wrong: '写“{{phrase}}”，但支出决算 {{actual}} 万元{{truth}}年初预算 {{budget}} 万元，应写“{{correct}}”',
      rounding: '写“{{phrase}}”，支出决算 {{actual}} 万元与年初预算 {{budget}} 万元只在尾数误差范围内才能成立',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'comparison' ? check(doc, c) : []));
  },
};

const NAME = { actual: '决算数', budget: '预算数' } as const;

function check(doc: Disclosure, c: ComparisonClaim): Report[] {
  const e = c.execution;
  if (!e) return [];
  const fig = (side: 'actual' | 'budget'): Figure => (side === 'actual' ? e.actual : e.budget);
  const l = fig(c.left);
  const r = fig(c.right);
  const li = amountInterval(l);
  const ri = amountInterval(r);
  const cmp = l.value.comparedTo(r.value);
  const pointOk = c.word === '大于' ? cmp > 0 : c.word === '小于' ? cmp < 0 : cmp === 0;
  if (pointOk) return [];
  // Could unrounded values make the word true? (e.g. 5.00 "大于" 5.00 when 4.996 vs 4.999 …)
  const possible =
    c.word === '等于' ? overlaps(li, ri) : c.word === '大于' ? li.hi.greaterThan(ri.lo) : ri.hi.greaterThan(li.lo);
  const phrase = `${NAME[c.left]}${c.word}${NAME[c.right]}`;
  const truthWord = cmp > 0 ? '大于' : cmp < 0 ? '小于' : '等于';
  const related = e.cell ? [cellLocation(doc, e.cell)] : [];
  const fix = possible ? undefined : wordFix(doc, c, truthWord);
  return [
    {
      messageId: possible ? 'rounding' : 'wrong',
      certainty: possible ? 'rounding' : 'certain',
      data: {
        phrase,
        actual: e.actual.text,
        budget: e.budget.text,
        truth: ['小于', '等于', '大于'][e.actual.value.comparedTo(e.budget.value) + 1] ?? '',
        correct: `${NAME[c.left]}${truthWord}${NAME[c.right]}`,
      },
      locations: [siteLocation(c.site)],
      related,
      expected: `${NAME[c.left]}${truthWord}${NAME[c.right]}`,
      actual: phrase,
      ...(fix ? { fix } : {}),
    },
  ];
}

/** The comparison word as printed (大于/高于 …) between the two names, replaced by the true one. */
function wordFix(doc: Disclosure, c: ComparisonClaim, truth: string) {
  const m = /(年初预算数?|预算数?|决算数?)\s*(大于|小于|等于|高于|低于)\s*(年初预算数?|预算数?|决算数?)/.exec(
    c.site.sentence,
  );
  if (!m?.[2]) return undefined;
  return sentenceFix(doc, c.site, { before: m[0], text: m[0].replace(m[2], truth) });
}
