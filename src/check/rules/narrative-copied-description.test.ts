import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativeCopiedDescription } from './narrative-copied-description.js';
import { budgetSample } from '../../../test/budget-samples.js';

/** 万里街道 2023 预算 as published: item 27 (城管执法) gives item 26's use, "城乡社区管理事务一般行政管理事务". */
const wanli = await budgetSample('putuo-wanli-2023');

ruleTester(narrativeCopiedDescription, {
  valid: [
    { name: 'the seed: no item says what it was used for twice', doc: correctedSeed() },
    { name: 'Shanghai: each item its own use', doc: shanghaiDoc() },
    {
      name: 'a placeholder use is narrative/placeholder’s, not a copy',
      doc: withPhrase(
        withPhrase(shanghaiDoc(), '主要用于：局财政业务指导与宣传等基本支出', '主要用于：XXXXXXXX'),
        '主要用于：信息化系统日常维护费等支出',
        '主要用于：XXXXXXXX',
      ),
    },
    { name: '预算 putuo-czj-2025 as published: each item its own use', doc: await budgetSample('putuo-czj-2025') },
  ],
  invalid: [
    {
      name: '预算 putuo-wanli-2023 as published: 城管执法 says what 一般行政管理事务 was used for',
      doc: wanli,
      reports: [{ messageId: 'copied' }],
    },
    {
      name: 'Shanghai: 信息化建设 copies 行政运行’s use',
      doc: withPhrase(
        shanghaiDoc(),
        '主要用于：信息化系统日常维护费等支出',
        '主要用于：局本部人员经费及公用经费等的基本支出',
      ),
      reports: [
        { messageId: 'copied', certainty: 'suspicious', data: { use: '：局本部人员经费及公用经费等的基本支出' } },
      ],
    },
    {
      name: 'the seed: two items of 五（三） with the same use',
      doc: withText(
        withText(
          correctedSeed(),
          503,
          '完成年初预算的 106.86%。',
          '完成年初预算的 106.86%。主要用于：机关工作人员工资及日常运转。',
        ),
        505,
        '完成年初预算的 87.27%。',
        '完成年初预算的 87.27%。主要用于：机关工作人员工资及日常运转。',
      ),
      reports: [{ messageId: 'copied', line: 505 }],
    },
  ],
});
