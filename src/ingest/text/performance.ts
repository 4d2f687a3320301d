import { parseCellValue, type CellValue } from '../../model/cell.js';
import type { FundsLine, Indicator, PerformanceEvaluation } from '../../model/performance.js';
import { IngestError } from '../errors.js';
import { collapseCjkSpaces, squash } from '../../model/concepts/text.js';
import { joinWrapped } from '../shared/text-normalize.js';
import { trimmedCells, type TextLine } from './lines.js';
import { msg } from '../../model/messages/index.js';

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

type Funds = { -readonly [K in keyof PerformanceEvaluation['funds']]?: FundsLine };
type IndicatorColumn = Exclude<keyof MutableIndicator, 'line'>;

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
  const reader = new PerformanceTableReader(file);
  for (const line of rows) reader.read(line);
  return reader.result(title, titleLine, rows, narrativeHeading);
}

/** Reads the table row by row: header rows switch the phase, the phase decides what a plain row is. */
class PerformanceTableReader {
  private projectName = '';
  private department: string | undefined;
  private implementer: string | undefined;
  private readonly funds: Funds = {};
  private fundsStart = -1;
  private goalCols: { expected: number; actual: number } | undefined;
  private readonly goals = { expected: '', actual: '' };
  private indicatorCols: Record<IndicatorColumn, number> | undefined;
  private readonly indicators: MutableIndicator[] = [];
  /** The 一级/二级 cells merged over the rows below them, carried down. */
  private carry = { level1: '', level2: '' };
  /** 二级 words printed on wrapped rows before the indicator rows they head. */
  private readonly pendingLevel2: string[] = [];
  private total: PerformanceEvaluation['total'] | undefined;
  private phase: 'head' | 'goals' | 'indicators' = 'head';

  constructor(private readonly file: string) {}

  private src(l: TextLine) {
    return { file: this.file, line: l.no };
  }

  read(line: TextLine): void {
    const cells = trimmedCells(line);
    const flat = cells.map(squash);
    if (flat.every((c) => c === '')) return;
    if (this.readHeader(line, cells, flat)) return;
    if (this.phase === 'goals') this.readGoalRow(cells);
    else if (this.phase === 'indicators') this.readIndicatorRow(line, cells);
  }

  /** Rows recognised by their own words: project, departments, funds, the goal and indicator headers, 总分. */
  private readHeader(line: TextLine, cells: readonly string[], flat: readonly string[]): boolean {
    const at = (w: string) => flat.findIndex((c) => c === w);
    if (flat[0] === '项目名称') {
      this.projectName = collapseCjkSpaces(cells.slice(1).find((c) => c !== '') ?? '');
      return true;
    }
    if (at('主管部门') >= 0) {
      const d = at('主管部门');
      const i = at('实施单位');
      const dep = cells.slice(d + 1, i < 0 ? undefined : i).find((c) => c !== '');
      const imp = i < 0 ? undefined : cells.slice(i + 1).find((c) => c !== '');
      if (dep) this.department = collapseCjkSpaces(dep);
      if (imp) this.implementer = collapseCjkSpaces(imp);
      return true;
    }
    if (at('年初预算数') >= 0) {
      this.fundsStart = at('年初预算数');
      return true;
    }
    const fundsKey = FUNDS_LABELS[flat.find((c) => c !== '')?.replace(/^其中[:：]/, '') ?? ''];
    if (fundsKey && this.fundsStart > 0) {
      const v = (k: number): CellValue => parseCellValue(cells[this.fundsStart + k] ?? '', k <= 2);
      this.funds[fundsKey] = {
        initialBudget: v(0),
        fullYearBudget: v(1),
        executed: v(2),
        weight: v(3),
        rate: v(4),
        score: v(5),
        source: this.src(line),
      };
      return true;
    }
    if (flat[0] === '年度总体目标') {
      this.goalCols = { expected: at('预期目标'), actual: at('实际完成情况') };
      this.phase = 'goals';
      return true;
    }
    if (at('一级指标') >= 0) {
      this.indicatorCols = {
        level1: at('一级指标'),
        level2: at('二级指标'),
        level3: at('三级指标'),
        target: at('年度指标值'),
        actual: at('实际完成值'),
        weight: at('分值'),
        score: at('得分'),
        deviation: flat.findIndex((c) => c.startsWith('偏差原因')),
      };
      this.phase = 'indicators';
      return true;
    }
    const totalAt = at('总分');
    if (totalAt >= 0) {
      const nums = cells.slice(totalAt + 1).filter((c) => c !== '');
      this.total = {
        weight: parseCellValue(nums[0] ?? '', false),
        score: parseCellValue(nums[1] ?? '', false),
        source: this.src(line),
      };
      return true;
    }
    return false;
  }

