import { describe, expect, it } from 'vitest';
import { getCell, getTable, type CellValue, type Disclosure, type TableId } from '../../model/index.js';
import { printedValue } from '../../render/csv.js';
import { parsedSeed, seedText } from '../../../test/seed.js';
import { parseText } from './index.js';

/** The printed value of a cell as in the tidy CSV, '∅' for a blank cell. */
function printed(v: CellValue | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'blank' ? '∅' : printedValue(v);
}

type Expect = [rowKey: string, column: string, value: string];

/** Cells read off the seed by a person (line numbers of samples/haidong-rsj-2024.txt in comments). */
const EXPECTED: Record<TableId, Expect[]> = {
  t01: [
    ['in.gpb', 'in.amount', '1477.46'], // 109: "1,477.46"
    ['in.govfund', 'in.amount', '∅'],
    ['in.other', 'in.amount', '1.4'], // 116
    ['in.total', 'in.amount', '1478.86'], // 135
    ['in.nonfiscalSurplus', 'in.amount', '∅'], // 136
    ['in.carryover', 'in.amount', '73'], // 138, after a blank line
    ['in.grand', 'in.amount', '1551.86'], // 140
    ['out.201', 'out.amount', '114.58'],
    ['out.208', 'out.amount', '1313.63'],
    ['out.210', 'out.amount', '72.97'],
    ['out.221', 'out.amount', '50.69'],
    ['out.234', 'out.amount', '∅'], // 二十六、抗疫特别国债安排的支出
    ['out.total', 'out.amount', '1551.86'],
    ['out.carryover', 'out.amount', '∅'],
    ['out.grand', 'out.amount', '1551.86'],
  ],
  t02: [
    ['total', 'total', '1478.86'],
    ['total', 'fiscal', '1477.46'],
    ['total', 'other', '1.4'],
    ['total', 'business', '∅'],
    ['208', 'total', '1240.63'],
    ['208', 'fiscal', '1239.23'],
    ['20801', 'total', '830.96'],
    ['2080101', 'fiscal', '430.76'],
    ['2080101', 'other', '1.4'],
    ['2080199', 'total', '210.89'],
    ['2089999', 'fiscal', '79.51'],
    ['221', 'total', '50.69'], // 180, then a page break (blank line 181)
    ['22102', 'fiscal', '50.69'], // 182
    ['2210201', 'total', '50.69'],
  ],
  t03: [
    ['total', 'total', '1551.86'],
    ['total', 'basic', '938.43'],
    ['total', 'project', '613.42'],
    ['total', 'remit', '∅'],
    ['201', 'basic', '84.1'],
    ['20801', 'total', '888.96'],
    ['2080104', 'basic', '∅'],
    ['2080104', 'project', '26.18'],
    ['2080199', 'project', '268.89'],
    ['20807', 'total', '190.22'],
    ['2080799', 'project', '15'],
    ['20899', 'basic', '0.51'],
    ['2089999', 'project', '79'],
    ['2210201', 'basic', '50.69'],
  ],
  t04: [
    ['in.gpb', 'in.amount', '1477.46'],
    ['in.govfund', 'in.amount', '∅'],
    ['in.total', 'in.amount', '1477.46'], // 264, after a blank line
    ['in.carryover', 'in.amount', '73'],
    ['in.carryover.gpb', 'in.amount', '73'], // 266: "一、一般公共预算财政拨款" again, 行次 29
    ['in.grand', 'in.amount', '1550.46'],
    ['out.201', 'out.gpb', '114.58'],
    ['out.208', 'out.total', '1312.23'],
    ['out.208', 'out.gpb', '1312.23'],
    ['out.208', 'out.govfund', '∅'],
    ['out.221', 'out.total', '50.69'],
    ['out.total', 'out.total', '1550.46'],
    ['out.carryover', 'out.total', '∅'],
    ['out.grand', 'out.gpb', '1550.46'],
  ],
  t05: [
    ['total', 'total', '1550.46'],
    ['total', 'basic', '937.03'],
    ['total', 'project', '613.42'],
    ['2080101', 'total', '430.76'],
    ['2080101', 'project', '∅'],
    ['2080104', 'total', '26.18'],
    ['2080112', 'total', '6.97'],
    ['2080150', 'basic', '143.08'],
    ['2089999', 'total', '79.51'],
    ['210', 'total', '72.97'], // 305, after the page break at 304
    ['2101199', 'basic', '14.62'],
  ],
  t06: [
    ['301', 'amount', '821.71'],
    ['30101', 'amount', '309.92'],
    ['30106', 'amount', '∅'],
    ['30108', 'amount', '80.18'], // name wrapped: "机关事业单位基本养老保险 缴费"
    ['30199', 'amount', '77'],
    ['303', 'amount', '68.44'],
    ['30302', 'amount', '57.62'],
    ['30307', 'amount', '10.81'],
    ['30310', 'amount', '∅'], // 348, after the page break
    ['302', 'amount', '46.89'],
    ['30201', 'amount', '4.21'],
    ['30212', 'amount', '∅'],
    ['30228', 'amount', '8.13'],
    ['30231', 'amount', '5'],
    ['30299', 'amount', '0.7'], // 351: only the middle block
    ['307', 'amount', '∅'],
    ['31013', 'amount', '∅'],
    ['39999', 'amount', '∅'],
    ['personnel', 'amount', '890.15'],
    ['public', 'amount', '46.89'], // 352: amount in the last (merged) cell
  ],
  t07: [['total', 'total', '∅']],
  t08: [['total', 'carryOut', '∅']],
  t09: [
    ['main', 'budget.total', '6.8'],
    ['main', 'budget.abroad', '∅'],
    ['main', 'budget.car', '5'],
    ['main', 'budget.carPurchase', '∅'],
    ['main', 'budget.carRun', '5'],
    ['main', 'budget.reception', '1.8'],
    ['main', 'actual.total', '5.2'],
    ['main', 'actual.car', '5'],
    ['main', 'actual.carRun', '5'],
    ['main', 'actual.reception', '0.2'],
    ['count.abroadGroups', 'count', '∅'], // label wrapped: "因公出国（境）团组" + "数（个）"
    ['count.carPurchased', 'count', '∅'],
    ['count.carHeld', 'count', '2'],
    ['count.receptionBatches', 'count', '2'],
    ['count.receptionPeople', 'count', '18'],
  ],
  t10: [
    ['total', 'amount', '46.89'],
    ['302', 'amount', '46.89'],
    ['30208', 'amount', '8.68'],
    ['30217', 'amount', '0.2'],
    ['30240', 'amount', '4.27'],
    ['307', 'amount', '∅'],
    ['399', 'amount', '∅'], // 442, then a stray "-----" row
  ],
  t11: [
    ['total', 'amount', '108.22'],
    ['goods', 'amount', '108.22'],
    ['works', 'amount', '∅'],
    ['services', 'amount', '∅'],
    ['sme', 'amount', '108.22'],
    ['small', 'amount', '108.22'],
  ],
};

