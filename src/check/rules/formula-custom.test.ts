import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed } from '../../../test/fixtures/seed-edits.js';
import { formulaCustom } from './formula-custom.js';

ruleTester(formulaCustom, {
  valid: [
    { name: 'no formulas configured', doc: parsedSeed() },
    {
      name: 'a table the document does not have is skipped (coverage lists it), not reported',
      doc: { ...parsedSeed(), tables: parsedSeed().tables.filter((t) => t.id !== 't10') },
      options: [{ expr: 't10[合计] <= t06[公用经费合计]' }],
    },
    {
      name: 'formulas that hold on the seed (labels, keys, codes, column labels and ids)',
      doc: correctedSeed(),
      options: [
        { expr: 't10[合计] <= t06[公用经费合计]' },
        { expr: 't01[本年收入合计] = t01[一般公共预算财政拨款收入] + t01[其他收入]' },
        { expr: 't03[2080104].项目支出 = t05[2080104].project' },
        { expr: 't09[main].actual.total = 5.2' },
        { expr: 't04[in.grand] - t04[in.total] = t01[年初结转和结余]' },
        { expr: 't07[合计].total = 0' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a bureau formula that the seed breaks',
      doc: parsedSeed(),
      options: [
        {
          id: 'wage',
          expr: 't06[工资福利支出] = t06[30101] + t06[30102] + t06[30103] + t06[30107] + t06[30108] + t06[30109] + t06[30110] + t06[30111] + t06[30112] + t06[30113] + t06[30199]',
          message: '工资福利支出等于各款之和',
        },
      ],
      reports: [
        {
          messageId: 'mismatch',
          line: 323,
          table: 't06',
          rowKey: '301',
          expected: '819.10',
          actual: '821.71',
          extra: { formulaId: 'wage' },
        },
      ],
    },
    {
      name: 'a misspelt row, column or ambiguous reference is a warning naming the formula and the reference',
      doc: parsedSeed(),
      options: [
        { id: 'typo-row', expr: 't06[人员经费合记] <= 1000' },
        { expr: 't05[合计].基本支出出 = 1' },
        't09[main].小计 = 1',
      ],
      reports: [
        {
          messageId: 'unresolved',
          certainty: 'suspicious',
          data: { what: 'typo-row', reason: 't06 没有“人员经费合记”行' },
          extra: { formulaId: 'typo-row', formula: 't06[人员经费合记] <= 1000' },
        },
        { messageId: 'unresolved', messageIncludes: ['t05[合计].基本支出出 = 1', 't05 没有栏目“基本支出出”'] },
        { messageId: 'unresolved', messageIncludes: ['t09[main].小计 = 1', '不唯一'] },
      ],
    },
    {
      name: 'the built-in t05/t06 identity as a formula: rounding',
      doc: parsedSeed(),
      ignoreRounding: false,
      options: [{ expr: 't05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]' }],
      reports: [{ messageId: 'rounding', certainty: 'rounding', expected: '937.04', actual: '937.03' }],
    },
  ],
});
