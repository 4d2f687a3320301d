import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../check/index.js';
import type { Section } from '../model/narrative.js';
import { putuoCzjWriterInput } from '../../test/fixtures/putuo-czj.js';
import { importForTest } from '../../test/import.js';
import { composeDisclosure } from './index.js';

const SAMPLE = new URL('../../samples/putuo-czj-2024.pdf', import.meta.url).pathname;

const texts = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [s.title, ...s.paragraphs.map((p) => p.text), ...texts(s.children)]);

describe('the Shanghai layout written from the PDF importer’s tables of putuo-czj-2024.pdf', async () => {
  const pdf = await importForTest(SAMPLE);
  const hand = putuoCzjWriterInput();
  // The tables as the PDF importer reads them (the document's own 326.71 in t01/t04 included); the facts the
  // tables do not hold (last year, 年初预算, reasons …) as the document's 情况说明 states them.
  const doc = composeDisclosure({
    ...hand,
    meta: { ...hand.meta, ...pdf.meta, layout: 'shanghai' },
    tables: pdf.tables,
    overview: pdf.overview,
    glossary: pdf.glossary,
  });

  it('passes the checker with zero errors and zero warnings', () => {
    expect(checkDisclosure(doc).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('states the same sentences as from the hand-entered tables, 六 listing the 款 the PDF table prints', () => {
    const fromHand = texts(composeDisclosure(hand).narrative);
    const fromPdf = texts(doc.narrative);
    expect(fromPdf).toHaveLength(fromHand.length);
    const differing = fromPdf.filter((t, i) => t !== fromHand[i]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(
      /^一般公共预算财政拨款基本支出 2336\.91 万元。其中：人员经费 2152\.26 万元，主要包括：基本工资、津贴补贴、/,
    );
    expect(differing[0]).toContain('公用经费 184.65 万元，主要包括：办公费、印刷费、手续费、邮电费、差旅费');
  });
});
