import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../test/seed.js';
import { getTable } from '../../model/query.js';
import { getSchema } from '../../model/schemas/index.js';
import { composeDisclosure } from '../../narrative/index.js';
import { putuoCzjWriterInput } from '../../../test/fixtures/putuo-czj.js';
import { printDocument } from './document.js';
import { headerRows, layoutRows, type Grid } from './grid.js';
import { printTable } from './tables.js';

const text = (g: Grid, part: 'header' | 'body') => g[part].map((r) => r.cells.map((c) => c.text).join('|'));

function grids(table: ReturnType<typeof printTable>): Grid[] {
  return table.items.flatMap((i) => (i.kind === 'grid' ? [i.grid] : []));
}

describe('headerRows', () => {
  it('merges the 三公 header as printed: 预算数 over six columns, 公务用车… over three, leaves down to the bottom', () => {
    const money = getSchema('qinghai/t09').columns.filter((c) => c.money);
    const rows = headerRows(money.map((c) => c.header));
    expect(rows.map((r) => r.cells.map((c) => `${c.text}:${c.colSpan}x${c.rowSpan}`))).toEqual([
      ['预算数:6x1', '决算数:6x1'],
      [
        '合计:1x2',
        '因公出国（境）费用:1x2',
        '公务用车购置及运行维护费:3x1',
        '公务接待费:1x2',
        '合计:1x2',
        '因公出国（境）费用:1x2',
        '公务用车购置及运行维护费:3x1',
        '公务接待费:1x2',
      ],
      [
        '小计:1x1',
        '公务用车购置费:1x1',
        '公务用车运行维护费:1x1',
        '小计:1x1',
        '公务用车购置费:1x1',
        '公务用车运行维护费:1x1',
      ],
    ]);
    // Every row covers the twelve columns once the spans from above are counted.
    const placed = layoutRows(rows);
    expect(placed[2]?.map((p) => p.col)).toEqual([2, 3, 4, 8, 9, 10]);
  });
});

describe('printTable on the seed', () => {
  const seed = parsedSeed();

  it('prints 公开01表 by 行次: income line n beside expenditure line n + 31, unused numbers as blank rows', () => {
    const t01 = printTable(getTable(seed, 't01')!, 'qinghai');
    expect(t01.landscape).toBe(true);
    const [grid] = grids(t01);
    const body = text(grid!, 'body');
    expect(body).toHaveLength(31);
    expect(body[0]).toBe('一、一般公共预算财政拨款收入|1|1,477.46|一、一般公共服务支出|32|114.58');
    expect(body[29]).toBe('|30|||61|');
    expect(body[30]).toBe('总计|31|1,551.86|总计|62|1,551.86');
  });

  it('prints 公开06表 in three blocks split at 类 boundaries, 301+303 | 302 | 307+310+399, as the seed does', () => {
    const [grid] = grids(printTable(getTable(seed, 't06')!, 'qinghai'));
    const body = text(grid!, 'body');
    expect(body[0]).toBe('301|工资福利支出|821.71|302|商品和服务支出|46.89|307|债务利息及费用支出|');
    expect(body.find((r) => r.startsWith('303|'))).toBe(
      '303|对个人和家庭的补助|68.44|30215|会议费|0.14|31012|拆迁补偿|',
    );
    expect(body[body.length - 1]).toBe('人员经费合计|890.15|公用经费合计|46.89');
  });

  it('keeps the 三公 note between the amounts and the counts', () => {
    const t09 = printTable(getTable(seed, 't09')!, 'qinghai');
    expect(t09.items.map((i) => i.kind)).toEqual(['grid', 'note', 'grid']);
  });
});

describe('printTable without 行次 (Shanghai layout)', () => {
  const doc = composeDisclosure(putuoCzjWriterInput());

  it('aligns the income and expenditure totals on one printed row', () => {
    const [grid] = grids(printTable(getTable(doc, 't01')!, 'shanghai'));
    const body = text(grid!, 'body');
    const totalRow = body.find((r) => r.startsWith('本年收入合计'));
    expect(totalRow).toMatch(/^本年收入合计\|[\d,.]+\|本年支出合计\|[\d,.]+$/);
    expect(body[body.length - 1]).toMatch(/^总计\|[\d,.]+\|总计\|[\d,.]+$/);
  });

  it('prints the Shanghai 三公 header four levels deep, 预算数/决算数 under each item', () => {
    const [grid] = grids(printTable(getTable(doc, 't09')!, 'shanghai'));
    expect(text(grid!, 'header')[0]).toBe('财政拨款“三公”经费');
    expect(grid!.header).toHaveLength(5);
  });
});

describe('printDocument', () => {
  it('attaches each 绩效自评表 to the narrative item that introduces it', () => {
    const blocks = printDocument(parsedSeed()).blocks;
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === '1. 劳动维权工作经费项目绩效自评情况');
    expect(i).toBeGreaterThan(0);
    expect(blocks[i + 1]?.kind).toBe('paragraph');
    expect(blocks[i + 2]).toMatchObject({
      kind: 'performance',
      title: '项目支出绩效自评表',
      subtitle: '（2024 年度）',
    });
    expect(blocks.filter((b) => b.kind === 'performance')).toHaveLength(13);
  });
});

describe('栏次 rows', () => {
  const hasNumbers = (g: Grid) => g.header.some((r) => r.cells[0]?.text === '栏次');

  it('are printed where the Qinghai layout prints them (t01–t05), not under t06, t10 or t11', () => {
    const seed = parsedSeed();
    const printedIds = (['t01', 't02', 't03', 't04', 't05', 't06', 't10', 't11'] as const).filter((id) => {
      const table = getTable(seed, id);
      return table && grids(printTable(table, 'qinghai')).some(hasNumbers);
    });
    expect(printedIds).toEqual(['t01', 't02', 't03', 't04', 't05']);
  });

  it('are left out of the Shanghai layout, which prints none', () => {
    const putuo = composeDisclosure(putuoCzjWriterInput());
    for (const id of ['t01', 't02', 't04', 't05'] as const) {
      const table = getTable(putuo, id);
      expect(table && grids(printTable(table, 'shanghai')).some(hasNumbers), id).toBe(false);
    }
  });
});
