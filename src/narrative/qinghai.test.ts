import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../check/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Section } from '../model/narrative.js';
import { amt, parseSeed, seedWriterInput } from '../../test/fixtures/haidong.js';
import { composeDisclosure } from './index.js';
import type { WriterInput } from '../model/writer-input.js';

/** Text with spacing and full/half-width punctuation unified, so that only wording and figures are compared. */
function norm(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；');
}

/** The claims of a sentence: its figures (trailing zeros dropped: 30.00 → 30) and its direction words, in order. */
function claims(s: string): string[] {
  const out: string[] = [];
  const figures = norm(s).replace(/主要原因(是|：)[^。；]*/g, '');
  for (const m of figures.matchAll(/\d+(?:\.\d+)?|增加|减少|增长|下降|大于|小于|等于|持平/g)) {
    const t = m[0];
    out.push(/\d/.test(t) ? String(Number(t)) : t);
  }
  return out;
}

function find(sections: readonly Section[], ...path: RegExp[]): Section {
  let list = sections;
  let found: Section | undefined;
  for (const re of path) {
    found = list.find((s) => re.test(`${s.numbering?.raw ?? ''}${s.title}`));
    if (!found) throw new Error(`no section ${re}`);
    list = found.children;
  }
  return found as Section;
}

const text = (s: Section) => s.paragraphs.map((p) => p.text).join('');

