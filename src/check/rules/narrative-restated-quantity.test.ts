import { ruleTester } from '../../../test/rule-tester.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withoutTable, withPhrase } from '../../../test/shanghai.js';
import { narrativeRestatedQuantity } from './narrative-restated-quantity.js';

const wanli = await budgetSample('putuo-wanli-2023');
const czj2025 = await budgetSample('putuo-czj-2025');
const gy = await budgetSample('jiangsu-gy-2017');
const swbgt = await budgetSample('jiangsu-swbgt-2017');

ruleTester(narrativeRestatedQuantity, {
  valid: [
    { name: 'the seed: each change stated once', doc: correctedSeed() },
    { name: 'Shanghai: each change stated once', doc: shanghaiDoc() },
    {
      // Item 16 repeats item 15's 441.25 万元, but t05 holds the item: narrative/amount-vs-table reports it.
      name: '预算 putuo-wanli-2023 as published: the table judges item 16',
      doc: wanli,
    },
    { name: '预算 putuo-czj-2025: 三公 and its items 与2024年预算持平, each once', doc: czj2025 },
    {
      // "本年机关运行经费统计口径与上年不一致" and "按与上年统计口径一致相比" are not changes of the amount.
      name: '预算 jiangsu-gy-2017: “与上年不一致” is no 持平',
      doc: gy,
    },
    {
      // "财政专户管理资金收入预算总计147.20万元。与上年保持一致。": what changed is not named in the sentence.
      name: '预算 jiangsu-swbgt-2017: a change in a sentence of its own is not compared',
      doc: swbgt,
    },
    {
      name: 'the seed: 三公 stated twice alike (5.20 万元, 比上年增加 2.03 万元)',
      doc: withText(correctedSeed(), 559, '完成预算的 76.47%，其中', '完成预算的 76.47%，比上年增加 2.03 万元，其中'),
    },
  ],
  invalid: [
    {
      name: '预算 putuo-wanli-2023 without its function table: item 16 says 220.63 and then 441.25',
      doc: withoutTable(wanli, 't05'),
      reports: [
        {
          messageId: 'amountTwice',
          expected: '220.63',
          actual: '441.25',
          messageIncludes: ['“行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”', '同一部分前文'],
        },
      ],
    },
    {
      name: 'Shanghai: 一般公共预算财政拨款支出 与 2023 年度相比持平 in （二）, 减少 63.14 万元 in （一）',
      doc: withPhrase(
        shanghaiDoc(),
        '一般公共预算财政拨款支出 2940.05 万元，主要用于以下方面',
        '一般公共预算财政拨款支出 2940.05 万元，与 2023 年度相比持平，主要用于以下方面',
      ),
      reports: [
        {
          messageId: 'directionTwice',
          expected: '减少 63.14 万元 2.10%',
          actual: '持平',
          messageIncludes: ['与2023年决算相比', '（一）一般公共预算财政拨款支出决算总体情况'],
        },
      ],
    },
    {
      name: 'the seed: 三公 比上年减少 2.03 万元 in （一）, 增加 2.03 万元 in （三）',
      doc: withText(correctedSeed(), 559, '完成预算的 76.47%，其中', '完成预算的 76.47%，比上年减少 2.03 万元，其中'),
      reports: [{ messageId: 'directionTwice', line: 571, actual: '增加 2.03 万元 64.03%' }],
    },
    {
      name: 'the seed: 三公 比上年增加 2.30 万元 in （一）, 2.03 万元 in （三）',
      doc: withText(correctedSeed(), 559, '完成预算的 76.47%，其中', '完成预算的 76.47%，比上年增加 2.30 万元，其中'),
      reports: [{ messageId: 'changeTwice', line: 571, expected: '增加 2.30 万元' }],
    },
    {
      name: '预算 putuo-czj-2025: 公务接待费 与2024年预算持平, then 比2024年预算减少 0.20 万元',
      doc: withPhrase(
        czj2025,
        '主要原因是业务需要或跨部门协作交流等进行公务接待',
        '主要原因是业务需要或跨部门协作交流等进行公务接待。公务接待费0.95万元，比2024年预算减少0.20万元',
      ),
      reports: [{ messageId: 'directionTwice', actual: '减少 0.20 万元', expected: '持平' }],
    },
    {
      name: '预算 jiangsu-gy-2017 without its tables: 机关运行经费 stated as 9193.40 and 9139.40 万元',
      doc: withoutTable(
        withPhrase(
          gy,
          '按与上年统计口径一致相比',
          '2017年本部门一般公共预算机关运行经费预算支出9139.40万元。按与上年统计口径一致相比',
        ),
        't10',
      ),
      reports: [{ messageId: 'amountTwice', expected: '9193.40', actual: '9139.40' }],
    },
  ],
});
