import { tableOf } from '../locate.js';
import type { Rule } from '../types.js';
import { compact, identity, IDENTITY_MESSAGES } from './helpers.js';

/** t11: 合计 = 货物 + 工程 + 服务; 小微 ≤ 中小 ≤ 合计. */
export const sumProcurement: Rule = {
  meta: {
    id: 'sum/procurement',
    category: 'sum',
    title: '政府采购支出表的合计',
    description:
      '政府采购支出情况表中：政府采购支出合计 = 货物 + 工程 + 服务；授予小微企业合同金额 ≤ 授予中小企业合同金额 ≤ 政府采购支出合计。',
    example:
      '政府采购支出情况表：授予小微企业合同金额应不大于授予中小企业合同金额，但前者为 120.00、后者为 108.22，相差 11.78，尾数四舍五入无法解释，请核对',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    const t = tableOf(doc, 't11');
    if (!t) return [];
    const name = t.title;
    return compact([
      identity(
        doc,
        't11[total] = t11[goods] + t11[works] + t11[services]',
        `${name}：政府采购支出合计应等于货物、工程、服务支出之和`,
      ),
      identity(doc, 't11[small] <= t11[sme]', `${name}：授予小微企业合同金额应不大于授予中小企业合同金额`),
      identity(doc, 't11[sme] <= t11[total]', `${name}：授予中小企业合同金额应不大于政府采购支出合计`),
    ]);
  },
};
