import { ruleTester } from '../../../test/rule-tester.js';
import { cloneDoc } from '../../../test/seed.js';
import { correctedSeed } from '../../../test/fixtures/seed-edits.js';
import { integrityDuplicateTable } from './integrity-duplicate-table.js';

const twoT01 = cloneDoc(correctedSeed());
(twoT01 as unknown as { tables: unknown[] }).tables = [...twoT01.tables, twoT01.tables[0]];

ruleTester(integrityDuplicateTable, {
  valid: [{ name: 'each table once', doc: correctedSeed() }],
  invalid: [
    {
      name: 'a JSON document with two t01 tables',
      doc: twoT01,
      reports: [{ messageId: 'duplicate', table: 't01', data: { count: 2 }, messageIncludes: ['收入支出决算总表'] }],
    },
  ],
});
