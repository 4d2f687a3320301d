import { describe, expect, it } from 'vitest';
import { TABLE_ID_PATTERN } from '../table.js';
import { detectLayout } from './detect.js';
import { GENERIC, getLayout, isLayoutId, layoutIds, LAYOUTS, UnknownLayoutError, writableLayouts } from './index.js';

describe('the layout registry', () => {
  it('is frozen, down to the definitions and their schemas', () => {
    expect(Object.isFrozen(LAYOUTS)).toBe(true);
    for (const l of LAYOUTS) {
      expect(Object.isFrozen(l)).toBe(true);
      expect(Object.isFrozen(l.capabilities)).toBe(true);
      for (const s of l.schemas) expect(Object.isFrozen(s)).toBe(true);
    }
    expect(() => (LAYOUTS as unknown as unknown[]).push(GENERIC)).toThrow();
  });

  it('holds Qinghai, Shanghai and the generic layout, each id once', () => {
    expect(layoutIds()).toEqual(['qinghai', 'shanghai', 'shanghai-budget', 'jiangsu-budget', 'generic']);
    expect(getLayout('shanghai-budget').documentKind).toBe('预算');
    expect(getLayout('jiangsu-budget').documentKind).toBe('预算');
    expect(getLayout('shanghai').name).toBe('上海版式');
    expect(getLayout('qinghai').documentKind).toBe('决算');
    expect(writableLayouts().map((l) => l.id)).toEqual(['qinghai', 'shanghai']);
  });

  it('gives every layout valid table schemas: its own id, known table ids once each, positions 1…n', () => {
    for (const l of LAYOUTS) {
      const tables = l.schemas.map((s) => s.table);
      expect(new Set(tables).size, l.id).toBe(tables.length);
      expect([...l.schemas].map((s) => s.position).sort((a, b) => a - b)).toEqual(tables.map((_, i) => i + 1));
      for (const s of l.schemas) {
        expect(s.id).toBe(`${l.id}/${s.table}`);
        expect(s.layout).toBe(l.id);
        expect(s.table).toMatch(TABLE_ID_PATTERN);
        const cols = s.columns.map((c) => c.id);
        expect(new Set(cols).size, s.id).toBe(cols.length);
        const lines = s.lines.map((x) => `${x.side ?? ''}${x.key}`);
        expect(new Set(lines).size, s.id).toBe(lines.length);
      }
      for (const t of l.narrativeOnlyTables) expect(tables).not.toContain(t);
    }
    expect(getLayout('qinghai').schemas).toHaveLength(11);
    expect(getLayout('shanghai').schemas).toHaveLength(9);
    expect(GENERIC.schemas).toEqual([]);
  });

  it('makes each layout read its own change sentences: the lead written matches the lead read', () => {
    for (const l of LAYOUTS) {
      for (const year of [2023, 2024, 2030]) {
        expect(new RegExp(`^(?:${l.phrasing.changeLeadPattern})$`).test(l.phrasing.changeLead(year)), l.id).toBe(true);
      }
    }
    expect(getLayout('shanghai').phrasing.changeLead(2024)).toBe('与 2023 年度相比，');
  });

  it('names a title for every section a writable layout requires, and the titles written satisfy them', () => {
    for (const l of writableLayouts()) {
      expect(l.requiredSections.length, l.id).toBeGreaterThan(0);
      const written = Object.values(l.phrasing.sectionTitles).map((t) =>
        t
          .replace('{{year}}', '2024')
          .replace(/\s+/g, '')
          .replace(/^关于\d{4}年度/, ''),
      );
      for (const r of l.requiredSections)
        expect(
          written.some((t) => r.match.test(t)),
          `${l.id}: ${r.title}`,
        ).toBe(true);
    }
  });

  it('refuses an unknown id with a Chinese error naming the layouts it has', () => {
    expect(() => getLayout('jiangsu')).toThrow(UnknownLayoutError);
    expect(() => getLayout('jiangsu')).toThrow(
      '未知的版式“jiangsu”；可用的版式：qinghai（青海版式）、shanghai（上海版式）',
    );
    expect(isLayoutId('jiangsu')).toBe(false);
    // Documents written before the registry called the generic layout "unknown".
    expect(getLayout('unknown')).toBe(GENERIC);
  });
});

describe('detectLayout', () => {
  it('takes a declared layout as it is, and fails in Chinese on one it does not know', () => {
    expect(detectLayout({ declared: 'shanghai', cover: ['青海省某局'] })).toMatchObject({
      layout: { id: 'shanghai' },
      reason: '文件声明为上海版式',
    });
    expect(() => detectLayout({ declared: 'beijing' })).toThrow('未知的版式“beijing”');
  });

  it('scores the signatures: table numbers 公开NN表 say Qinghai, a 上海市 cover and its 目录 say Shanghai', () => {
    const qh = detectLayout({ tables: ['收入支出决算总表', '公开 01 表', '政府采购支出情况表'] });
    expect(qh.layout.id).toBe('qinghai');
    expect(qh.score).toBe(7);
    expect(qh.reason).toContain('表号为“公开NN表”');
    const sh = detectLayout({ cover: ['上海市普陀区财政局', '2024 年度部门决算'], toc: ['十、预算绩效管理情况'] });
    expect(sh.layout.id).toBe('shanghai');
    expect(sh.reason).toBe('上海版式：封面单位名称以“上海市”开头；目录有“预算绩效管理情况”');
  });

  it('prefers the stronger evidence when clues of two layouts are seen', () => {
    const both = detectLayout({ cover: ['上海市某局'], tables: ['公开01表'] });
    expect(both.layout.id).toBe('qinghai');
  });

  it('counts the tables a workbook says it filled in by a layout’s schemas', () => {
    const d = detectLayout({ tables: ['收入支出决算总表'], schemaIds: ['shanghai/t01', 'shanghai/t09'] });
    expect(d.layout.id).toBe('shanghai');
    expect(d.score).toBe(2);
  });

  it('tells the 预算 layouts from the 决算 ones by the kind the cover names', () => {
    const sh = detectLayout({ cover: ['上海市普陀区2025年区级部门预算', '预算主管部门：上海市普陀区财政局'] });
    expect(sh.layout.id).toBe('shanghai-budget');
    const js = detectLayout({
      cover: ['江苏省某厅', '2017 年部门预算'],
      toc: ['一、收支预算总表'],
      tables: ['收支预算总表'],
    });
    expect(js.layout.id).toBe('jiangsu-budget');
    // A 决算 of Shanghai never reads as its 预算, though both covers open with 上海市.
    expect(detectLayout({ cover: ['上海市普陀区财政局', '2024 年度部门决算'] }).layout.id).toBe('shanghai');
    // The kind an importer read wins over the cover's words.
    expect(detectLayout({ cover: ['上海市某局'], documentKind: '预算' }).layout.id).toBe('shanghai-budget');
  });

  it('falls back to the generic layout when nothing matches', () => {
    const d = detectLayout({
      cover: ['广东省某厅', '2024 年度部门决算'],
      toc: ['一、收入支出决算总表'],
      tables: ['收入支出决算总表'],
    });
    expect(d.layout).toBe(GENERIC);
    expect(d.score).toBe(0);
    expect(d.reason).toContain('不符合已知版式');
    expect(detectLayout({}).layout).toBe(GENERIC);
  });
});
