import { describe, expect, it } from 'vitest';
import type { Finding, Fix } from '../../model/finding.js';
import { parsedSeed } from '../../../test/seed.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { checkDisclosure } from '../index.js';
import { applyFixes } from './apply.js';
import { paragraphsOf, reasonSpans, sectionAt } from './locate.js';

const finding = (fix: Fix): Finding => ({ ruleId: 'test/x', severity: 'error', message: '测试', locations: [], fix });

/** The seed's paragraph printed at `line`, with its address. */
function at(line: number) {
  const p = paragraphsOf(parsedSeed()).find((x) => x.para.source?.line === line);
  if (!p) throw new Error(`no paragraph at ${line}`);
  return p;
}

function textFix(line: number, before: string, text: string, nth = 0): Fix {
  const p = at(line);
  let i = -1;
  for (let k = 0; k <= nth; k++) i = p.para.text.indexOf(before, i + 1);
  return { kind: 'text', section: p.section, paragraph: p.paragraph, range: [i, i + before.length], before, text };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes of one paragraph from the end, and leaves the input unchanged', () => {
    const doc = parsedSeed();
    const r = applyFixes(doc, [finding(textFix(505, '87.23', '87.27')), finding(textFix(505, '26.17', '26.18'))]);
    const p = at(505);
    expect(sectionAt(r.doc, p.section)?.paragraphs[p.paragraph]?.text).toContain(
      '支出决算为 26.18 万元,完成年初预算的 87.27%',
    );
    expect(p.para.text).toContain('26.17');
    expect(r.applied.map((a) => a.after)).toEqual([
      '…元,支出决算为 26.18 万元,完成年初…',
      '…完成年初预算的 87.27%。决算数小于预…',
    ]);
  });

  it('leaves an overlapping fix for the next pass and refuses a stale one', () => {
    const r = applyFixes(parsedSeed(), [
      finding(textFix(505, '26.17', '26.18')),
      finding(textFix(505, '26.17 万元', '26.2 万元')),
      finding({ ...textFix(511, '6.96', '6.97'), before: '6.95' }),
    ]);
    expect(r.applied).toHaveLength(1);
    expect(r.skipped.map((s) => s.reason)).toEqual(['与另一处修改重叠，留待下一轮', '原文已改变，未修改']);
  });

  it('never touches a reason (原因)', () => {
    const text = at(505).para.text;
    expect(reasonSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['原因是新录用、调入人员,导致人员增加。']);
    const r = applyFixes(parsedSeed(), [finding(textFix(505, '人员增加', '人员减少'))]);
    expect(r.applied).toEqual([]);
    expect(r.skipped[0]?.reason).toBe('会改动原因说明，未修改');
  });

  it('renumbers a heading', () => {
    const p = at(525);
    const r = applyFixes(parsedSeed(), [
      finding({ kind: 'numbering', section: p.section, before: '（11）', text: '（12）', ordinal: 12 }),
    ]);
    expect(sectionAt(r.doc, p.section)?.numbering).toMatchObject({ raw: '（12）', ordinal: 12 });
  });

  it('on Shanghai input: a wrong growth rate is fixed back to the computed one, and the check is clean', () => {
    const broken = withPhrase(
      shanghaiDoc(),
      '比 2023 年度增加 2.55 万元，增长 1.40%',
      '比上年增加 2.55 万元，增长 2.40%',
    );
    const found = checkDisclosure(broken).findings.filter((f) => f.fix);
    expect(found.map((f) => f.ruleId)).toEqual(['narrative/growth-rate']);
    const fixed = applyFixes(broken, found);
    expect(fixed.applied[0]?.after).toContain('增长 1.40%');
    expect(checkDisclosure(fixed.doc).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
