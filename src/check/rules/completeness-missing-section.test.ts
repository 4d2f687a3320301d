import { cloneDoc } from '../../../test/seed.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed } from '../../../test/fixtures/seed-edits.js';
import { completenessMissingSection } from './completeness-missing-section.js';

const without10 = cloneDoc(correctedSeed());
(without10 as unknown as { narrative: unknown[] }).narrative = without10.narrative.filter(
  (s) => !s.title.includes('机关运行经费'),
);

ruleTester(completenessMissingSection, {
  valid: [{ name: 'the seed has all thirteen sections', doc: correctedSeed() }],
  invalid: [
    {
      name: 'seed without 十、机关运行经费支出情况说明',
      doc: without10,
      reports: [{ messageId: 'missing', data: { title: '机关运行经费支出情况说明' } }],
    },
  ],
});
