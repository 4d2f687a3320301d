import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import { parseAmount } from '../model/money.js';
import { runCli } from '../../test/cli.js';
import { cloneDoc, parsedSeed, SEED_PATH } from '../../test/seed.js';
import { shanghaiDoc } from '../../test/shanghai.js';
import { compareDisclosures, comparisonXlsx, rankDisclosures, rankingsXlsx } from './compare.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function lastYear(): Disclosure {
  const d = cloneDoc(parsedSeed()) as Mutable<Disclosure>;
  d.meta.fiscalYear = 2023;
  const t05 = d.tables.find((t) => t.id === 't05')!;
  // Last year's table printed in 元: 816.83 万元 = 8,168,300.00 元.
  t05.unit = '元';
  for (const row of t05.rows) {
    for (const cell of Object.values(row.cells)) {
      if (cell.value.kind === 'amount')
        cell.value.amount = { ...cell.value.amount, minor: cell.value.amount.minor * 10000 };
    }
  }
  const total = t05.rows.find((r) => r.key === 'total')!;
  total.cells['total'] = {
    column: 'total',
    raw: '8,168,300.00',
    value: { kind: 'amount', amount: parseAmount('8,168,300.00')! },
  };
  return d as Disclosure;
}

describe('compare A B', () => {
  it('puts the lines side by side in A’s unit with B − A and the rate', () => {
    const c = compareDisclosures({ doc: lastYear(), source: '2023.json' }, { doc: parsedSeed(), source: '2024.txt' });
    expect(c.a).toMatchObject({ year: 2023, source: '2023.json' });
    const t05 = c.tables.find((t) => t.table === 't05')!;
    expect(t05.unit).toBe('元');
    const total = t05.lines.find((l) => l.key === 'total')!.cells.find((x) => x.column === 'total')!;
    const printed = parsedSeed()
      .tables.find((t) => t.id === 't05')!
      .rows.find((r) => r.key === 'total')!.cells['total']!.raw;
    const b = Number(printed.replace(/,/g, '')) * 10000;
    expect(total).toMatchObject({ a: '8168300.00', b: b.toFixed(2), difference: (b - 8168300).toFixed(2) });
    expect(total.rate).toBe(`${(((b - 8168300) / 8168300) * 100).toFixed(2)}%`);
    const same = t05.lines.find((l) => l.code === '2080101')!.cells.find((x) => x.column === 'total')!;
    expect(same.difference).toBe('0.00');
  });

  it('writes an XLSX workbook with one sheet per table', async () => {
    const c = compareDisclosures({ doc: lastYear(), source: 'a' }, { doc: parsedSeed(), source: 'b' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await comparisonXlsx(c)) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(c.tables.length + 1);
  });
});

describe('rankings', () => {
  it('ranks a set by basic-expenditure share and 三公 growth; says why a document has no figure', async () => {
    const r = rankDisclosures([
      { doc: parsedSeed(), source: 'seed' },
      { doc: shanghaiDoc(), source: 'putuo' },
    ]);
    const basic = r.rankings.find((x) => x.figure === 'basicShare')!;
    expect(basic.entries.map((e) => e.rank)).toEqual([1, 2]);
    const share = (d: Disclosure) => {
      const row = d.tables.find((t) => t.id === 't05')!.rows.find((x) => x.key === 'total')!;
      const n = (c: string) => Number(row.cells[c]!.raw.replace(/,/g, ''));
      return n('basic') / n('total');
    };
    const expected = [parsedSeed(), shanghaiDoc()].sort((a, b) => share(b) - share(a)).map((d) => d.meta.name);
    expect(basic.entries.map((e) => e.document.organisation)).toEqual(expected);
    // The seed says its 三公 决算 5.20 万元 rose by 2.03 万元 on last year (3.17).
    const growth = r.rankings.find((x) => x.figure === 'threePublicGrowth')!;
    const seed = growth.entries.find((e) => e.document.source === 'seed')!;
    expect(seed).toMatchObject({ denominator: '3.17', basis: '情况说明所述比上年增减' });
    expect(growth.missing.map((m) => m.document.source)).toContain('putuo'); // 0.00 last year: no rate
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await rankingsXlsx(r)) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(r.rankings.length);
  });

  it('juesuan compare --rank prints JSON; a wrong figure name is a Chinese usage error', async () => {
    const ok = await runCli('compare', '--rank', '--figures', 'basicShare', SEED_PATH);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).rankings[0].entries[0].document.organisation).toBe('海东市人力资源和社会保障局');
    const bad = await runCli('compare', '--rank', '--figures', 'nonsense', SEED_PATH);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/不认识的指标“nonsense”/);
    const one = await runCli('compare', SEED_PATH);
    expect(one.stderr).toMatch(/正好两个文件/);
  });
});
