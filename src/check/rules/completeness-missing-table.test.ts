import { cloneDoc } from '../../../test/seed.js';
import { ruleTester } from '../__tests__/rule-tester.js';
import { correctedSeed } from '../__tests__/fixtures.js';
import { completenessMissingTable } from './completeness-missing-table.js';

const withoutT11 = cloneDoc(correctedSeed());
(withoutT11 as unknown as { tables: unknown[] }).tables = withoutT11.tables.filter((t) => t.id !== 't11');

ruleTester(completenessMissingTable, {
  valid: [{ name: 'the seed has all eleven Qinghai tables', doc: correctedSeed() }],
  invalid: [
    {
      name: 'seed without 政府采购支出情况表',
      doc: withoutT11,
      reports: [{ messageId: 'missing', table: 't11', messageIncludes: ['政府采购支出情况表', '公开11表'] }],
    },
  ],
});
