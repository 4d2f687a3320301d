import type { Cell } from '../../model/cell.js';
import { functionalClassByName } from '../../model/catalog/functional.js';
import { lineCalled, type ColumnSchema, type LineSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import { parseNumbering } from '../shared/headings.js';
import { foldForMatching, squash } from '../../model/concepts/text.js';
import {
  cellSource,
  finishTable,
  isValueText,
  makeCell,
  rowBox,
  tableFinding,
  type LocatedTable,
  type PageRow,
} from './table-rows.js';

const CJK = /[\u4e00-\u9fff]/;
const DIGITS = /^\d+$/;
const FUNCTIONAL_CODE = /^\d{3}(?:\d{2}){0,2}$/;
const ECONOMIC_CODE = /^\d{3}(?:\d{2})?$/;
const PLACEHOLDER = /^[…。.．]+$/;
const TOTAL = /^(合计|总计)$/;

/** Reads a located table by its schema's row scheme; undefined (with a finding) when it cannot be read. */
export function readLocatedTable(t: LocatedTable): Table | undefined {
  const width = Math.max(0, ...t.rows.map((r) => r.cells.length));
  if (t.rows.some((r) => r.cells.length !== width)) {
    t.diagnostics.push(
      tableFinding(t, 'import/table-unreadable', 'error', `表“${t.title}”跨页后的栏数与首页不同，无法对齐各栏`),
    );
    return undefined;
  }
  if (t.schema.table === 't09') return readThreePublic(t, width);
  // The 决算's economic table prints side-by-side blocks, one 决算数 column each; any other (预算: 合计 | 人员经费 |
  // 公用经费, or one 金额 column) is a code table like the functional ones.
  if (t.schema.rows === 'economic') return isBlocks(t.schema.columns) ? readEconomic(t) : readFunctional(t, width);
  if (t.schema.rows === 'lines') return readLines(t, width);
  return readFunctional(t, width);
}

function isBlocks(cols: readonly ColumnSchema[]): boolean {
  return cols.length === 1 && cols[0]?.header.some((h) => h.includes('决算数')) === true;
}

function unreadable(t: LocatedTable, why: string): undefined {
  t.diagnostics.push(tableFinding(t, 'import/table-unreadable', 'error', `无法读取表“${t.title}”：${why}`));
  return undefined;
}

const text = (r: PageRow, c: number) => squash(r.cells[c]?.text ?? '');

/** The column holding names: the one with the most Chinese text in rows that carry a code or a figure. */
function nameColumn(rows: readonly PageRow[], width: number): number {
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < width; c++) {
    const n = rows.filter((r) => CJK.test(text(r, c)) && r.cells.some((x) => DIGITS.test(squash(x.text)))).length;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  if (best >= 0) return best;
  // An empty table: the column headed 科目名称.
  for (let c = 0; c < width; c++) if (rows.some((r) => text(r, c).includes('科目名称'))) return c;
  return -1;
}

/** 功能分类 tables (t02, t03, t05, t07, t08): codes in 类/款/项 columns or one column, a name, then the figures. */
function readFunctional(t: LocatedTable, width: number): Table | undefined {
  const name = nameColumn(t.rows, width);
  if (name < 0) return unreadable(t, '找不到“科目名称”栏');
  const valueCols = t.schema.columns;
  const first = name + 1;
  if (width - first !== valueCols.length) {
    return unreadable(t, `科目名称之后有 ${width - first} 个数值栏，标准表头为 ${valueCols.length} 栏`);
  }
  const firstData = t.rows.findIndex((r) => {
    const code = Array.from({ length: name }, (_, c) => text(r, c)).join('');
    return FUNCTIONAL_CODE.test(code) || r.cells.slice(first).some((c) => isValueText(squash(c.text)));
  });
  checkHeaders(t, t.rows.slice(0, firstData < 0 ? t.rows.length : firstData), first, valueCols);
  const wrapped = t.method === 'stream' ? joinNameFragments(t.rows, name, first) : new Map<PageRow, string>();
  const rows: Row[] = [];
  for (const r of t.rows) {
    const codeParts = Array.from({ length: name }, (_, c) => text(r, c));
    const labelCells = [...codeParts, text(r, name)];
    const values = valueCols.map((_, i) => text(r, first + i));
    const hasValue = values.some(isValueText);
    const code = codeParts.every((p) => p === '' || DIGITS.test(p)) ? codeParts.join('') : '';
    const isTotal = labelCells.some((s) => TOTAL.test(s));
    const label = wrapped.get(r) ?? text(r, name);
    if (labelCells.some((s) => s !== '' && PLACEHOLDER.test(s)) && !hasValue) continue; // template rows "…"
    if (isColumnNumbers(r)) continue; // 栏次 1 2 3 … (Qinghai layout)
    if (!isTotal && !FUNCTIONAL_CODE.test(code)) {
      if (hasValue) {
        t.diagnostics.push(
          tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”中有无法识别的行“${label}”`, r),
        );
      }
      continue;
    }
    const cells: Record<string, Cell> = {};
    valueCols.forEach((col, i) => {
      const cell = r.cells[first + i];
      // A 合计 row merged with header cells (本年支出 合计 | 基本支出 …) holds header words, not figures.
      const headerWord = isTotal && cell && !isValueText(squash(cell.text)) && !/\d/.test(cell.text);
      cells[col.id] = makeCell(t, col.id, headerWord ? { ...cell, text: '' } : cell, r.page);
    });
    const source = cellSource(t, r.page, rowBox(r));
    const key = isTotal ? 'total' : code;
    if (rows.some((x) => x.key === key)) {
      const what = isTotal ? '“合计”行' : `科目 ${code}`;
      t.diagnostics.push(tableFinding(t, 'import/duplicate-row', 'warning', `表“${t.title}”中${what}出现两次`, r));
      continue;
    }
    rows.push(
      isTotal
        ? { key, kind: 'total', label: labelCells.find((s) => TOTAL.test(s)) ?? '合计', cells, source }
        : { key, kind: 'class', code, label, cells, source },
    );
  }
  return finishTable(t, rows);
}

/**
 * Without rules a wrapped name prints as lines of its own above and below its row's line (the row's figures sit
 * in the middle of the cell): each such fragment belongs to the nearest row with a code on the same page.
 */
function joinNameFragments(rows: readonly PageRow[], name: number, first: number): Map<PageRow, string> {
  const mid = (r: PageRow) => {
    const b = rowBox(r);
    return (b[1] + b[3]) / 2;
  };
  const isData = (r: PageRow) =>
    FUNCTIONAL_CODE.test(Array.from({ length: name }, (_, c) => text(r, c)).join('')) ||
    r.cells.slice(first).some((c) => isValueText(squash(c.text)));
  const data = rows.filter(isData);
  const parts = new Map<PageRow, { above: string[]; own: string; below: string[] }>(
    data.map((r) => [r, { above: [], own: text(r, name), below: [] }]),
  );
  // Header words far above the first row are not name fragments: a fragment lies within a row pitch of a row.
  const mids = data.map(mid);
  const pitch = Math.min(
    ...mids
      .slice(1)
      .map((m, i) => Math.abs(m - (mids[i] ?? m)))
      .filter((d) => d > 1),
    30,
  );
  const fragments = rows.filter((r) => {
    const label = text(r, name);
    if (isData(r) || label === '' || label.includes('科目名称') || TOTAL.test(label)) return false;
    return data.some((d) => d.page === r.page && Math.abs(mid(d) - mid(r)) <= pitch * 1.5);
  });
  // A one-line name printed off its row's line: a row without a name takes the nearest fragment first.
  const taken = new Set<PageRow>();
  for (const d of data) {
    const p = parts.get(d);
    if (!p || p.own !== '') continue;
    const near = fragments
      .filter((f) => f.page === d.page && !taken.has(f))
      .sort((a, b) => Math.abs(mid(a) - mid(d)) - Math.abs(mid(b) - mid(d)))[0];
    if (near) {
      p.own = text(near, name);
      taken.add(near);
    }
  }
  for (const r of fragments) {
    if (taken.has(r)) continue;
    const label = text(r, name);
    let best: PageRow | undefined;
    for (const d of data) {
      if (d.page !== r.page) continue;
      if (!best || Math.abs(mid(d) - mid(r)) < Math.abs(mid(best) - mid(r))) best = d;
    }
    const p = best ? parts.get(best) : undefined;
    if (!p || !best) continue;
    if (mid(r) < mid(best)) p.above.push(label);
    else p.below.push(label);
  }
  return new Map([...parts].map(([r, p]) => [r, [...p.above, p.own, ...p.below].join('')]));
}

/** A 栏次 row: "栏次", or only the column numbers 1, 2, 3 … in order. */
function isColumnNumbers(r: PageRow): boolean {
  const cells = r.cells.map((c) => squash(c.text)).filter((c) => c !== '');
  if (cells.includes('栏次')) return true;
  return cells.length >= 2 && cells.every((c, i) => c === String(i + 1));
}

const sameWord = (s: string) => foldForMatching(s).replace(/小计/g, '合计');

/**
 * The printed header of each figures column must name the schema's column (its lowest level; 小计 and 合计 are one
 * word). A mismatch is reported, not fatal: it is how a third region's layout shows itself.
 */
function checkHeaders(t: LocatedTable, header: readonly PageRow[], first: number, cols: readonly ColumnSchema[]): void {
  cols.forEach((col, i) => {
    const printed = sameWord(header.map((r) => r.cells[first + i]?.text ?? '').join(''));
    const want = sameWord(col.header[col.header.length - 1] ?? '');
    if (!printed.includes(want)) {
      t.diagnostics.push(
        tableFinding(
          t,
          'import/header-mismatch',
          'warning',
          `表“${t.title}”第 ${first + i + 1} 栏表头为“${printed}”，与标准表头“${col.header.join('/')}”不一致，按位置读取`,
          header[0],
        ),
      );
    }
  });
}

/** t06: economic rows in side-by-side blocks (codes, name, 决算数), read block by block in printed order. */
function readEconomic(t: LocatedTable): Table | undefined {
  const headerIdx = t.rows.findIndex((r) => r.cells.some((c) => squash(c.text).includes('决算数')));
  if (headerIdx < 0) return unreadable(t, '找不到“决算数”表头');
  const header = t.rows[headerIdx] as PageRow;
  const amountCols = header.cells.map((c, i) => (squash(c.text).includes('决算数') ? i : -1)).filter((i) => i >= 0);
  const blocks: { codes: number[]; name: number; amount: number }[] = [];
  let start = 0;
  for (const a of amountCols) {
    if (a - start < 2) return unreadable(t, '表头的栏目不足（应为科目编码、科目名称、决算数）');
    blocks.push({ codes: Array.from({ length: a - 1 - start }, (_, k) => start + k), name: a - 1, amount: a });
    start = a + 1;
  }
  const perBlock: Row[][] = blocks.map(() => []);
  const totals: Row[] = [];
  const leading = new Set<string>();
  const seen = new Set<string>();
  const lineOf = (s: string) => t.schema.lines.find((l) => s !== '' && foldForMatching(s) === foldForMatching(l.label));
  for (const r of t.rows.slice(headerIdx + 1)) {
    const source = cellSource(t, r.page, rowBox(r));
    // A total's label spans its block's code and name cells or several blocks, wherever the print centres it: its
    // figure is the first one to its right, in a 决算数 column.
    const taken = new Set<number>();
    r.cells.forEach((c, i) => {
      const line = lineOf(text(r, i));
      if (!line) return;
      taken.add(i);
      if (perBlock.every((b) => b.length === 0)) leading.add(line.key);
      let at = i + 1;
      while (at < r.cells.length && text(r, at) === '') at++;
      const amountAt = amountCols.includes(at) && isValueText(text(r, at)) ? at : -1;
      if (amountAt >= 0) taken.add(amountAt);
      totals.push({
        key: line.key,
        kind: 'total',
        label: line.label,
        cells: { amount: makeCell(t, 'amount', r.cells[amountAt], r.page) },
        source,
      });
    });
    blocks.forEach((b, bi) => {
      const cellText = (c: number) => (taken.has(c) ? '' : text(r, c));
      const parts = b.codes.map(cellText);
      const label = cellText(b.name);
      const all = [...parts, label];
      const amountCell = taken.has(b.amount) ? undefined : r.cells[b.amount];
      const code = parts.join('');
      if (code === '' && label === '') {
        if (isValueText(squash(amountCell?.text ?? ''))) {
          t.diagnostics.push(tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”中有无名称的金额`, r));
        }
        return;
      }
      if (!parts.every((p) => p === '' || DIGITS.test(p)) || !ECONOMIC_CODE.test(code)) {
        if (isValueText(squash(amountCell?.text ?? ''))) {
          t.diagnostics.push(
            tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”中有无法识别的行“${all.join(' ')}”`, r),
          );
        }
        return;
      }
      if (seen.has(code)) {
        t.diagnostics.push(
          tableFinding(t, 'import/duplicate-row', 'warning', `表“${t.title}”中科目 ${code} 出现两次`, r),
        );
        return;
      }
      seen.add(code);
      perBlock[bi]?.push({
        key: code,
        kind: 'class',
        code,
        label,
        cells: { amount: makeCell(t, 'amount', amountCell, r.page) },
        source,
      });
    });
  }
  // Totals in the order printed: a 合计 above the items first, the 人员经费合计 under them last.
  const first = totals.filter((r) => leading.has(r.key));
  return finishTable(t, [...first, ...perBlock.flat(), ...totals.filter((r) => !leading.has(r.key))]);
}

type Side = 'income' | 'expenditure' | undefined;

/**
 * t01, t04: income label and figures, then expenditure label and figures, side by side; t11 (Qinghai): one side.
 */
function readLines(t: LocatedTable, width: number): Table | undefined {
  const sided = t.schema.columns.some((c) => c.side);
  const sides: Side[] = sided ? ['income', 'expenditure'] : [undefined];
  // A one-line table without labels (Jiangsu's 支出预算总表: 合计 | 基本支出 | …) is read as its figures line.
  if (!sided && t.schema.lines.length === 1 && width === t.schema.columns.length) {
    return readOneLine(t, width, t.schema.columns);
  }
  const headerIdx = headerRow(t, sides.length);
  // Label columns are headed 项目 (项目名称, 功能科目名称) in any header row: an expenditure side may print two
  // label-and-figures groups (Jiangsu: 功能分类 and 支出用途), the first group is the income side.
  const named = headerIdx >= 0 ? labelColumns(t.rows.slice(0, headerIdx + 1)) : [];
  const labelCols = named.length > 0 ? named : [0];
  // The header rows: up to the 项目 row, or (a label column headed otherwise, e.g. 政府采购支出信息) up to the
  // first row with a figure.
  const firstFigures = t.rows.findIndex((r) => r.cells.some((c) => isValueText(squash(c.text))));
  const headRows = t.rows.slice(0, headerIdx >= 0 ? headerIdx + 1 : Math.max(0, firstFigures));
  const groups = (sided ? labelCols : labelCols.slice(0, 1)).map((from, i) => {
    const side: Side = sided ? (i === 0 ? 'income' : 'expenditure') : undefined;
    const to = i + 1 < labelCols.length ? (labelCols[i + 1] ?? width) : width;
    const span = Array.from({ length: Math.max(0, to - from - 1) }, (_, k) => from + 1 + k);
    // A 行次 column (Qinghai layout) numbers the lines; it is not a figures column.
    const lineNo = span.find((c) => headRows.some((r) => text(r, c) === '行次'));
    return { side, label: from, lineNo, values: span.filter((c) => c !== lineNo), sublabels: [] as number[] };
  });
  // Without a 项目 row, a header row is known by its 行次 word.
  const body = t.rows
    .slice(headerIdx + 1)
    .filter((r) => !headRows.includes(r) || !r.cells.some((c) => squash(c.text) === '行次'));
  // Each side's schema columns, in order, to its groups by the number of figures columns each prints.
  const layout: ((typeof groups)[number] & { cols: ColumnSchema[] })[] = [];
  for (const side of sides) {
    const cols = t.schema.columns.filter((c) => c.side === side);
    let own = groups.filter((g) => g.side === side);
    if (own.reduce((n, g) => n + g.values.length, 0) > cols.length) own = own.map((g) => withSublabels(g, body));
    const printed = own.reduce((n, g) => n + g.values.length, 0);
    if (own.length === 0 || own.some((g) => g.label < 0) || printed !== cols.length) {
      return unreadable(
        t,
        `${side === 'income' ? '收入方' : side === 'expenditure' ? '支出方' : ''}应有 ${cols.length} 个数值栏，实际 ${printed} 栏`,
      );
    }
    let at = 0;
    for (const g of own) {
      layout.push({ ...g, cols: cols.slice(at, at + g.values.length) });
      at += g.values.length;
    }
  }
  if (headerIdx >= 0) {
    for (const l of layout) {
      const cols = l.cols;
      // The header ends where the first labelled line begins (header words may wrap below the 项目 row).
      const bodyAt = t.rows.findIndex(
        (r, i) =>
          i > headerIdx &&
          matchLine(t.schema.lines, parseNumbering(text(r, l.label))?.text ?? text(r, l.label), l.side, new Set()),
      );
      checkHeaders(t, t.rows.slice(0, bodyAt < 0 ? headerIdx + 1 : bodyAt), l.values[0] ?? 0, cols);
    }
  }
  const used = new Set<string>();
  const bySide: Row[][] = layout.map(() => []);
  const paths = layout.map(() => new DetailPath());
  // Without rules a wrapped label prints its end as a row of its own ("…应急管理支" / "出"): rejoin it.
  const labels = new Map<string, string>();
  const skip = new Set<string>();
  if (t.method === 'stream') {
    layout.forEach((l) => {
      body.forEach((r, i) => {
        const next = body[i + 1];
        const a = squash(r.cells[l.label]?.text ?? '');
        const b = squash(next?.cells[l.label]?.text ?? '');
        if (!next || a === '' || b === '' || l.values.some((c) => isValueText(squash(next.cells[c]?.text ?? ''))))
          return;
        const bare = (s: string) => parseNumbering(s)?.text ?? s;
        if (
          !matchLine(t.schema.lines, bare(a), l.side, new Set()) &&
          matchLine(t.schema.lines, bare(a + b), l.side, new Set())
        ) {
          labels.set(`${i}:${l.label}`, a + b);
          skip.add(`${i + 1}:${l.label}`);
        }
      });
    });
  }
  for (const [ri, r] of body.entries()) {
    if (isColumnNumbers(r)) continue;
    const merged = mergedLabels(r, layout);
    layout.forEach((l, si) => {
      if (skip.has(`${ri}:${l.label}`)) return;
      const cols = l.cols;
      const valueCells = l.values.map((c) => (merged.consumed.has(c) ? undefined : r.cells[c]));
      const hasFigure = valueCells.some((c) => isValueText(squash(c?.text ?? '')));
      if (l.sublabels.length > 0) {
        const detail = paths[si]?.next(r, l, t.schema.lines, used, !hasFigure);
        if (detail) {
          // A line of the printed tree below a schema line (政府采购: 专项 / 经济科目 / 品目 / 组织形式): kept with its
          // printed path as label. A line without figures is the wrapped end of the cells above it (a cell broken
          // by the page end): the line above takes its words.
          if (!hasFigure) {
            const rows = bySide[si] ?? [];
            const last = rows[rows.length - 1];
            if (last?.key.startsWith('detail:') && detail.startsWith(last.label)) {
              rows[rows.length - 1] = { ...last, key: uniqueKey(`detail:${detail}`, used), label: detail };
            }
            return;
          }
          if (detail.endsWith(UNNAMED)) {
            t.diagnostics.push(
              tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”中有金额但没有项目名称`, r),
            );
          }
          const key = uniqueKey(`detail:${detail}`, used);
          used.add(key);
          const cells: Record<string, Cell> = {};
          cols.forEach((col, i) => {
            cells[col.id] = makeCell(t, col.id, valueCells[i], r.page);
          });
          bySide[si]?.push({ key, kind: 'line', label: detail, cells, source: cellSource(t, r.page, rowBox(r)) });
          return;
        }
      }
      const raw =
        merged.labels.get(si) ??
        labels.get(`${ri}:${l.label}`) ??
        schemaLabel(r, l, t.schema.lines, used) ??
        squash(r.cells[l.label]?.text ?? '');
      if (raw === '') {
        if (hasFigure) {
          t.diagnostics.push(
            tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”中有金额但没有项目名称`, r),
          );
        }
        return;
      }
      const numbered = parseNumbering(raw);
      let label = numbered ? numbered.text : raw;
      let numbering = numbered?.numbering.raw;
      const sub = /^(其中[:：])(.*)$/.exec(label);
      if (sub) {
        numbering = sub[1];
        label = sub[2] ?? '';
      }
      const line = matchLine(t.schema.lines, label, l.side, used);
      if (!line) {
        t.diagnostics.push(
          tableFinding(t, 'import/unknown-line', 'warning', `表“${t.title}”中有未知项目“${label}”`, r),
        );
      }
      const key = line?.key ?? `${l.side ?? 'line'}:${label}`;
      used.add(key);
      const cells: Record<string, Cell> = {};
      cols.forEach((col, i) => {
        cells[col.id] = makeCell(t, col.id, valueCells[i], r.page);
      });
      const lineNo = l.lineNo !== undefined && /^\d+$/.test(text(r, l.lineNo)) ? Number(text(r, l.lineNo)) : undefined;
      bySide[si]?.push({
        key,
        kind: line?.kind ?? 'line',
        ...(line?.code ? { code: line.code } : {}),
        label,
        ...(numbering ? { numbering } : {}),
        ...(lineNo !== undefined ? { lineNo } : {}),
        ...(l.side ? { side: l.side } : {}),
        cells,
        source: cellSource(t, r.page, rowBox(r)),
      });
    });
  }
  return finishTable(t, bySide.flat());
}

/** The header row: two label headers (项目 …) for a two-sided table, one for a one-sided; else the row naming the
 * last figures column's header (政府采购: 采购品目大类 | … | 总计) and holding no figure. */
function headerRow(t: LocatedTable, sides: number): number {
  const byLabel = t.rows.findIndex(
    (r) => r.cells.filter((c) => LABEL_HEADER.test(squash(c.text))).length >= Math.min(2, sides),
  );
  if (byLabel >= 0) return byLabel;
  const words = new Set(t.schema.columns.map((c) => foldForMatching(c.header[c.header.length - 1] ?? '')));
  return t.rows.findIndex(
    (r) => !r.cells.some((c) => isValueText(squash(c.text))) && r.cells.some((c) => words.has(foldForMatching(c.text))),
  );
}

interface Group {
  side: Side;
  label: number;
  values: number[];
  /** Label columns after the first (类 | 项, or 专项 | 经济科目 | 品目 | 组织形式), in printed order. */
  sublabels: number[];
}

/**
 * A group printing more figures columns than its schema has: the columns that hold words in the body and never a
 * figure are further label columns (a 类 | 项 label over two columns), not figures columns.
 */
function withSublabels<G extends Group>(g: G, body: readonly PageRow[]): G {
  const wordsOnly = (c: number) => !body.some((r) => isValueText(text(r, c))) && body.some((r) => CJK.test(text(r, c)));
  const sublabels = g.values.filter(wordsOnly);
  return { ...g, values: g.values.filter((c) => !sublabels.includes(c)), sublabels };
}

/** The first label cell of a row, deepest first, that names a schema line: "一般公共预算资金 | 小计" is the 小计. */
function schemaLabel(r: PageRow, g: Group, lines: readonly LineSchema[], used: Set<string>): string | undefined {
  for (const c of [...g.sublabels].reverse().concat(g.label)) {
    const raw = text(r, c);
    const bare = parseNumbering(raw)?.text ?? raw;
    const label = /^其中[:：](.*)$/.exec(bare)?.[1] ?? bare;
    if (raw !== '' && matchLine(lines, label, g.side, used)) return raw;
  }
  return undefined;
}

/**
 * The printed path of a tree line below the schema's lines: the label columns' texts, a blank cell continuing the
 * one above it (a merged cell prints once). Undefined for a line whose first label column or any label cell names
 * a schema line.
 */
class DetailPath {
  private readonly levels: string[] = [];

  next(r: PageRow, g: Group, lines: readonly LineSchema[], used: Set<string>, wrapped: boolean): string | undefined {
    const cols = [g.label, ...g.sublabels];
    const own = cols.map((c) => text(r, c));
    if (own[0] !== '' || schemaLabel(r, g, lines, used) !== undefined) {
      this.levels.length = 0;
      this.levels.push(own[0] ?? '');
      return undefined;
    }
    const deepest = own.reduce((d, s, i) => (s !== '' ? i : d), -1);
    // Figures with every label cell blank: the names sit in merged cells printed lower down; kept under the 大类.
    if (deepest < 0) return wrapped ? undefined : [this.levels[0] ?? '', UNNAMED].filter(Boolean).join('/');
    const first = own.findIndex((s) => s !== '');
    if (wrapped) {
      own.forEach((s, i) => {
        if (s !== '') this.levels[i] = (this.levels[i] ?? '') + s;
      });
      return this.path(Math.max(deepest, this.levels.length - 1));
    }
    this.levels.length = Math.min(this.levels.length, first);
    own.forEach((s, i) => {
      if (i >= first && i <= deepest) this.levels[i] = s;
    });
    return this.path(deepest);
  }

  private path(deepest: number): string {
    return this.levels
      .slice(0, deepest + 1)
      .filter((s) => s !== undefined && s !== '')
      .join('/');
  }
}

const UNNAMED = '（未印名称）';

function uniqueKey(key: string, used: ReadonlySet<string>): string {
  let k = key;
  for (let n = 2; used.has(k); n++) k = `${key}#${n}`;
  return k;
}

/**
 * A label printed across a group's figures column into the next group (Jiangsu: "当年支出小计" spans the 功能分类
 * 金额 and 支出用途 项目 cells; its figure stands in the last column): a group without label or figure whose figures
 * cell holds words lends them to the next group of its side that has a figure but no label.
 */
function mergedLabels(
  r: PageRow,
  layout: readonly { side: Side; label: number; values: readonly number[] }[],
): { labels: Map<number, string>; consumed: Set<number> } {
  const labels = new Map<number, string>();
  const consumed = new Set<number>();
  layout.forEach((g, i) => {
    const next = layout[i + 1];
    if (!next || next.side !== g.side || text(r, g.label) !== '' || text(r, next.label) !== '') return;
    const wordsAt = g.values.find((c) => CJK.test(text(r, c)) && !isValueText(text(r, c)));
    if (wordsAt === undefined || !next.values.some((c) => isValueText(text(r, c)))) return;
    labels.set(i + 1, text(r, wordsAt));
    consumed.add(wordsAt);
  });
  return { labels, consumed };
}

const LABEL_HEADER = /^(?:项目|项目名称|功能科目名称|科目名称)$/;

function labelColumns(header: readonly PageRow[]): number[] {
  const cols = new Set<number>();
  for (const r of header) r.cells.forEach((c, i) => LABEL_HEADER.test(squash(c.text)) && cols.add(i));
  return [...cols].sort((a, b) => a - b);
}

/** The schema line a printed label stands for; among equal labels the first not yet used (order decides). */
function matchLine(lines: readonly LineSchema[], label: string, side: Side, used: Set<string>): LineSchema | undefined {
  const norm = foldForMatching(label);
  const candidates = lines.filter((l) => l.side === side && lineCalled(l, norm));
  if (candidates.length === 0 && side === 'expenditure') {
    const code = functionalClassByName(label);
    return code ? lines.find((l) => l.code === code && l.side === side) : undefined;
  }
  return candidates.find((c) => !used.has(c.key)) ?? candidates[0];
}

/** A table of one line of figures (a 预算's "三公" table): the figures line's last cells are the schema's columns. */
function readOneLine(t: LocatedTable, width: number, cols: readonly ColumnSchema[]): Table | undefined {
  const firstCol = width - cols.length;
  if (firstCol < 0) return unreadable(t, `应有 ${cols.length} 个数值栏，实际 ${width} 栏`);
  const withFigures = t.rows.filter((r) => r.cells.some((c) => isValueText(squash(c.text))));
  if (withFigures.length > 1) {
    t.diagnostics.push(tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”有多行金额，只读取第一行`));
  }
  const r = withFigures[0];
  const header = t.rows.slice(0, r ? t.rows.indexOf(r) : t.rows.length);
  checkHeaders(t, header, firstCol, cols);
  const cells: Record<string, Cell> = {};
  cols.forEach((col, i) => {
    cells[col.id] = makeCell(t, col.id, r?.cells[firstCol + i], r?.page ?? t.titlePage);
  });
  const line = t.schema.lines[0];
  const row: Row = {
    key: line?.key ?? 'main',
    kind: 'line',
    label: line?.label ?? t.schema.title,
    cells,
    ...(r ? { source: cellSource(t, r.page, rowBox(r)) } : {}),
  };
  return finishTable(t, [row]);
}

/** t09: twelve figures (预算数 and 决算数 of six items) on the line under the 预算数/决算数 header. */
function readThreePublic(t: LocatedTable, width: number): Table | undefined {
  const cols: readonly ColumnSchema[] = t.schema.columns.filter((c) => c.money);
  const headerIdx = t.rows.findIndex(
    (r) => r.cells.filter((c) => /^(预算数|决算数)$/.test(squash(c.text))).length >= 2,
  );
  // Without a 预算数/决算数 row (a 预算's one-line table) the figures fill the last columns of the figures line.
  if (headerIdx < 0) return readOneLine(t, width, cols);
  const header = t.rows[headerIdx] as PageRow;
  const firstWord = header.cells.findIndex((c) => /^(预算数|决算数)$/.test(squash(c.text)));
  // A 预算数 spanning its block of columns is printed centred over them, so a ruled grid puts the word in the
  // block's middle column: the figures then start where the last `cols.length` columns do.
  const firstCol = width - firstWord < cols.length && width >= cols.length ? width - cols.length : firstWord;
  if (width - firstCol !== cols.length) {
    return unreadable(t, `应有 ${cols.length} 个数值栏，实际 ${width - firstCol} 栏`);
  }
  // Each column's 预算数 / 决算数 word as the schema has it (alternating in Shanghai, in two blocks in Qinghai),
  // from the header row that prints it lowest (a column split into 小计 | 购置费 | 运行维护费 prints it below them).
  const figuresAt = t.rows.findIndex((r, i) => i > headerIdx && r.cells.some((c) => isValueText(squash(c.text))));
  const headRows = t.rows.slice(headerIdx, figuresAt < 0 ? undefined : figuresAt);
  const printed = cols.map((_, i) =>
    headRows.reduce((w, r) => {
      const x = text(r, firstCol + i);
      return /^(预算数|决算数)$/.test(x) ? x : w;
    }, ''),
  );
  const expected = cols.map((c) => c.header.find((h) => h === '预算数' || h === '决算数') ?? '');
  if (printed.some((w, i) => w !== '' && expected[i] !== '' && w !== expected[i])) {
    t.diagnostics.push(
      tableFinding(
        t,
        'import/header-mismatch',
        'warning',
        `表“${t.title}”的栏目应为“${expected.join('、')}”，实际为“${printed.join('、')}”，按位置读取`,
        header,
      ),
    );
  }
  const dataRows = t.rows.slice(headerIdx + 1).filter((r) => !isColumnNumbers(r));
  const withFigures = dataRows.filter((r) => r.cells.some((c) => isValueText(squash(c.text))));
  if (withFigures.length > 1) {
    t.diagnostics.push(tableFinding(t, 'import/unknown-row', 'warning', `表“${t.title}”有多行金额，只读取第一行`));
  }
  // Without figures the line is the row whose figures columns hold no header words ("--" or nothing): a line left
  // blank prints no text at all, and the header rows under 预算数/决算数 are not it.
  const r =
    withFigures[0] ??
    dataRows.find((row) =>
      cols.every((_, i) => {
        const x = text(row, firstCol + i);
        return x === '' || isValueText(x);
      }),
    );
  const cells: Record<string, Cell> = {};
  cols.forEach((col, i) => {
    cells[col.id] = makeCell(t, col.id, r?.cells[firstCol + i], r?.page ?? t.titlePage);
  });
  const line = t.schema.lines.find((l) => l.key === 'main');
  const row: Row = {
    key: 'main',
    kind: 'line',
    label: line?.label ?? '财政拨款“三公”经费',
    cells,
    ...(r ? { source: cellSource(t, r.page, rowBox(r)) } : {}),
  };
  return finishTable(t, [row, ...readCounts(t)]);
}

/** The 项目 | 统计数 pairs under the table (rows of label, count, label, count …), by their labels. */
function readCounts(t: LocatedTable): Row[] {
  const lines = t.schema.lines.filter((l) => l.kind === 'count');
  const out: Row[] = [];
  for (const r of t.countRows ?? []) {
    for (let i = 0; i + 1 < r.cells.length; i += 2) {
      const label = text(r, i);
      if (label === '' || label === '项目') continue;
      const norm = foldForMatching(label);
      const schemaLine = lines.find((l) =>
        [l.label, ...(l.aliases ?? [])].some((x) => norm === foldForMatching(x) || norm.startsWith(foldForMatching(x))),
      );
      if (!schemaLine) {
        t.diagnostics.push(tableFinding(t, 'import/unknown-line', 'warning', `“三公”经费统计项“${label}”无法识别`, r));
      }
      out.push({
        key: schemaLine?.key ?? `count:${label}`,
        kind: 'count',
        label,
        cells: { count: makeCell(t, 'count', r.cells[i + 1], r.page) },
        source: cellSource(t, r.page, r.cells[i]?.box ?? rowBox(r)),
      });
    }
  }
  return out;
}