describe('composeDisclosure on the seed (Qinghai layout)', () => {
  const seed = parseSeed();
  const input = seedWriterInput(seed);
  const doc: Disclosure = composeDisclosure(input);
  const gen = (...p: RegExp[]) => text(find(doc.narrative, ...p));
  const orig = (...p: RegExp[]) => text(find(seed.narrative, ...p));

  it('writes the thirteen sections of the seed in its order, with all reasons supplied', () => {
    expect(doc.narrative.map((s) => `${s.numbering?.raw}${s.title}`)).toEqual(
      seed.narrative.map((s) => `${s.numbering?.raw}${s.title}`),
    );
    expect(doc.diagnostics).toEqual([]);
  });

  it('passes the checker with zero errors and zero warnings (rounding differences of the seed’s tables are info)', () => {
    const findings = checkDisclosure(doc).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    // The same seed as printed does have errors: the writer, not the data, makes the difference.
    const original = checkDisclosure(seed).findings.filter((f) => f.severity === 'error');
    expect(original.length).toBeGreaterThan(5);
  });

  it('states 一 to 四 word for word as the seed (where the seed is right)', () => {
    for (const re of [/^一、/, /^二、/, /^三、/, /^四、/]) expect(norm(gen(re))).toBe(norm(orig(re)));
  });

  it('states 五（一）and the shares of 五（二）as the seed, closing the list with 。 where the seed left ；', () => {
    expect(norm(gen(/^五、/, /^（一）/))).toBe(norm(orig(/^五、/, /^（一）/)));
    const structure = gen(/^五、/, /^（二）/);
    expect(norm(structure)).toBe(norm(orig(/^五、/, /^（二）/)).replace(/；$/, '。'));
    const shares = [...structure.matchAll(/占 ([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(shares).toEqual([7.39, 84.63, 4.71, 3.27]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('takes the 年初预算 total as the sum of the seed’s 项 (1166.13; the seed prints 1166.16)', () => {
    const overall = gen(/^五、/, /^（三）/);
    expect(claims(overall).slice(0, 4)).toEqual(['2024', '1166.13', '1550.46', '132.96']);
    expect(overall).toContain('决算数大于预算数的主要原因是');
  });

  it('writes every 项 line with the seed’s figures where right, and corrects its errors', () => {
    const items = find(doc.narrative, /^五、/, /^（三）/).children.flatMap((c) => c.children);
    const seedItems = find(seed.narrative, /^五、/, /^（三）/).children.flatMap((c) =>
      c.children.length ? c.children : [c],
    );
    expect(items).toHaveLength(21);
    // Numbering runs without gaps or repeats within each 类 (the seed repeats （11）).
    const sgp = find(doc.narrative, /^五、/, /^（三）/, /^2\./).children.map((c) => c.numbering?.ordinal);
    expect(sgp).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // Corrections, read from t05 and recomputed by hand:
    const corrected: Record<number, string[]> = {
      4: ['30', '26.18', '87.27', '小于'], // seed: 26.17 / 87.23% (t05 2080104 is 26.18)
      7: ['8', '6.97', '87.13', '小于'], // seed: 6.96 / 87.00% (t05 2080112 is 6.97)
      8: ['86.99', '143.08', '164.48', '大于'], // seed: 164.39%
      15: ['0.37', '79.51', '21489.19', '大于'], // seed: 79.50 and "214.86" without %
      16: ['21.75', '22.14', '101.79', '大于'], // seed: 等于
    };
    items.forEach((item, i) => {
      const g = claims(text(item)).filter((c) => !/^2024$/.test(c));
      const figures = g.slice(0, g.indexOf(g.find((c) => /大于|小于|等于/.test(c)) ?? '') + 1);
      if (corrected[i]) {
        expect(figures, item.title).toEqual(corrected[i]);
      } else {
        const s = claims(text(seedItems[i] as Section)).filter((c) => !/^2024$/.test(c));
        const sf = s.slice(0, s.indexOf(s.find((c) => /大于|小于|等于/.test(c)) ?? '') + 1);
        expect(figures, item.title).toEqual(sf);
      }
    });
    // No completion rate when the budget is zero.
    expect(text(items[0] as Section)).not.toContain('完成年初预算');
    expect(text(items[14] as Section)).toContain('年初预算为 0.00 万元，支出决算为 15.00 万元。决算数大于预算数');
  });

  it('states 六 with t06’s 人员经费 and 公用经费', () => {
    expect(claims(gen(/^六、/))).toEqual(claims(orig(/^六、/)));
    expect(claims(gen(/^六、/))).toEqual(['2024', '937.03', '890.15', '46.89']);
    expect(gen(/^六、/)).not.toContain('医疗费、'); // 30114 医疗费 is blank in t06: not listed (the seed lists it)
  });

  it('writes the empty-table statements of 七 and 八 as the seed', () => {
    expect(norm(gen(/^七、/))).toBe(norm(orig(/^七、/)));
    expect(norm(gen(/^八、/))).toBe(norm(orig(/^八、/)));
  });

  it('writes 三公 with the seed’s budget figures and corrected shares and rates', () => {
    expect(norm(gen(/^九、/, /^（一）/))).toBe(norm(orig(/^九、/, /^（一）/)));
    // seed: 96.11% / 3.89%; 5.00 / 5.20 = 96.15%, 0.20 / 5.20 = 3.85%.
    expect(claims(text(find(doc.narrative, /^九、/, /^（二）/)))).toEqual(['2024', '5', '96.15', '0.2', '3.85']);
    const details = find(doc.narrative, /^九、/, /^（二）/).children.map(text);
    expect(claims(details[0] ?? '')).toEqual(['5', '5', '2']);
    expect(claims(details[1] ?? '')).toEqual(['0.2', '2', '18']);
    // seed: 64.03% and car 50%; from last year 3.17 = 2.50 + 0.67: 2.03 / 3.17 = 64.04%, 2.50 / 2.50 = 100%.
    expect(claims(gen(/^九、/, /^（三）/))).toEqual([
      '2024', '增加', '2.03', '增长', '64.04', '增加', '2.5', '增长', '100', '减少', '0.47', '下降', '70.15',
    ]); // prettier-ignore
  });

  it('writes 机关运行经费 with the direction word its rate implies (the seed says 减少 … 增长 13.12%)', () => {
    expect(claims(gen(/^十、/))).toEqual(['2024', '46.89', '增加', '5.44', '增长', '13.12']);
  });

  it('writes 政府采购 as the seed', () => {
    expect(claims(gen(/^十一、/))).toEqual(claims(orig(/^十一、/)));
  });

  it('writes the 绩效 figures: 13 projects, 557.22 万元, 98.83 %, and each project’s rate from its 自评表', () => {
    const first = gen(/^十二、/, /^（一）/);
    expect(first).toContain('组织对 13 个项目开展了绩效自评，涉及资金 557.22 万元');
    expect(first).toContain('预算执行率为 98.83%');
    const rates = find(doc.narrative, /^十二、/, /^（二）/).children.map(
      (c) => /完成年度预算的 ([\d.]+)%/.exec(text(c))?.[1],
    );
    // seed: 96.66, 86.23, 100 (258 → 257.94), 84.66 — truncated or rounded to 100; recomputed half-up.
    expect(rates).toEqual(['87.00', '96.67', '100.00', '100.00', '96.00', '86.24', '92.50', '99.98', '84.67', '100.00', '100.00', '100.00', '98.75']); // prettier-ignore
    const scores = find(doc.narrative, /^十二、/, /^（二）/).children.map((c) => /得分 (\d+) 分/.exec(text(c))?.[1]);
    expect(scores).toEqual(['91', '96', '100', '100', '99', '98', '98', '100', '98', '100', '100', '100', '98']);
  });

  it('writes 国有资产 with the seed’s counts', () => {
    expect(claims(gen(/^十三、/))).toEqual(['2024', '12', '31', '2', '2', '100', '0']);
  });

  it('keeps the tables it was given, corrected (t06 301 = Σ 301xx)', () => {
    const t06 = doc.tables.find((t) => t.id === 't06');
    const v = (k: string) => {
      const c = t06?.rows.find((r) => r.key === k)?.cells['amount']?.value;
      return c?.kind === 'amount' ? c.amount.minor / 10 ** c.amount.scale : 0;
    };
    const parts = t06?.rows.filter((r) => r.code?.startsWith('301') && r.code.length === 5).map((r) => v(r.key)) ?? [];
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(v('301'), 6);
    expect(doc.tables).toHaveLength(11);
  });
});

describe('composeDisclosure: direction words, 持平, zero last year, missing reasons', () => {
  const base = seedWriterInput();
  const with1 = (patch: Partial<WriterInput>) => composeDisclosure({ ...base, ...patch });

  it('says 持平 when last year equals this year, without a reason', () => {
    const doc = with1({ lastYear: { ...base.lastYear, grandTotal: amt('1551.86') }, reasons: {} });
    const s = doc.narrative[0]?.paragraphs[0]?.text ?? '';
    expect(s).toBe('2024 年度收入、支出总计 1551.86 万元，与上年持平。');
    expect(doc.diagnostics.some((d) => d.data?.['key'] === 'total.change')).toBe(false);
  });

  it('states no rate when last year is zero', () => {
    const doc = with1({ lastYear: { ...base.lastYear, grandTotal: amt('0') } });
    expect(doc.narrative[0]?.paragraphs[0]?.text).toContain('比上年收入、支出总计各增加 1551.86 万元，主要原因是');
  });

  it('says 减少 … 下降 for a decrease', () => {
    const doc = with1({ lastYear: { ...base.lastYear, grandTotal: amt('2000') } });
    expect(doc.narrative[0]?.paragraphs[0]?.text).toContain('各减少 448.14 万元，下降 22.41%');
  });

  it('reports a missing reason as a warning and writes no placeholder', () => {
    const doc = with1({ reasons: {} });
    const keys = doc.diagnostics.map((d) => d.data?.['key']);
    expect(keys).toContain('total.change');
    expect(keys).toContain('item.2080104');
    expect(keys).not.toContain('item.2080709'); // 决算数等于预算数 needs no reason
    expect(doc.diagnostics.every((d) => d.severity === 'warning' && d.ruleId === 'writer/missing-reason')).toBe(true);
    const all = JSON.stringify(doc.narrative);
    expect(all).not.toMatch(/XX|××|undefined|NaN/);
  });

  it('without last year’s figures or 年初预算 states the figures it has, invents nothing, and says what is missing', () => {
    const doc = with1({ lastYear: undefined, budget: undefined });
    expect(doc.narrative[0]?.paragraphs[0]?.text).toBe('2024 年度收入、支出总计 1551.86 万元。');
    const detail = find(doc.narrative, /^五、/, /^（三）/);
    expect(detail.paragraphs[0]?.text).toBe('2024 年度一般公共预算财政拨款支出决算为 1550.46 万元。其中：');
    expect(detail.children[1]?.children[0]?.paragraphs[0]?.text).toBe(
      '人力资源和社会保障管理事务（款）行政运行（项）。支出决算为 430.76 万元。',
    );
    const missing = doc.diagnostics.filter((d) => d.ruleId === 'writer/missing-fact');
    expect(missing.every((d) => d.severity === 'info')).toBe(true);
    expect(missing.map((d) => d.data?.['key'])).toEqual([
      'lastYear.grandTotal', 'lastYear.fiscalGrandTotal', 'lastYear.gpbExpenditure', 'budget', 'lastYear.threePublic', 'lastYear.adminCost',
    ]); // prettier-ignore
  });

  it('uses unrounded amounts for rates and prints the tables rounded', () => {
    const t03 = base.tables.find((t) => t.id === 't03');
    expect(t03).toBeDefined();
    const doc = with1({ lastYear: { ...base.lastYear, grandTotal: amt('1094.414') } });
    // 457.446 / 1094.414 = 41.798…% either way; the printed change is rounded half-up.
    expect(doc.narrative[0]?.paragraphs[0]?.text).toContain('增加 457.45 万元，增长 41.80%');
  });
});

describe('a department that spent nothing', () => {
  it('states no share of a zero whole (“占本年支出合计的 0.00%”)', () => {
    const input = seedWriterInput();
    const zeroed: WriterInput = {
      ...input,
      tables: input.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) => ({
          ...r,
          cells: Object.fromEntries(
            Object.entries(r.cells).map(([k, c]) => [
              k,
              c.value.kind === 'amount' ? { ...c, raw: '0.00', value: { kind: 'amount', amount: amt('0.00') } } : c,
            ]),
          ),
        })),
      })),
    };
    const text = JSON.stringify(composeDisclosure(zeroed).narrative);
    expect(text).toContain('一般公共预算财政拨款支出 0.00 万元');
    expect(text).not.toMatch(/占[^。，]*的 ?0\.00%/);
  });
});
