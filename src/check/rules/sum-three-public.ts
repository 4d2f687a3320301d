import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { compact, identity, IDENTITY_MESSAGES } from './helpers.js';
import { OFFICIAL_CAR, OFFICIAL_CAR_PARTS, THREE_PUBLIC_PARTS } from '../../model/concepts/three-public.js';

/** t09: 合计 = 出国 + 用车小计 + 接待; 用车小计 = 购置 + 运行维护, for 预算数 and 决算数 each. */
export const sumThreePublic: Rule = {
  meta: {
    id: 'sum/three-public',
    category: 'sum',
    title: '“三公”经费表的合计',
    description:
      '财政拨款“三公”经费支出决算表中，预算数和决算数分别核对：合计 = 因公出国（境）费用 + 公务用车购置及运行维护费小计 + 公务接待费；公务用车小计 = 公务用车购置费 + 公务用车运行维护费。',
    example: '“三公”经费决算数合计应等于各项之和，但前者为 5.30、后者为 5.20，相差 0.10，尾数四舍五入无法解释，请核对',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    const t = tableOf(doc, 't09');
    if (!t?.rows.some((r) => r.key === 'main')) return [];
    const out: Array<Report | undefined> = [];
    for (const [p, word] of [
      ['budget', '预算数'],
      ['actual', '决算数'],
    ] as const) {
      out.push(
        identity(
          doc,
          `t09[main].${p}.total = ${THREE_PUBLIC_PARTS.map((i) => `t09[main].${p}.${i}`).join(' + ')}`,
          `“三公”经费${word}合计应等于因公出国（境）费用、公务用车购置及运行维护费、公务接待费之和`,
        ),
        identity(
          doc,
          `t09[main].${p}.${OFFICIAL_CAR} = ${OFFICIAL_CAR_PARTS.map((i) => `t09[main].${p}.${i}`).join(' + ')}`,
          `“三公”经费${word}中公务用车购置及运行维护费小计应等于购置费与运行维护费之和`,
        ),
      );
    }
    return compact(out);
  },
};
