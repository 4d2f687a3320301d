import type { Row, Table } from '../../model/table.js';
import { collapseCjkSpaces, foldForMatching, squash } from '../../model/concepts/text.js';
import { trimmedCells, type TextLine } from './lines.js';
import { finishTable, makeCell, readPreamble, source, tableError, type TableBlock } from './table-block.js';

const CODE = /^\d{3}(?:\d{2})?$/;
const BLOCK_WIDTH = 3; // 科目代码, 科目名称, 决算数

/**
 * t06 as printed: economic classification rows in two or three side-by-side blocks (code, name, amount),
 * read block by block so rows come out in printed order (301 …, then 302 …, then 307/310/399 …),
 * then the 人员经费合计 / 公用经费合计 line, whose amounts may sit in merged cells further right.
 */
export function readEconomicBlocksTable(block: TableBlock): Table {
  const pre = readPreamble(block);
  const headerIdx = pre.body.findIndex((l) => trimmedCells(l).some((c) => squash(c) === '科目名称'));
  if (headerIdx < 0) throw tableError(block, pre.body[0], '找不到表头（科目代码、科目名称、决算数）');
  const header = trimmedCells(pre.body[headerIdx] as TextLine).map(squash);
  const blocks = Math.floor(header.length / BLOCK_WIDTH);
  if (blocks < 1) throw tableError(block, pre.body[headerIdx], '表头栏数不足');

  const perBlock: Row[][] = Array.from({ length: blocks }, () => []);
  const totals: Row[] = [];
  for (const line of pre.body.slice(headerIdx + 1)) {
    const cells = trimmedCells(line);
    if (cells.every((c) => c === '')) continue;
    if (readTotalsLine(block, line, cells, totals)) continue;
    for (let b = 0; b < blocks; b++) {
      const [code = '', name = '', amount = ''] = cells.slice(b * BLOCK_WIDTH, b * BLOCK_WIDTH + BLOCK_WIDTH);
      if (code === '' && name === '' && amount === '') continue;
      const c = squash(code);
      if (!CODE.test(c)) throw tableError(block, line, `第 ${b + 1} 组的科目代码“${code}”不是经济分类编码`);
      perBlock[b]?.push({
        key: c,
        kind: 'class',
        code: c,
        label: collapseCjkSpaces(name),
        cells: { amount: makeCell(block, 'amount', amount, line) },
        source: source(block, line),
      });
    }
  }
  const rows = perBlock.flat();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.key)) throw tableError(block, undefined, `经济分类科目 ${r.key} 出现两次`);
    seen.add(r.key);
  }
  return finishTable(block, pre, [...rows, ...totals]);
}

/** "人员经费合计 | | 890.15 | 公用经费合计 | … | 46.89": each label takes the next amount before the next label. */
function readTotalsLine(block: TableBlock, line: TextLine, cells: string[], out: Row[]): boolean {
  const lines = block.schema.lines.filter((l) => l.kind === 'total');
  const labelAt = (c: string) => lines.find((l) => foldForMatching(l.label) === foldForMatching(c));
  if (!cells.some((c) => labelAt(c))) return false;
  for (let i = 0; i < cells.length; i++) {
    const schemaLine = labelAt(cells[i] ?? '');
    if (!schemaLine) continue;
    let value = '';
    for (let j = i + 1; j < cells.length && !labelAt(cells[j] ?? ''); j++) {
      if ((cells[j] ?? '') !== '') {
        value = cells[j] ?? '';
        break;
      }
    }
    out.push({
      key: schemaLine.key,
      kind: 'total',
      label: squash(cells[i] ?? ''),
      cells: { amount: makeCell(block, 'amount', value, line) },
      source: source(block, line),
    });
  }
  return true;
}
