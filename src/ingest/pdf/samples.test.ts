import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLayout } from '../../model/layouts/index.js';
import { parsePdf } from './index.js';

const path = (name: string) => fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url));

/**
 * What each sample PDF says about itself, read off its cover (or, for the tables file, its table titles and
 * "部门：…" line) by eye: the organisation, region, year, 决算/预算, 部门/单位, the layout and the tables' unit
 * (the Shanghai 预算 print their tables in 元, the "三公" table in 万元).
 */
const EXPECTED = [
  ['putuo-czj-2024.pdf', '上海市普陀区财政局', '上海市普陀区', 2024, '决算', 'shanghai', '万元', {}],
  ['putuo-ghzyj-2024.pdf', '上海市普陀区规划和自然资源局', '上海市普陀区', 2024, '决算', 'shanghai', '万元', {}],
  ['shanghai-template-2024.pdf', '上海市XX局', '上海市', 2024, '决算', 'shanghai', '万元', {}],
  [
    'putuo-czj-2025-budget.pdf',
    '上海市普陀区财政局',
    '上海市普陀区',
    2025,
    '预算',
    'shanghai-budget',
    '元',
    { t09: '万元' },
  ],
  [
    'putuo-wanli-2023-budget.pdf',
    '上海市普陀区人民政府万里街道办事处',
    '上海市普陀区',
    2023,
    '预算',
    'shanghai-budget',
    '元',
    { t09: '万元' },
  ],
  ['jiangsu-gy-2017-budget.pdf', '江苏省高级人民法院', '江苏省', 2017, '预算', 'jiangsu-budget', '万元', {}],
  [
    'jiangsu-swbgt-2017-budget-tables.pdf',
    '中国共产党江苏省委员会办公厅',
    '江苏省',
    2017,
    '预算',
    'jiangsu-budget',
    '万元',
    {},
  ],
] as const;

describe.each(EXPECTED)('%s', (file, name, region, year, documentKind, layout, unit, otherUnits) => {
  it('is recognised: organisation, region, year, kind, layout and each table’s unit', async () => {
    const doc = await parsePdf(readFileSync(path(file)), { file });
    expect(doc.meta).toMatchObject({ name, region, fiscalYear: year, documentKind, kind: '部门', layout, unit });
    // Every table the layout defines is read (none refused as unreadable), each once.
    const defined = new Set(getLayout(layout).schemas.map((s) => s.table));
    expect(doc.diagnostics.filter((d) => d.ruleId === 'import/table-unreadable').map((d) => d.message)).toEqual([]);
    expect(doc.tables.map((t) => t.id).sort()).toEqual([...defined].sort());
    for (const t of doc.tables) expect(t.unit, t.id).toBe((otherUnits as Record<string, string>)[t.id] ?? unit);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'import/fused-cell')).toEqual([]);
  }, 120_000);
});

describe('jiangsu-swbgt-2017-budget-narrative.pdf (the narrative file of a two-file disclosure)', () => {
  it('is recognised from its cover as a part', async () => {
    const file = 'jiangsu-swbgt-2017-budget-narrative.pdf';
    const doc = await parsePdf(readFileSync(path(file)), { file, partial: true });
    expect(doc.meta).toMatchObject({
      name: '江苏省委办公厅',
      region: '江苏省',
      fiscalYear: 2017,
      documentKind: '预算',
      layout: 'jiangsu-budget',
    });
    expect(doc.narrative.length).toBeGreaterThan(5);
  }, 120_000);
});
