import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { importForTest } from '../../../test/import.js';
import { SAMPLES } from '../../../test/seed.js';
import { narrativeItemList } from './narrative-item-list.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { withCell } from '../../../test/fixtures/seed-edits.js';

/**
 * Jiangsu 预算 as published: "人员经费13594.82万元。主要包括：基本工资、……" (the list after the amount's own sentence),
 * twice (财政拨款 and 一般公共预算 基本支出), against t06's 合计 column; every listed item is spent.
 */
const gy = await budgetSample('jiangsu-gy-2017');
const swbgt = await budgetSample('jiangsu-swbgt-2017');

/** 普陀区财政局 2024 as published: its t06 prints every 款 line (the writer's Shanghai document has classes only). */
const czj = await importForTest(`${SAMPLES}putuo-czj-2024.pdf`);

/** The corrected seed's lists leave out the two items its t06 leaves blank (30114 医疗费, 30204 手续费). */
const listsFixed = correctedSeed;

ruleTester(narrativeItemList, {
  valid: [
    { name: 'the seed’s lists without the blank items', doc: listsFixed() },
    { name: 'Shanghai: no list, only the two totals', doc: shanghaiDoc() },
    {
      name: 'Shanghai PDF: the lists without the one blank item',
      doc: withPhrase(czj, '退休费、个人农业生产补贴；', '退休费；'),
    },
    { name: '预算 jiangsu-gy-2017 as published: both lists name only spent lines', doc: gy },
    { name: '预算 jiangsu-swbgt-2017 as published: 其他交通费 names 其他交通费用', doc: swbgt },
    {
      name: 'the seed: a 机关运行经费 list naming spent 公用经费 lines',
      doc: withText(listsFixed(), 575, '增长 13.12%。', '增长 13.12%，主要用于办公费、差旅费等。'),
    },
    {
      name: 'the seed: a 机关运行经费 list of purposes (no t06 line name) is not read',
      doc: withText(listsFixed(), 575, '增长 13.12%。', '增长 13.12%，主要用于保障机关正常运转。'),
    },
    { name: '预算 putuo-czj-2025 as published: no list', doc: await budgetSample('putuo-czj-2025') },
  ],
  invalid: [
    {
      name: '预算 jiangsu-gy-2017: t06 30307 医疗费 0, both 人员经费 lists name it',
      doc: withCell(gy, 't06', '30307', 'total', '0.00'),
      reports: [
        { messageId: 'listedButEmpty', related: { table: 't06', rowKey: '30307', column: 'total' }, actual: '医疗费' },
        { messageId: 'listedButEmpty', related: { table: 't06', rowKey: '30307', column: 'total' }, actual: '医疗费' },
      ],
    },
    {
      name: '预算 jiangsu-swbgt-2017: the first 公用经费 list leaves out 公务用车运行维护费 (19.17 % of it)',
      doc: withPhrase(swbgt, '福利费、公务用车运行维护费、', '福利费、'),
      reports: [
        {
          messageId: 'omitted',
          certainty: 'suspicious',
          related: { table: 't06', rowKey: '30231' },
          data: { share: '19.17%' },
        },
      ],
    },
    {
      name: 'the seed: 医疗费 and 手续费 are listed but blank in t06',
      doc: parsedSeed(),
      reports: [
        { messageId: 'listedButEmpty', line: 545, related: { table: 't06', rowKey: '30114' }, actual: '医疗费' },
        { messageId: 'listedButEmpty', line: 545, related: { table: 't06', rowKey: '30204' }, actual: '手续费' },
      ],
    },
    {
      name: 'the seed: a 机关运行经费 list names 手续费, blank in t06 (30204)',
      doc: withText(listsFixed(), 575, '增长 13.12%。', '增长 13.12%，主要用于办公费、手续费、差旅费等。'),
      reports: [
        {
          messageId: 'listedButEmpty',
          line: 575,
          related: { table: 't06', rowKey: '30204' },
          actual: '手续费',
          data: { group: '机关运行经费' },
        },
      ],
    },
    {
      name: 'the seed: t06 30211 差旅费 blank, named by both the 公用经费 and the 机关运行经费 list',
      doc: withCell(
        withText(listsFixed(), 575, '增长 13.12%。', '增长 13.12%，主要包括办公费、差旅费。'),
        't06',
        '30211',
        'amount',
        '',
      ),
      reports: [
        {
          messageId: 'listedButEmpty',
          line: 545,
          related: { table: 't06', rowKey: '30211' },
          data: { group: '公用经费' },
        },
        {
          messageId: 'listedButEmpty',
          line: 575,
          related: { table: 't06', rowKey: '30211' },
          data: { group: '机关运行经费' },
        },
      ],
    },
    {
      name: 'the seed: 基本工资 (34.8 % of 人员经费) left out of the list',
      doc: withText(listsFixed(), 545, '主要包括：基本工资、', '主要包括：'),
      reports: [{ messageId: 'omitted', certainty: 'suspicious', related: { table: 't06', rowKey: '30101' } }],
    },
    {
      name: 'Shanghai PDF (普陀区财政局): 个人农业生产补贴 listed, blank in its t06 (checked on the page image)',
      doc: czj,
      reports: [
        { messageId: 'listedButEmpty', related: { table: 't06', rowKey: '30310' }, actual: '个人农业生产补贴' },
      ],
    },
  ],
});