  private readGoalRow(cells: readonly string[]): void {
    const cols = this.goalCols;
    if (!cols || cols.expected < 0) return;
    const actualAt = cols.actual >= 0 ? cols.actual : cells.length;
    this.goals.expected = joinWrapped(
      this.goals.expected,
      collapseCjkSpaces(cells.slice(cols.expected, actualAt).join('')),
    );
    this.goals.actual = joinWrapped(this.goals.actual, collapseCjkSpaces(cells.slice(actualAt).join('')));
  }

  private readIndicatorRow(line: TextLine, cells: readonly string[]): void {
    const cols = this.indicatorCols;
    if (!cols) return;
    const get = (k: IndicatorColumn) => collapseCjkSpaces(cells[cols[k]] ?? '');
    let l1 = get('level1');
    let l2 = get('level2');
    // A 二级 word printed in the 一级 column (merged cells shifted by extraction).
    if (l1 !== '' && !LEVEL1.has(l1) && l2 === '') {
      l2 = l1;
      l1 = '';
    }
    const hasScore = get('weight') !== '' || get('score') !== '';
    if (!hasScore) {
      this.readWrappedRow(l1, l2, get('level3'), get('deviation'));
      return;
    }
    if (l1 !== '') this.carry = { level1: l1, level2: '' };
    if (l2 !== '') {
      this.carry = { ...this.carry, level2: l2 };
      this.pendingLevel2.length = 0;
    } else if (this.pendingLevel2.length > 0) {
      this.carry = { ...this.carry, level2: this.pendingLevel2.shift() ?? '' };
    }
    const parent = LEVEL2_PARENT[this.carry.level2];
    if (l1 === '' && parent && parent !== this.carry.level1) this.carry = { ...this.carry, level1: parent };
    this.indicators.push({
      level1: this.carry.level1,
      level2: this.carry.level2,
      level3: get('level3'),
      target: get('target'),
      actual: get('actual'),
      weight: get('weight'),
      score: get('score'),
      deviation: get('deviation'),
      line,
    });
  }

  /** A row without scores: its text continues the previous row; a 一级/二级 word here heads the rows that follow. */
  private readWrappedRow(l1: string, l2: string, l3: string, deviation: string): void {
    const prev = this.indicators[this.indicators.length - 1];
    if (prev && l3 !== '') {
      prev.level3 = joinWrapped(prev.level3, l3);
      prev.deviation = joinWrapped(prev.deviation, deviation);
      if (l2 === '指标' || (l2 !== '' && !l2.endsWith('指标') && prev.level2 !== '')) {
        prev.level2 += l2;
        this.carry = { ...this.carry, level2: prev.level2 };
        l2 = '';
      }
    } else if (prev && l2 === '指标') {
      prev.level2 += l2;
      this.carry = { ...this.carry, level2: prev.level2 };
      l2 = '';
    }
    if (l1 !== '') this.carry = { level1: l1, level2: '' };
    if (l2 !== '') this.pendingLevel2.push(l2);
  }

  result(
    title: string,
    titleLine: TextLine,
    rows: readonly TextLine[],
    narrativeHeading: string | undefined,
  ): PerformanceEvaluation {
    const { projectName, total } = this;
    if (projectName === '') throw new IngestError(msg('ingest.text.performanceNoProject'), this.src(titleLine));
    if (!total)
      throw new IngestError(msg('ingest.text.performanceNoTotal', { project: projectName }), this.src(titleLine));
    return {
      projectName,
      ...(this.department ? { department: this.department } : {}),
      ...(this.implementer ? { implementer: this.implementer } : {}),
      funds: this.funds,
      goals: this.goals,
      indicators: this.indicators.map((i): Indicator => ({
        level1: i.level1,
        level2: i.level2,
        level3: i.level3,
        target: parseCellValue(i.target, false),
        actual: parseCellValue(i.actual, false),
        weight: parseCellValue(i.weight, false),
        score: parseCellValue(i.score, false),
        deviation: i.deviation,
        source: this.src(i.line),
      })),
      total,
      title: squash(title),
      ...(narrativeHeading ? { narrativeHeading } : {}),
      source: { file: this.file, line: titleLine.no, endLine: rows[rows.length - 1]?.no ?? titleLine.no },
    };
  }
}
