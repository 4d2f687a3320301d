import type { Cell } from '../../model/cell.js';
import type { LineSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import { foldForMatching, squash } from '../../model/concepts/text.js';
import { trimmedCells, type TextLine } from './lines.js';
import {
  finishTable,
  importFinding,
  isColumnNumberRow,
  makeCell,
  readPreamble,
  source,
  tableError,
  type TableBlock,
} from './table-block.js';

/** A count label is complete once it ends with its unit: "公务用车保有量(辆)". */
const COMPLETE_LABEL = /[）)]$/;

/**
 * t09: a multi-level header, the 栏次 row, one line of amounts (预算数 then 决算数, each 合计 / 出国 / 用车小计 /
 * 购置 / 运行 / 接待), a note, and in the Qinghai layout a statistics block of label/count pairs whose labels
 * wrap onto the next row ("因公出国（境）团组" + "数（个）").
 */
export function readThreePublicTable(block: TableBlock): Table {
  const pre = readPreamble(block);
  const numberRow = pre.body.findIndex(isColumnNumberRow);
  if (numberRow < 0) throw tableError(block, pre.body[0], '找不到栏次行（1、2、3……）');
  const amountColumns = block.schema.columns.filter((c) => c.money);
  const mainLine = pre.body[numberRow + 1];
  if (!mainLine) throw tableError(block, pre.body[numberRow], '栏次行之后没有金额行');
  const values = trimmedCells(mainLine);
  if (values.some((v) => v !== '' && !/^[\d,.-]+$/.test(v))) {
    throw tableError(block, mainLine, '金额行中有非数字内容');
  }
  const mainCells: Record<string, Cell> = {};
  amountColumns.forEach((col, i) => {
    mainCells[col.id] = makeCell(block, col.id, values[i] ?? '', mainLine);
  });
  const mainSchema = block.schema.lines.find((l) => l.key === 'main');
  const rows: Row[] = [
    {
      key: 'main',
      kind: 'line',
      label: mainSchema?.label ?? '财政拨款“三公”经费',
      cells: mainCells,
      source: source(block, mainLine),
    },
  ];
  const statsHeader = pre.body.findIndex((l, i) => i > numberRow && trimmedCells(l).some((c) => c === '统计数'));
  if (statsHeader >= 0) rows.push(...readCounts(block, pre.body.slice(statsHeader + 1)));
  return finishTable(block, pre, rows);
}

interface PendingCount {
  label: string;
  value: string;
  line: TextLine;
}

function readCounts(block: TableBlock, lines: readonly TextLine[]): Row[] {
  const countLines = block.schema.lines.filter((l) => l.kind === 'count');
  const pending: (PendingCount | undefined)[] = [];
  const done: PendingCount[] = [];
  for (const line of lines) {
    const cells = trimmedCells(line);
    if (cells.every((c) => c === '')) continue;
    for (let pair = 0; pair * 2 < cells.length; pair++) {
      const label = squash(cells[pair * 2] ?? '');
      const value = cells[pair * 2 + 1] ?? '';
      if (label === '' && value === '') continue;
      const open = pending[pair];
      if (open && !COMPLETE_LABEL.test(open.label)) {
        open.label += label;
        if (value !== '') open.value = value;
      } else {
        if (open) done.push(open);
        pending[pair] = { label, value, line };
      }
    }
  }
  for (const p of pending) if (p) done.push(p);
  done.sort((a, b) => a.line.no - b.line.no);
  return done.map((p) => {
    const schemaLine = matchCount(countLines, p.label);
    if (!schemaLine) {
      block.diagnostics.push(
        importFinding('import/unknown-line', 'warning', `“三公”经费统计项“${p.label}”无法识别`, block, p.line),
      );
    }
    return {
      key: schemaLine?.key ?? `count:${p.label}`,
      kind: 'count' as const,
      label: p.label,
      cells: { count: makeCell(block, 'count', p.value, p.line) },
      source: source(block, p.line),
    };
  });
}

function matchCount(lines: readonly LineSchema[], label: string): LineSchema | undefined {
  const norm = foldForMatching(label);
  return lines.find((l) =>
    [l.label, ...(l.aliases ?? [])].some((x) => norm === foldForMatching(x) || norm.startsWith(foldForMatching(x))),
  );
}
