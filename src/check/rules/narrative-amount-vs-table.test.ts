import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withCell, withText } from '../../../test/fixtures/seed-edits.js';
import type { Disclosure } from '../../model/disclosure.js';
import { formatAmountGrouped } from '../../model/money.js';
import { narrativeAmountVsTable } from './narrative-amount-vs-table.js';

/** The document with every table printed in 元 (figures × 10 000, two decimals), its 情况说明 still in 万元. */
function tablesInYuan(doc: Disclosure): Disclosure {
  const tables = doc.tables.map((t) => ({
    ...t,
    unit: '元' as const,
    rows: t.rows.map((r) => ({
      ...r,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([k, c]) => {
          if (c.value.kind !== 'amount') return [k, c];
          const a = c.value.amount;
          const yuan = { minor: a.minor * 10 ** (6 - a.scale), scale: 2 };
          return [k, { ...c, raw: formatAmountGrouped(yuan), value: { kind: 'amount' as const, amount: yuan } }];
        }),
      ),
    })),
  }));
  return { ...doc, meta: { ...doc.meta, unit: '元' }, tables };
}

const t05 = (rowKey: string) => ({ table: 't05' as const, rowKey, column: 'total' });

ruleTester(narrativeAmountVsTable, {
  valid: [
    { name: 'Shanghai: the writer’s amounts equal their cells', doc: shanghaiDoc() },
    { name: 'corrected seed: every stated amount and count equals its cell', doc: correctedSeed() },
    { name: 'tables in 元, sentences in 万元: compared exactly after conversion', doc: tablesInYuan(shanghaiDoc()) },
  ],
  invalid: [
    {
      name: 'Shanghai: 人员经费 in the text ≠ t06',
      doc: withPhrase(shanghaiDoc(), '人员经费 2152.26 万元', '人员经费 2162.26 万元'),
      reports: [
        {
          messageId: 'amountMismatch',
          related: { table: 't06', rowKey: 'personnel' },
          expected: '2152.26',
          actual: '2162.26',
        },
      ],
    },
    {
      name: 'tables in 元, a sentence in 万元 that is wrong: found, stated in 万元',
      doc: withPhrase(tablesInYuan(shanghaiDoc()), '人员经费 2152.26 万元', '人员经费 2162.26 万元'),
      reports: [
        {
          messageId: 'amountMismatch',
          related: { table: 't06', rowKey: 'personnel' },
          expected: '2152.26',
          actual: '2162.26',
        },
      ],
    },
    {
      name: 'the seed: 五（三）2.(2) 26.17, (5) 6.96, (12) 79.50',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'amountMismatch',
          line: 505,
          related: t05('2080104'),
          expected: '26.18',
          actual: '26.17',
          fix: { before: '26.17', text: '26.18' },
        },
        { messageId: 'amountMismatch', line: 511, related: t05('2080112'), expected: '6.97', actual: '6.96' },
        { messageId: 'amountMismatch', line: 527, related: t05('2089999'), expected: '79.51', actual: '79.50' },
      ],
    },
    {
      name: 't09 公务用车保有量 printed 3 (narrative says 2.00 辆 twice)',
      doc: withCell(correctedSeed(), 't09', 'count.carHeld', 'count', '3'),
      reports: [
        { messageId: 'countMismatch', line: 565, expected: '3', actual: '2' },
        { messageId: 'countMismatch', line: 1004, expected: '3', actual: '2' },
      ],
    },
    {
      name: 't10 合计 printed 45.89 (十 says 46.89)',
      doc: withCell(correctedSeed(), 't10', 'total', 'amount', '45.89'),
      reports: [
        {
          messageId: 'amountMismatch',
          line: 575,
          related: { table: 't10', rowKey: 'total' },
          expected: '45.89',
          actual: '46.89',
        },
      ],
    },
    {
      name: '五（二） 一般公共服务支出（类）114.57: the 类 sums 3 items, 0.01 off is rounding; a 项 0.01 off is an error',
      doc: withText(correctedSeed(), 485, '114.58 万元', '114.57 万元'),
      ignoreRounding: false,
      reports: [
        {
          messageId: 'amountRounding',
          certainty: 'rounding',
          line: 485,
          related: t05('201'),
          expected: '114.58',
          actual: '114.57',
        },
      ],
    },
  ],
});
