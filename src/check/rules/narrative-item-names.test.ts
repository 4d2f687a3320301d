import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { importForTest } from '../../../test/import.js';
import { SAMPLES, cloneDoc } from '../../../test/seed.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativeItemNames } from './narrative-item-names.js';
import { budgetSample } from '../../../test/budget-samples.js';

/** 普陀区规划和自然资源局 2024 as published: three item names that are not its t05's (read on pages 22 and 24). */
const ghzyj = await importForTest(`${SAMPLES}putuo-ghzyj-2024.pdf`);
/** 预算 as published: czj-2025 writes 其它 for the table's 其他; gy writes 一般行政事务管理 for 一般行政管理事务. */
const czj2025 = await budgetSample('putuo-czj-2025');
const gy = await budgetSample('jiangsu-gy-2017');

ruleTester(narrativeItemNames, {
  valid: [
    { name: 'the seed: every 款/项 name is t05’s (“政府办公厅（室）及相关机构事务” included)', doc: correctedSeed() },
    { name: 'Shanghai: the writer’s names', doc: shanghaiDoc() },
    {
      name: 'a 部门 document may speak of its 部门决算',
      doc: withText(correctedSeed(), 463, '收支增加。', '收支增加，详见 2080101 行政运行。'),
    },
    {
      name: '预算 putuo-wanli-2023 as published: every item name is its table’s',
      doc: await budgetSample('putuo-wanli-2023'),
    },
  ],
  invalid: [
    {
      name: '预算 putuo-czj-2025 as published: “其它行政事业单位养老支出” is not the table’s “其他…”',
      doc: czj2025,
      reports: [{ messageId: 'unknown', certainty: 'suspicious', actual: '其它行政事业单位养老支出' }],
    },
    {
      name: '预算 jiangsu-gy-2017 as published: “一般行政事务管理” for the table’s “一般行政管理事务”',
      doc: gy,
      reports: [{ messageId: 'unknown', certainty: 'suspicious', actual: '一般行政事务管理' }],
    },
    {
      name: 'Shanghai PDF: an old name (国土资源 → 自然资源), a name not in t05, a 类 name as 款',
      doc: ghzyj,
      reports: [
        { messageId: 'unknown', certainty: 'suspicious', actual: '机关事业单位退休人员活动费支出' },
        { messageId: 'unknown', certainty: 'suspicious', actual: '其他国土资源事务支出' },
        { messageId: 'unknown', certainty: 'suspicious', actual: '住房保障支出' },
        { messageId: 'unknown', certainty: 'suspicious', actual: '住房保障支出' },
      ],
    },
    {
      name: 'the seed: an item under the wrong 款',
      doc: withText(
        correctedSeed(),
        529 + 2,
        '行政事业单位医疗（款）行政单位医疗（项）',
        '行政事业单位医疗（款）行政运行（项）',
      ),
      reports: [{ messageId: 'notUnder', certainty: 'suspicious', line: 531 }],
    },
    {
      name: 'the seed: a code next to another item’s name',
      doc: withText(correctedSeed(), 463, '收支增加。', '收支增加，主要是 2080101 事业运行。'),
      reports: [{ messageId: 'codeName', line: 463, expected: '行政运行', actual: '事业运行' }],
    },
    {
      name: 'Shanghai as a 单位决算 that calls itself 部门决算',
      doc: withPhrase(
        (() => {
          const d = cloneDoc(shanghaiDoc());
          return { ...d, meta: { ...d.meta, kind: '单位' as const } };
        })(),
        '2024 年度收入支出总计',
        '2024 年度部门决算收入支出总计',
      ),
      // The cover title (“2024 年度部门决算”) and the sentence.
      reports: [
        { messageId: 'wrongScope', certainty: 'suspicious', actual: '部门决算' },
        { messageId: 'wrongScope', certainty: 'suspicious', actual: '部门决算' },
      ],
    },
  ],
});
