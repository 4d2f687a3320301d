import type { Disclosure } from '../../model/disclosure.js';
import type { ExecutionClaim } from '../claims/types.js';
import { fmtPercent } from '../figures.js';
import { cellFigure, cellLocation, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import type { ClaimSite } from '../claims/types.js';
import type { Figure } from '../figures.js';
import { sentenceFix } from '../fix/locate.js';

/** A rate or share is printed with its "%". */
export const narrativePercentSign: Rule = {
  meta: {
    id: 'narrative/percent-sign',
    category: 'narrative',
    title: '百分数缺少“%”',
    description:
      '完成率、占比、增长率等百分数后应有“%”。缺少时报错，并给出按句中数字计算的正确百分数；若所写数字恰是两数之比（未乘 100），一并指出。',
    example: '“完成年初预算的 214.86。”缺少“%”；79.51 ÷ 0.37 = 21489.19%，所写 214.86 是两数之比',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missing: '“{{phrase}}”中的 {{value}} 缺少“%”',
      missingExecution:
        '“{{phrase}}”中的 {{value}} 缺少“%”；按支出决算 {{actual}} 万元 ÷ 年初预算 {{budget}} 万元，完成率应为 {{expected}}{{ratioNote}}',
    },
  },
  run({ doc, claims }) {
    const out: Report[] = [];
    for (const c of claims) {
      if (c.kind === 'execution' && c.rate && !c.rateHasSign) out.push(execution(doc, c));
      else if (c.kind === 'share' && !c.hasSign)
        out.push({
          messageId: 'missing',
          data: { phrase: `占${c.wholeLabel ? `${c.wholeLabel}的` : ''} ${c.percent.text}`, value: c.percent.text },
          locations: [siteLocation(c.site)],
          actual: c.percent.text,
          expected: `${c.percent.text}%`,
          ...addSign(doc, c.site, c.percent),
        });
      else if (c.kind === 'change' && c.rate && !c.rateHasSign)
        out.push({
          messageId: 'missing',
          data: { phrase: `${c.rateWord ?? ''} ${c.rate.text}`, value: c.rate.text },
          locations: [siteLocation(c.site)],
          actual: c.rate.text,
          expected: `${c.rate.text}%`,
          ...addSign(doc, c.site, c.rate),
        });
      else if (c.kind === 'project' && c.rate && !c.rateHasSign)
        out.push({
          messageId: 'missing',
          data: { phrase: `完成年度预算的 ${c.rate.text}`, value: c.rate.text },
          locations: [siteLocation(c.site)],
          actual: c.rate.text,
          expected: `${c.rate.text}%`,
          ...addSign(doc, c.site, c.rate),
        });
    }
    return out;
  },
};

/** The missing "%" inserted after the figure (whether the figure is right is the other rules' to judge). */
function addSign(doc: Disclosure, site: ClaimSite, f: Figure) {
  const fix = sentenceFix(doc, site, { before: f.text, text: '%', figure: true, insertAfter: true });
  return fix ? { fix } : {};
}

function execution(doc: Disclosure, c: ExecutionClaim): Report {
  const rate = c.rate?.text ?? '';
  // The correct figure is the table's when the sentence names a cell (the narrative amount may itself be wrong).
  const actual = (c.cell ? cellFigure(doc, c.cell) : undefined) ?? c.actual;
  const base = { phrase: `完成年初预算的 ${rate}`, value: rate };
  if (c.budget.value.isZero()) {
    return { messageId: 'missing', data: base, locations: [siteLocation(c.site)], actual: rate };
  }
  const computed = actual.value.div(c.budget.value);
  const statedRatio = c.actual.value.div(c.budget.value).toDecimalPlaces(2);
  const ratioNote =
    c.rate && statedRatio.equals(c.rate.value)
      ? `；所写 ${rate} 恰为 ${c.actual.text} ÷ ${c.budget.text} 之比，未乘 100`
      : '';
  return {
    messageId: 'missingExecution',
    data: {
      ...base,
      actual: actual.value.toFixed(2),
      budget: c.budget.text,
      expected: fmtPercent(computed),
      ratioNote,
    },
    locations: [siteLocation(c.site)],
    related: c.cell ? [cellLocation(doc, c.cell)] : [],
    expected: fmtPercent(computed),
    actual: rate,
    extra: { statedRatio: statedRatio.toFixed(2) },
    ...rateFix(doc, c.site, rate, fmtPercent(computed)),
  };
}

/** A rate without "%" replaced by the rate the sentence's figures give (the bare figure is often the plain ratio). */
function rateFix(doc: Disclosure, site: ClaimSite, rate: string, expected: string) {
  const fix = sentenceFix(doc, site, { before: rate, text: expected, figure: true });
  return fix ? { fix } : {};
}