/** Non-empty cells per table, counted by hand from the tab-separated rows. */
const NON_EMPTY: Record<TableId, number> = {
  t01: 11,
  t02: 68,
  t03: 73,
  t04: 17,
  t05: 73,
  t06: 35,
  t07: 0,
  t08: 0,
  t09: 11,
  t10: 19,
  t11: 4,
};

function nonEmpty(doc: Disclosure, id: TableId): number {
  return (getTable(doc, id)?.rows ?? []).reduce(
    (n, r) => n + Object.values(r.cells).filter((c) => c.value.kind !== 'blank').length,
    0,
  );
}

describe('parseText on the seed (海东市人力资源和社会保障局 2024)', () => {
  const doc = parsedSeed();

  it('reads the cover and metadata', () => {
    expect(doc.meta).toMatchObject({
      name: '海东市人力资源和社会保障局',
      region: '海东市',
      fiscalYear: 2024,
      unit: '万元',
      kind: '部门',
      layout: 'qinghai',
      sourceFormat: 'text',
    });
    // "海东市人力资源和社会保障 障局" on the cover: repaired, and said so.
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['import/cover-name-repaired']);
  });

  it('finds the eleven tables in order with their numbers and units', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([
      't01',
      't02',
      't03',
      't04',
      't05',
      't06',
      't07',
      't08',
      't09',
      't10',
      't11',
    ]);
    expect(doc.tables.map((t) => t.number)).toEqual([
      '公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表',
      '公开07表', '公开08表', '公开09表', '公开10表', '公开11表',
    ]); // prettier-ignore
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true); // t06 and t09 print "单位：万" + "元"
    expect(getTable(doc, 't06')?.title).toBe('一般公共预算财政拨款基本支出决算明细表');
  });

  for (const [id, cells] of Object.entries(EXPECTED) as [TableId, Expect[]][]) {
    it(`${id}: reads the cells a person read off the text`, () => {
      const table = getTable(doc, id);
      for (const [row, col, value] of cells) {
        expect(printed(getCell(table, row, col)?.value), `${id} ${row} ${col}`).toBe(value);
      }
      expect(nonEmpty(doc, id)).toBe(NON_EMPTY[id]);
    });
  }

  it('keeps line numbers on cells', () => {
    expect(getCell(getTable(doc, 't01'), 'in.gpb', 'in.amount')?.source).toEqual({
      file: 'haidong-rsj-2024.txt',
      line: 109,
    });
    expect(getCell(getTable(doc, 't06'), 'public', 'amount')?.source?.line).toBe(352);
    expect(getCell(getTable(doc, 't09'), 'count.receptionPeople', 'count')?.source?.line).toBe(399);
  });

  it('reads labels as printed without numbering, joining wrapped names', () => {
    const t01 = getTable(doc, 't01');
    expect(t01?.rows.find((r) => r.key === 'in.gpb')).toMatchObject({
      label: '一般公共预算财政拨款收入',
      numbering: '一、',
      lineNo: 1,
    });
    expect(t01?.rows.find((r) => r.key === 'out.208')).toMatchObject({
      label: '社会保障和就业支出',
      code: '208',
      lineNo: 39,
    });
    expect(getTable(doc, 't06')?.rows.find((r) => r.key === '30108')?.label).toBe('机关事业单位基本养老保险缴费');
    expect(getTable(doc, 't06')?.rows.find((r) => r.key === '39908')?.label).toBe(
      '对民间非营利组织和群众性自治组织补贴',
    );
    expect(getTable(doc, 't09')?.rows.find((r) => r.key === 'count.abroadGroups')?.label).toBe(
      '因公出国（境）团组数（个）',
    );
    expect(getTable(doc, 't11')?.rows.find((r) => r.key === 'small')).toMatchObject({
      numbering: '其中：',
      label: '授予小微企业合同金额',
    });
  });

  it('reads the three side-by-side blocks of t06 in printed order', () => {
    const keys = getTable(doc, 't06')?.rows.map((r) => r.key) ?? [];
    expect(keys.slice(0, 3)).toEqual(['301', '30101', '30102']);
    expect(keys.indexOf('302')).toBe(keys.indexOf('30399') + 1);
    expect(keys.indexOf('307')).toBe(keys.indexOf('30299') + 1);
    expect(keys.slice(-2)).toEqual(['personnel', 'public']);
    expect(keys).toHaveLength(83);
  });

  it('marks the 政府性基金 and 国有资本经营 tables empty and keeps the t09 note', () => {
    expect(getTable(doc, 't07')?.empty).toBe(true);
    expect(getTable(doc, 't08')?.empty).toBe(true);
    expect(getTable(doc, 't05')?.empty).toBe(false);
    expect(getTable(doc, 't09')?.notes[0]).toMatch(/^注：本表反映的预算数为财政拨款“三公”经费全年预算数/);
  });

  it('builds the narrative tree: thirteen sections with their numbered items', () => {
    expect(doc.narrative.map((s) => s.numbering?.raw)).toEqual([
      '一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、', '十三、',
    ]); // prettier-ignore
    expect(doc.narrative[12]?.title).toBe('其他重要事项情况说明');
    const five = doc.narrative[4];
    expect(five?.children.map((c) => c.title)).toEqual([
      '一般公共预算财政拨款支出总体情况',
      '一般公共预算财政拨款支出结构情况',
      '一般公共预算财政拨款支出具体情况',
    ]);
    const detail = five?.children[2];
    expect(detail?.children.map((c) => c.title)).toEqual([
      '一般公共服务支出（类）',
      '社会保障和就业支出（类）',
      '卫生健康支出（类）',
      '住房保障支出（类）',
    ]);
    // The seed numbers (11) twice: kept as printed for the checker to report.
    expect(detail?.children[1]?.children.map((c) => c.numbering?.ordinal)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 12,
    ]);
    expect(detail?.children[1]?.children[5]?.title).toBe('人力资源和社会保障管理事务(款)事业运行(项)');
    expect(detail?.children[3]?.paragraphs[0]?.text).toMatch(
      /^住房改革支出（款）住房公积金（项）。年初预算为 37.31 万元/,
    );
    expect(doc.narrative[8]?.children[1]?.children.map((c) => c.numbering?.raw)).toEqual(['1.', '2.']);
    expect(doc.narrative[11]?.children[1]?.children).toHaveLength(13);
  });

  it('joins prose lines broken mid-sentence and keeps their line span', () => {
    const p = doc.narrative[4]?.children[1]?.paragraphs[0];
    expect(p?.text).toContain('社会保障和就业支出（类）1312.23 万元，占 84.63%');
    expect(p?.source).toEqual({ file: 'haidong-rsj-2024.txt', line: 485, endLine: 487 });
    const rsj13 = doc.narrative[11]?.children[1]?.children[12]?.paragraphs[0]?.text;
    expect(rsj13).toContain('实际支出 79万元，结转 0 万元，完成年度预算的 98.75%');
  });

  it('reads all 13 绩效自评表 with funds, goals, indicators and totals', () => {
    expect(doc.performance.map((p) => p.projectName)).toEqual([
      '劳动维权工作经费',
      '职业技能提升培训经费',
      '高校毕业生“三支一扶”计划项目工作经费',
      '劳动能力鉴定工作经费',
      '工伤认定工作经费',
      '信息系统运行维护费',
      '专业技术人才培养工作经费',
      '人事考试经费',
      '事业单位工作人员档案管理工作经费',
      '驻村工作队经费',
      '职业技能鉴定补贴（2023）',
      '就业补助资金（2023）',
      '青海拉面品牌宣传推广项目',
    ]);
    expect(doc.performance.map((p) => printed(p.total.score))).toEqual([
      '91', '96', '100', '100', '99', '98', '98', '100', '98', '100', '100', '100', '98',
    ]); // prettier-ignore
    expect(doc.performance.map((p) => p.indicators.length)).toEqual([20, 11, 8, 10, 10, 12, 13, 10, 11, 7, 3, 3, 8]);

    const p1 = doc.performance[0];
    expect(
      p1?.funds.total &&
        [p1.funds.total.initialBudget, p1.funds.total.executed, p1.funds.total.rate, p1.funds.total.score].map(printed),
    ).toEqual(['8', '6.96', '87%', '10']);
    expect(printed(p1?.funds.fiscal?.weight)).toBe('--');
    expect(printed(p1?.funds.carryover?.executed)).toBe('0');
    expect(printed(p1?.funds.other?.executed)).toBe('∅');
    expect(p1?.goals.expected.endsWith('全市劳动关系进一步步和谐稳定。')).toBe(true); // continued on line 611
    expect(p1?.indicators[0]).toMatchObject({
      level1: '成本指标',
      level2: '经济成本指标',
      level3: '仲裁庭规范化执法办案办公设备',
      deviation: '加强支付进度支出，精准绩效目标申报。',
    });
    expect(p1?.indicators[14]).toMatchObject({
      level1: '效益指标',
      level2: '经济效益指标',
      level3: '农民工工资清欠率',
    }); // wrapped over 627–629
    expect(p1?.narrativeHeading).toBe('1. 劳动维权工作经费项目绩效自评情况');

    const p3 = doc.performance[2];
    expect(p3?.indicators[0]?.level3).toBe('按照要求组织高校毕业生“三支一扶”笔试、面试和岗位培训');
    expect(p3?.indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(p3?.implementer).toBe('海东市人力资源和社会保障局');

    const p8 = doc.performance[7];
    expect([p8?.funds.total?.initialBudget, p8?.funds.total?.fullYearBudget].map(printed)).toEqual(['200', '258']);
    expect(doc.performance[11]?.title).toBe('项目支出绩效评表'); // as printed (sic)
    const p13 = doc.performance[12];
    expect(p13?.indicators[2]).toMatchObject({ level2: '时效指标', level3: '项目实施完成' });
    expect(printed(p13?.indicators[2]?.actual)).toBe('2024-12-1');
  });

  it('reads 部门概况: duties, units and internal bodies', () => {
    expect(doc.overview.duties).toHaveLength(12);
    expect(doc.overview.duties[10]).toMatchObject({
      numbering: '（十一）',
      text: '职能转变。加强促进就业创业、持续推进养老保险制度改革、激励人才创新创造、保障农民工权益等职责。',
    });
    expect(doc.overview.unitCount).toBe(1);
    expect(doc.overview.internalBodies).toEqual([
      '劳动维权科',
      '就业促进与农民工工作科',
      '事业单位人事管理科（工资福利科）',
      '社会保险科',
      '专业技术人员管理科',
      '办公室',
      '品牌产业服务中心',
      '人事考试中心',
    ]);
  });

  it('keeps every line a paragraph of its own when told the line breaks are real (Word documents)', () => {
    const words = parseText(seedText(), { file: 'seed.txt', lineBreaks: 'paragraphs' });
    const texts = words.narrative[4]?.children[1]?.paragraphs.map((p) => p.text) ?? [];
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^障和就业支出（类）1312.23 万元/);
  });

  it('reads the TOC, other matters and the glossary', () => {
    expect(doc.toc[0]?.text).toBe('第一部分 部门概况');
    expect(doc.toc.find((e) => e.text.startsWith('十三、'))?.text).toBe('十三、其他重要事项的情况说明');
    expect(doc.toc.filter((e) => e.part === '第二部分')).toHaveLength(12);
    expect(doc.otherMatters[0]?.text).toMatch(/^国有资产占用情况。截至 2024 年 12 月 31 日，我部门共有车辆 2.00 辆/);
    expect(doc.glossary.map((g) => g.term)).toEqual([
      '财政拨款收入',
      '其他收入',
      '年初结转和结余',
      '基本支出',
      '项目支出',
      '“三公”经费支出',
      '机关运行经费',
    ]);
    // The 三公 definition continues after a page break (lines 1018–1020).
    expect(doc.glossary[5]?.definition).toContain('过路过桥费、保险费、安全奖励费用等支出');
  });
});
