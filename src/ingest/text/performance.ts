import { parseCellValue, type CellValue } from '../../model/cell.js';
import type { FundsLine, Indicator, PerformanceEvaluation } from '../../model/performance.js';
import { IngestError } from '../errors.js';
import { collapseCjkSpaces, squash } from '../../model/concepts/text.js';
import { joinWrapped } from '../shared/text-normalize.js';
import { trimmedCells, type TextLine } from './lines.js';

const LEVEL1 = new Set(['产出指标', '效益指标', '满意度指标', '成本指标']);
/**
 * The 一级 indicator a 二级 indicator belongs to in the standard framework, for rows whose merged 一级 cell was lost
 * in extraction. 成本 indicators are left out: older tables print 成本指标 as a 二级 under 产出指标.
 */
const LEVEL2_PARENT: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济效益指标: '效益指标',
  经济效益: '效益指标',
  社会效益指标: '效益指标',
  社会效益: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  可持续影响: '效益指标',
  服务对象满意度指标: '满意度指标',
};

const FUNDS_LABELS: Record<string, keyof PerformanceEvaluation['funds']> = {
  年度资金总额: 'total',
  当年财政拨款: 'fiscal',
  上年结转资金: 'carryover',
  其他资金: 'other',
};

interface MutableIndicator {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  deviation: string;
  line: TextLine;
}

/**
 * A 项目支出绩效自评表 as extracted: rows of the funds block, the 年度总体目标 pair, the indicator rows with merged
 * 一级/二级 cells left blank, cells wrapped onto rows of their own, and 总分.
 */
