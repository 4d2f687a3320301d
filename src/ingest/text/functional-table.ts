import type { Cell } from '../../model/cell.js';
import type { Row, Table } from '../../model/table.js';
import { collapseCjkSpaces, squash } from '../../model/concepts/text.js';
import { trimmedCells, type TextLine } from './lines.js';
import {
  finishTable,
  headerColumns,
  importFinding,
  isColumnNumberRow,
  makeCell,
  readPreamble,
  source,
  tableError,
  type TableBlock,
} from './table-block.js';

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const JUNK = /^[-—_=]+$/;

/**
 * Classification tables keyed by code (t02, t03, t05, t07, t08 by 功能分类; t10 by 经济分类):
 * header rows, an optional 栏次 row, a 合计 row and one row per code: code, name, one cell per column.
 */
export function readCodeTable(block: TableBlock): Table {
  const pre = readPreamble(block);
  const width = block.schema.columns.length;
  const isData = (l: TextLine) => {
    const c0 = squash(l.cells[0] ?? '');
    return c0 === '合计' || c0 === '总计' || CODE.test(c0);
  };
  const firstData = pre.body.findIndex(isData);
  if (firstData < 0) throw tableError(block, pre.body[0] ?? block.titleLine, '找不到“合计”行或科目编码行');
  const header = pre.body.slice(0, firstData).filter((l) => !isColumnNumberRow(l));
  checkHeader(block, header);

  const rows: Row[] = [];
  for (const line of pre.body.slice(firstData)) {
    const cells = trimmedCells(line);
    const nonEmpty = cells.filter((c) => c !== '');
    if (nonEmpty.length === 0 || nonEmpty.every((c) => JUNK.test(c))) continue;
    const c0 = squash(cells[0] ?? '');
    const values = cells.slice(2);
    if (values.slice(width).some((c) => c !== '')) {
      throw tableError(block, line, `该行有 ${values.length} 个数值栏，表头只有 ${width} 栏`);
    }
    const rowCells: Record<string, Cell> = {};
    block.schema.columns.forEach((col, i) => {
      rowCells[col.id] = makeCell(block, col.id, values[i] ?? '', line);
    });
    if (c0 === '合计' || c0 === '总计') {
      rows.push({ key: 'total', kind: 'total', label: c0, cells: rowCells, source: source(block, line) });
    } else if (CODE.test(c0)) {
      const label = collapseCjkSpaces(cells[1] ?? '');
      if (rows.some((r) => r.key === c0)) {
        block.diagnostics.push(
          importFinding('import/duplicate-row', 'warning', `表“${block.title}”中科目 ${c0} 出现两次`, block, line),
        );
        continue;
      }
      rows.push({ key: c0, kind: 'class', code: c0, label, cells: rowCells, source: source(block, line) });
    } else {
      throw tableError(block, line, `无法识别的行“${line.text.trim()}”（应为科目编码或“合计”）`);
    }
  }
  return finishTable(block, pre, rows);
}

/** Header words must name the schema's columns; a mismatch is reported, not fatal (real documents vary). */
function checkHeader(block: TableBlock, header: readonly TextLine[]): void {
  const cols = headerColumns(header).slice(2);
  block.schema.columns.forEach((col, i) => {
    const printed = cols[i] ?? '';
    const want = squash(col.header[col.header.length - 1] ?? '');
    if (!printed.includes(want)) {
      block.diagnostics.push(
        importFinding(
          'import/header-mismatch',
          'warning',
          `表“${block.title}”第 ${i + 3} 栏表头为“${printed}”，与标准表头“${col.header.join('/')}”不一致`,
          block,
          header[0],
        ),
      );
    }
  });
}
