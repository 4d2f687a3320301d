import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativeDirectionWord } from './narrative-direction-word.js';

ruleTester(narrativeDirectionWord, {
  valid: [{ name: 'corrected seed', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 十 机关运行经费 比上年减少 5.44 万元，增长 13.12%',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'conflict',
          line: 575,
          extra: {
            previousIfIncrease: '41.45',
            rateIfIncrease: '13.12%',
            previousIfDecrease: '52.33',
            rateIfDecrease: '10.40%',
          },
        },
      ],
    },
    {
      name: '九（三） 公务接待费 减少 0.47 万元，增长 70.15%',
      doc: withText(correctedSeed(), 571, '下降 70.15%', '增长 70.15%'),
      // 0.47 / (0.20 + 0.47) = 70.15%: the rate fits the decrease, so 增长 is the wrong word.
      reports: [{ messageId: 'conflict', line: 571, fix: { before: '增长', text: '下降' } }],
    },
  ],
});
