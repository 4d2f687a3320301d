import { ruleTester } from '../../../test/rule-tester.js';
import { parsedSeed, withCell, withText } from '../../../test/fixtures/seed-edits.js';
import { withPhrase } from '../../../test/shanghai.js';
import { importForTest } from '../../../test/import.js';
import { SAMPLES } from '../../../test/seed.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { narrativeThreePublicList } from './narrative-three-public-list.js';

/**
 * The seed's t09 决算数: 因公出国（境）费用 blank, 公务用车运行维护费 5.00, 公务接待费 0.20 (合计 5.20). Its line 563
 * "2024 年度“三公”经费支出决算中，公务用车……" gets a list in place of its opening words.
 */
const seed = parsedSeed();
const SEED_LINE = 563;
const OPENING = '2024 年度“三公”经费支出决算中，';
const withList = (list: string) => withText(seed, SEED_LINE, OPENING, `2024 年度“三公”经费支出${list}；`);

const czj = await importForTest(`${SAMPLES}putuo-czj-2024.pdf`);
const ghzyj = await importForTest(`${SAMPLES}putuo-ghzyj-2024.pdf`);
const gy = await budgetSample('jiangsu-gy-2017');

ruleTester(narrativeThreePublicList, {
  valid: [
    { name: 'the seed as published: no 三公 list', doc: seed },
    {
      name: 'the seed: a list naming the two spent items',
      doc: withList('主要用于公务用车运行维护费和公务接待费'),
    },
    {
      name: 'the seed: a list naming the 公务用车 subtotal covers its spent part',
      doc: withList('主要包括：公务用车购置及运行维护费、公务接待费等支出'),
    },
    {
      name: 'the seed: a list of what the money bought (no 三公 item name) is not read',
      doc: withList('主要用于公务用车燃油、维修和保险'),
    },
    {
      name: 'the seed: the 名词解释’s definition (bare 用于) is not a list',
      doc: withList('是指用于因公出国（境）费用、公务用车购置及运行费和公务接待费的支出'),
    },
    { name: 'Shanghai PDF 普陀区财政局 as published', doc: czj },
    {
      name: 'Shanghai PDF 普陀区财政局: no 三公 spending at all, a list says nothing the table can refute',
      doc: withPhrase(czj, '无“三公”经费财政拨款支出', '“三公”经费支出主要用于因公出国（境）费'),
    },
    { name: 'Shanghai PDF 普陀区规划资源局 as published', doc: ghzyj },
    { name: '预算 jiangsu-gy-2017 as published', doc: gy },
  ],
  invalid: [
    {
      name: 'the seed: 因公出国（境）费 listed, blank in t09; 公务用车运行维护费 (96 %) left out',
      doc: withList('主要用于因公出国（境）费和公务接待费'),
      reports: [
        {
          messageId: 'listedButEmpty',
          line: SEED_LINE,
          related: { table: 't09', rowKey: 'main', column: 'actual.abroad' },
          actual: '因公出国（境）费用',
        },
        {
          messageId: 'omitted',
          certainty: 'suspicious',
          related: { table: 't09', rowKey: 'main', column: 'actual.carRun' },
          data: { share: '96.15%' },
        },
      ],
    },
    {
      name: 'the seed: t09 公务接待费 决算数 set to 0, the list names it',
      doc: withCell(
        withText(seed, SEED_LINE, OPENING, '2024 年度“三公”经费支出全部用于公务用车运行维护费和公务接待费；'),
        't09',
        'main',
        'actual.reception',
        '0',
      ),
      reports: [
        {
          messageId: 'listedButEmpty',
          related: { table: 't09', rowKey: 'main', column: 'actual.reception' },
          actual: '公务接待费',
        },
      ],
    },
    {
      name: 'Shanghai PDF 普陀区规划资源局: a list naming 因公出国（境）费 (0.00 in its t09) put into a real sentence',
      doc: withPhrase(
        ghzyj,
        '“三公”经费财政拨款支出决算中，',
        '“三公”经费财政拨款支出主要用于因公出国（境）费和公务接待费；',
      ),
      reports: [
        {
          messageId: 'listedButEmpty',
          related: { table: 't09', rowKey: 'main', column: 'actual.abroad' },
          actual: '因公出国（境）费用',
          data: { state: '为 0' },
        },
      ],
    },
  ],
});