export function readPerformanceTable(
  file: string,
  title: string,
  titleLine: TextLine,
  rows: readonly TextLine[],
  narrativeHeading: string | undefined,
): PerformanceEvaluation {
  const src = (l: TextLine) => ({ file, line: l.no });
  let projectName = '';
  let department: string | undefined;
  let implementer: string | undefined;
  const funds: { -readonly [K in keyof PerformanceEvaluation['funds']]?: FundsLine } = {};
  let fundsStart = -1;
  let goalCols: { expected: number; actual: number } | undefined;
  const goals = { expected: '', actual: '' };
  let indicatorCols: Record<string, number> | undefined;
  const indicators: MutableIndicator[] = [];
  let carry = { level1: '', level2: '' };
  const pendingLevel2: string[] = [];
  let total: PerformanceEvaluation['total'] | undefined;
  let phase: 'head' | 'goals' | 'indicators' = 'head';

  for (const line of rows) {
    const cells = trimmedCells(line);
    const flat = cells.map(squash);
    if (flat.every((c) => c === '')) continue;
    const at = (w: string) => flat.findIndex((c) => c === w);

    if (flat[0] === '项目名称') {
      projectName = collapseCjkSpaces(cells.slice(1).find((c) => c !== '') ?? '');
      continue;
    }
    if (at('主管部门') >= 0) {
      const d = at('主管部门');
      const i = at('实施单位');
      const dep = cells.slice(d + 1, i < 0 ? undefined : i).find((c) => c !== '');
      const imp = i < 0 ? undefined : cells.slice(i + 1).find((c) => c !== '');
      if (dep) department = collapseCjkSpaces(dep);
      if (imp) implementer = collapseCjkSpaces(imp);
      continue;
    }
    if (at('年初预算数') >= 0) {
      fundsStart = at('年初预算数');
      continue;
    }
    const fundsKey = FUNDS_LABELS[flat.find((c) => c !== '')?.replace(/^其中[:：]/, '') ?? ''];
    if (fundsKey && fundsStart > 0) {
      const v = (k: number): CellValue => parseCellValue(cells[fundsStart + k] ?? '', k <= 2);
      funds[fundsKey] = {
        initialBudget: v(0),
        fullYearBudget: v(1),
        executed: v(2),
        weight: v(3),
        rate: v(4),
        score: v(5),
        source: src(line),
      };
      continue;
    }
    if (flat[0] === '年度总体目标') {
      goalCols = { expected: at('预期目标'), actual: at('实际完成情况') };
      phase = 'goals';
      continue;
    }
    if (at('一级指标') >= 0) {
      indicatorCols = {
        level1: at('一级指标'),
        level2: at('二级指标'),
        level3: at('三级指标'),
        target: at('年度指标值'),
        actual: at('实际完成值'),
        weight: at('分值'),
        score: at('得分'),
        deviation: flat.findIndex((c) => c.startsWith('偏差原因')),
      };
      phase = 'indicators';
      continue;
    }
    const totalAt = at('总分');
    if (totalAt >= 0) {
      const nums = cells.slice(totalAt + 1).filter((c) => c !== '');
      total = {
        weight: parseCellValue(nums[0] ?? '', false),
        score: parseCellValue(nums[1] ?? '', false),
        source: src(line),
      };
      continue;
    }
    if (phase === 'goals' && goalCols && goalCols.expected >= 0) {
      const actualAt = goalCols.actual >= 0 ? goalCols.actual : cells.length;
      goals.expected = joinWrapped(
        goals.expected,
        collapseCjkSpaces(cells.slice(goalCols.expected, actualAt).join('')),
      );
      goals.actual = joinWrapped(goals.actual, collapseCjkSpaces(cells.slice(actualAt).join('')));
      continue;
    }
    if (phase === 'indicators' && indicatorCols) {
      const get = (k: string) => collapseCjkSpaces(cells[indicatorCols?.[k] ?? -1] ?? '');
      let l1 = get('level1');
      let l2 = get('level2');
      // A 二级 word printed in the 一级 column (merged cells shifted by extraction).
      if (l1 !== '' && !LEVEL1.has(l1) && l2 === '') {
        l2 = l1;
        l1 = '';
      }
      const hasScore = get('weight') !== '' || get('score') !== '';
      if (!hasScore) {
        // A wrapped cell: its text continues the previous row; a 一级/二级 word here heads the rows that follow.
        const prev = indicators[indicators.length - 1];
        const l3 = get('level3');
        if (prev && l3 !== '') {
          prev.level3 = joinWrapped(prev.level3, l3);
          prev.deviation = joinWrapped(prev.deviation, get('deviation'));
          if (l2 === '指标' || (l2 !== '' && !l2.endsWith('指标') && prev.level2 !== '')) {
            prev.level2 += l2;
            carry = { ...carry, level2: prev.level2 };
            l2 = '';
          }
        } else if (prev && l2 === '指标') {
          prev.level2 += l2;
          carry = { ...carry, level2: prev.level2 };
          l2 = '';
        }
        if (l1 !== '') carry = { level1: l1, level2: '' };
        if (l2 !== '') pendingLevel2.push(l2);
        continue;
      }
      if (l1 !== '') carry = { level1: l1, level2: '' };
      if (l2 !== '') {
        carry = { ...carry, level2: l2 };
        pendingLevel2.length = 0;
      } else if (pendingLevel2.length > 0) {
        carry = { ...carry, level2: pendingLevel2.shift() ?? '' };
      }
      const parent = LEVEL2_PARENT[carry.level2];
      if (l1 === '' && parent && parent !== carry.level1) carry = { ...carry, level1: parent };
      indicators.push({
        level1: carry.level1,
        level2: carry.level2,
        level3: get('level3'),
        target: get('target'),
        actual: get('actual'),
        weight: get('weight'),
        score: get('score'),
        deviation: get('deviation'),
        line,
      });
    }
  }
  if (projectName === '') throw new IngestError(`绩效自评表缺少“项目名称”`, src(titleLine));
  if (!total) throw new IngestError(`绩效自评表“${projectName}”缺少“总分”行`, src(titleLine));
  return {
    projectName,
    ...(department ? { department } : {}),
    ...(implementer ? { implementer } : {}),
    funds,
    goals,
    indicators: indicators.map((i): Indicator => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      target: parseCellValue(i.target, false),
      actual: parseCellValue(i.actual, false),
      weight: parseCellValue(i.weight, false),
      score: parseCellValue(i.score, false),
      deviation: i.deviation,
      source: src(i.line),
    })),
    total,
    title: squash(title),
    ...(narrativeHeading ? { narrativeHeading } : {}),
    source: { file, line: titleLine.no, endLine: rows[rows.length - 1]?.no ?? titleLine.no },
  };
}
