import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../test/fixtures/seed-edits.js';
import { extractClaims } from './extract.js';
import type { Claim } from './types.js';

const claims = extractClaims(parsedSeed());
const at = (line: number, kind: Claim['kind']) => claims.filter((c) => c.site.source?.line === line && c.kind === kind);
const cell = (c: Claim) => ('cell' in c && c.cell ? `${c.cell.table}[${c.cell.rowKey}].${c.cell.column}` : undefined);

describe('claims of the seed 情况说明 (第三部分, lines 459–1005)', () => {
  it('binds totals and named lines to their cells (一、二、三、六、十、十一)', () => {
    expect(at(463, 'amount').map((c) => [c.kind === 'amount' && c.figure.text, cell(c)])).toEqual([
      ['1551.86', 't01[in.grand].in.amount'],
    ]);
    expect(at(467, 'amount').map(cell)).toEqual(['t01[in.total].in.amount', 't02[total].fiscal', 't02[total].other']);
    expect(at(471, 'amount').map(cell)).toEqual([
      't01[out.total].out.amount',
      't03[total].basic',
      't03[total].project',
    ]);
    expect(at(545, 'amount').map(cell)).toEqual(['t05[total].basic', 't06[personnel].amount', 't06[public].amount']);
    expect(at(575, 'amount').map(cell)).toEqual(['t10[total].amount']);
    expect(at(579, 'amount').map(cell)).toEqual([
      't11[total].amount',
      't11[goods].amount',
      't11[works].amount',
      't11[services].amount',
      't11[sme].amount',
      't11[small].amount',
    ]);
  });

  it('binds 类 and 款/项 items of 五 to t05 rows', () => {
    expect(at(485, 'amount').map(cell)).toEqual([
      't05[201].total',
      't05[208].total',
      't05[210].total',
      't05[221].total',
    ]);
    expect(at(505, 'amount').map(cell)).toEqual([undefined, 't05[2080104].total']); // 年初预算 is in no table
    expect(at(541, 'amount').map(cell)).toEqual([undefined, 't05[2210201].total']); // 4、住房保障支出（类）: item in the paragraph
  });

  it('reads budget and actual of the 三公 items (九)', () => {
    expect(at(559, 'amount').map(cell)).toEqual([
      't09[main].budget.total',
      't09[main].actual.total',
      't09[main].budget.car',
      't09[main].actual.car',
      't09[main].budget.reception',
      't09[main].actual.reception',
    ]);
    expect(at(565, 'count').map((c) => c.kind === 'count' && [c.figure.text, c.cell?.rowKey])).toEqual([
      ['2.00', 'count.carHeld'],
    ]);
    expect(at(567, 'count').map((c) => c.kind === 'count' && c.cell?.rowKey)).toEqual([
      'count.receptionBatches',
      'count.receptionPeople',
    ]);
  });

  it('keeps the previous-year figure each change implies', () => {
    const changes = claims.filter((c) => c.kind === 'change');
    expect(
      changes.map(
        (c) =>
          c.kind === 'change' && [c.site.source?.line, c.word, c.amount?.text, c.rateWord, c.rate?.text, c.previous],
      ),
    ).toEqual([
      [463, '增加', '457.45', '增长', '41.80', '1094.41'],
      [475, '增加', '733.63', '增长', '89.81', '816.83'],
      [481, '增加', '733.63', '增长', '89.81', '816.83'],
      [571, '增加', '2.03', '增长', '64.03', '3.17'],
      [571, '增加', '2.5', '增长', '50', '2.50'],
      [571, '减少', '0.47', '下降', '70.15', '0.67'],
      [575, '减少', '5.44', '增长', '13.12', undefined], // the words conflict: no single previous year
    ]);
  });

  it('reads shares with their wholes, execution rates, comparison words and the missing %', () => {
    const s481 = at(481, 'share')[0];
    expect(s481?.kind === 'share' && [s481.percent.text, s481.wholeLabel, s481.wholeCell?.rowKey]).toEqual([
      '99.91',
      '本年支出合计',
      'out.total',
    ]);
    const s563 = at(563, 'share').map(
      (c) => c.kind === 'share' && [c.percent.text, c.partCell?.column, c.wholeCell?.column],
    );
    expect(s563).toEqual([
      ['96.11', 'actual.car', 'actual.total'],
      ['3.89', 'actual.reception', 'actual.total'],
    ]);
    const e527 = at(527, 'execution')[0];
    expect(
      e527?.kind === 'execution' && [e527.budget.text, e527.actual.text, e527.rate?.text, e527.rateHasSign],
    ).toEqual(['0.37', '79.50', '214.86', false]);
    expect(
      at(531, 'comparison').map((c) => c.kind === 'comparison' && [c.left, c.word, c.right, c.execution?.actual.text]),
    ).toEqual([['actual', '等于', 'budget', '22.14']]);
  });

  it('reads the 13 project items and the section totals of 十二', () => {
    const projects = claims.filter((c) => c.kind === 'project');
    expect(projects).toHaveLength(13);
    const p2 = projects[1];
    expect(
      p2?.kind === 'project' && [p2.name, p2.score?.text, p2.budget?.text, p2.executed?.text, p2.rate?.text],
    ).toEqual(['职业技能提升培训经费', '96', '3', '2.9', '96.66']);
    expect(
      claims
        .filter((c) => c.kind === 'project-count')
        .map((c) => c.kind === 'project-count' && [c.count.text, c.funds?.text]),
    ).toEqual([
      ['13', '557.22'],
      ['13', undefined],
    ]);
  });
});

describe('change sentences of every registered layout', () => {
  const withParagraph = (text: string) => {
    const seed = parsedSeed();
    return {
      ...seed,
      narrative: [{ title: '收入支出决算总体情况说明', paragraphs: [{ text }], children: [] }],
    } as unknown as ReturnType<typeof parsedSeed>;
  };

  it('reads the Shanghai "与 2023 年度相比，…增加 X 万元，增长 Y%" as a change claim, as it reads 比上年', () => {
    for (const text of [
      '2024 年度收入、支出总计 1551.86 万元。与 2023 年度相比，收入、支出总计增加 457.45 万元，增长 41.80%。',
      '2024 年度收入、支出总计 1551.86 万元，比上年收入、支出总计各增加 457.45 万元，增长 41.80%。',
    ]) {
      const changes = extractClaims(withParagraph(text)).filter((c) => c.kind === 'change');
      expect(changes, text).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        word: '增加',
        rateWord: '增长',
        amount: { text: '457.45' },
        rate: { text: '41.80' },
        previous: '1094.41',
      });
    }
  });
});
