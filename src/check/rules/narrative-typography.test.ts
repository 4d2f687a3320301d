import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText, withToc } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { seedText } from '../../../test/seed.js';
import { parseText } from '../../ingest/text/index.js';
import { narrativeTypography } from './narrative-typography.js';

const wanli = await budgetSample('putuo-wanli-2023');

/** The seed with every error a person found corrected (its stray English word in duty (一) too). */
const cleanSeed = correctedSeed;

ruleTester(narrativeTypography, {
  valid: [
    { name: 'the seed without its stray word', doc: cleanSeed() },
    { name: 'Shanghai: the writer’s text', doc: shanghaiDoc() },
    {
      name: 'a 目录 entry numbered “4．” before a year (上海 预算) is a number and a year, not one mixed number',
      doc: withToc(cleanSeed(), '四、财政拨款收入支出决算总表', '4．2024年部门财政拨款收入支出决算总表'),
    },
    {
      name: 'an ellipsis, a dash, enumerations “1）” and a URL are not slips',
      doc: withText(cleanSeed(), 463, '收支增加。', '收支增加——详见附表……网址 www.example.gov.cn，1）收入；2）支出。'),
    },
    {
      // "4．2023年部门财政拨款收支预算总表": the list number "4．" before a year is not one mixed-width number.
      name: '预算 putuo-wanli-2023 as published: its table list “4．2023年…”',
      doc: wanli,
    },
  ],
  invalid: [
    {
      name: 'the seed: duty (一) has an English “and”',
      doc: parsedSeed(),
      reports: [{ messageId: 'latin', certainty: 'suspicious', line: 62, actual: 'and' }],
    },
    {
      name: 'a doubled full stop is fixed to one, outside the reason',
      doc: withText(cleanSeed(), 505, '87.27%。', '87.27%。。'),
      reports: [{ messageId: 'doubled', line: 505, actual: '。。', fix: { before: '。', text: '' } }],
    },
    {
      name: 'Shanghai: doubled comma, mixed-width number, unmatched bracket, missing full stop',
      doc: withPhrase(
        withPhrase(shanghaiDoc(), '本年收入合计 2946.25 万元，', '本年收入合计 2946.25 万元，，'),
        '财政拨款收入 2940.05 万元',
        '财政拨款收入 294０.05 万元（其中',
      ),
      reports: [
        { messageId: 'doubled', actual: '，，', fix: { before: '，', text: '' } },
        { messageId: 'unmatched', certainty: 'suspicious' },
        {
          messageId: 'mixedWidth',
          expected: '2940.05',
          actual: '294０.05',
          fix: { before: '294０.05', text: '2940.05' },
        },
      ],
    },
    {
      // The text importer reads "９９.９１%" as 99.91 (the value is right) and keeps the paragraph as printed.
      name: 'the seed as a text file with a mixed-width rate: found in the paragraph as printed',
      doc: parseText(seedText().replace('占 99.91%', '占 ９９.９１%'), { file: 'haidong-rsj-2024.txt' }),
      reports: [
        { messageId: 'mixedWidth', line: 467, expected: '99.91', actual: '９９.９１' },
        { messageId: 'latin', certainty: 'suspicious', line: 62, actual: 'and' },
      ],
    },
    {
      name: 'a paragraph that stops without a mark',
      doc: withText(cleanSeed(), 463, '收支增加。', '收支增加'),
      reports: [{ messageId: 'noFullStop', certainty: 'suspicious', line: 463 }],
    },
    {
      name: '预算 putuo-wanli-2023: a doubled full stop and a mixed-width amount in item 1',
      doc: withPhrase(
        wanli,
        '主要用于统计管理。2022年当年预算执行数为1.48万元',
        '主要用于统计管理。。2022年当年预算执行数为1．48万元',
      ),
      reports: [
        { messageId: 'doubled', actual: '。。', fix: { before: '。', text: '' } },
        { messageId: 'mixedWidth', expected: '1.48', actual: '1．48', fix: { before: '1．48', text: '1.48' } },
      ],
    },
  ],
});
