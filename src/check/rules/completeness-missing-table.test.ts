import { shanghaiDoc, withoutTable } from '../../../test/shanghai.js';
import { cloneDoc } from '../../../test/seed.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed } from '../../../test/fixtures/seed-edits.js';
import { completenessMissingTable } from './completeness-missing-table.js';

const withoutT11 = cloneDoc(correctedSeed());
(withoutT11 as unknown as { tables: unknown[] }).tables = withoutT11.tables.filter((t) => t.id !== 't11');

/** The Shanghai layout has nine tables: 机关运行经费 and 政府采购 are narrative only. */
const asShanghai = cloneDoc(correctedSeed());
(asShanghai.meta as { layout: string }).layout = 'shanghai';
(asShanghai as unknown as { tables: unknown[] }).tables = asShanghai.tables.filter(
  (t) => t.id !== 't10' && t.id !== 't11',
);
const shanghaiWithoutT09 = cloneDoc(asShanghai);
(shanghaiWithoutT09 as unknown as { tables: unknown[] }).tables = asShanghai.tables.filter((t) => t.id !== 't09');

ruleTester(completenessMissingTable, {
  valid: [
    { name: 'Shanghai: all nine tables (no t10/t11 in this layout)', doc: shanghaiDoc() },
    { name: 'the seed has all eleven Qinghai tables', doc: correctedSeed() },
    { name: 'a Shanghai-layout document needs no t10/t11', doc: asShanghai },
  ],
  invalid: [
    {
      name: 'Shanghai: t09 missing',
      doc: withoutTable(shanghaiDoc(), 't09'),
      reports: [{ messageId: 'missing', table: 't09', messageIncludes: ['按上海版式应公开此表'] }],
    },
    {
      name: 'seed without 政府采购支出情况表',
      doc: withoutT11,
      reports: [{ messageId: 'missing', table: 't11', messageIncludes: ['政府采购支出情况表', '公开11表'] }],
    },
    {
      name: 'a Shanghai-layout document without its “三公” table',
      doc: shanghaiWithoutT09,
      reports: [{ messageId: 'missing', table: 't09', messageIncludes: ['上海'] }],
    },
  ],
});
