import { describe, expect, it } from 'vitest';
import { budgetSample } from '../../../test/budget-samples.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import { extractClaims } from './extract.js';
import { claimReading, sentencesOf } from './reading.js';

const FIGURE = /\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:亿元|万元|元|[%％])/;

/** Every number-bearing sentence of the 情况说明, counted independently of the reader. */
function numberSentences(doc: Disclosure): string[] {
  const visit = (s: Section): string[] => [
    ...s.paragraphs.flatMap((p) => sentencesOf(p.text).filter((x) => FIGURE.test(x))),
    ...s.children.flatMap(visit),
  ];
  return doc.narrative.flatMap(visit);
}

const read = (doc: Disclosure) => claimReading(doc, extractClaims(doc));

describe('claimReading: every number-bearing sentence is counted, none skipped silently', () => {
  it('the seed: the count is every sentence with an amount or a percentage', () => {
    const doc = correctedSeed();
    const r = read(doc);
    expect(r.sentences).toBe(numberSentences(doc).length);
    expect(r.unbound).toBe(r.unboundSentences.length);
  });

  it('a name the claim lexicon does not know (会议费) is listed as unbound, with its section', () => {
    const doc = correctedSeed();
    const before = read(doc);
    const after = read(withText(doc, 575, '人数增加。', '人数增加。其中会议费支出 0.14 万元。'));
    expect(after.sentences).toBe(before.sentences + 1);
    expect(after.unbound).toBe(before.unbound + 1);
    const added = after.unboundSentences.find((u) => u.sentence.includes('会议费支出 0.14 万元'));
    expect(added?.sectionPath.join('/')).toContain('机关运行经费');
  });

  it('Shanghai: an unknown name beside known ones is counted too', () => {
    const doc = shanghaiDoc();
    const before = read(doc);
    const after = read(withPhrase(doc, '本年收入合计 2946.25 万元，', '培训费 3.20 万元。本年收入合计 2946.25 万元，'));
    expect(after.unbound).toBe(before.unbound + 1);
    expect(after.unboundSentences.some((u) => u.sentence.startsWith('培训费 3.20 万元'))).toBe(true);
  });

  it.each(['putuo-wanli-2023', 'putuo-czj-2025', 'jiangsu-gy-2017', 'jiangsu-swbgt-2017'] as const)(
    '预算 %s: read and unbound sentences add up; each unbound one is listed',
    async (name) => {
      const doc = await budgetSample(name);
      const r = read(doc);
      expect(r.sentences).toBe(numberSentences(doc).length);
      expect(r.sentences).toBeGreaterThan(0);
      expect(r.unboundSentences).toHaveLength(r.unbound);
      for (const u of r.unboundSentences) expect(FIGURE.test(u.sentence)).toBe(true);
    },
  );

  it('预算 putuo-wanli-2023: “2023年预算安排 X 万元” of an item is bound to the item, “2022年当年预算执行数” is not', async () => {
    const claims = extractClaims(await budgetSample('putuo-wanli-2023'));
    const amounts = claims.filter((c) => c.kind === 'amount');
    const planned = amounts.filter((c) => c.label === '2023年预算安排');
    expect(planned.length).toBeGreaterThan(30);
    expect(planned.every((c) => c.cell?.table === 't05')).toBe(true);
    expect(amounts.filter((c) => c.label.startsWith('2022年当年预算执行数')).every((c) => !c.cell)).toBe(true);
  });
});
