import { parseCellValue } from '../../model/cell.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import type { TableId } from '../../model/table.js';
import { cloneDoc, parsedSeed } from '../../../test/seed.js';

export { parsedSeed } from '../../../test/seed.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A copy of `doc` with one table cell printed as `raw` (as the importer would read it). */
export function withCell(doc: Disclosure, table: TableId, rowKey: string, column: string, raw: string): Disclosure {
  const copy = cloneDoc(doc);
  const row = copy.tables.find((t) => t.id === table)?.rows.find((r) => r.key === rowKey);
  const cell = row?.cells[column];
  if (!row || !cell) throw new Error(`no cell ${table}[${rowKey}].${column}`);
  (row.cells as Record<string, typeof cell>)[column] = {
    ...cell,
    raw,
    value: parseCellValue(raw, !column.startsWith('count')),
  };
  return copy;
}

function allSections(list: readonly Section[]): Section[] {
  return list.flatMap((s) => [s, ...allSections(s.children)]);
}

/** A copy of `doc` whose paragraph printed at `line` has `from` replaced by `to` (which must occur). */
export function withText(doc: Disclosure, line: number, from: string, to: string): Disclosure {
  const copy = cloneDoc(doc);
  const para = allSections(copy.narrative)
    .flatMap((s) => s.paragraphs)
    .find((p) => p.source?.line === line);
  if (!para || !para.text.includes(from)) throw new Error(`no paragraph at line ${line} containing “${from}”`);
  (para as Mutable<typeof para>).text = para.text.replace(from, to);
  return copy;
}

/** A copy with the numbering of the section printed at `line` changed. */
export function withNumbering(doc: Disclosure, line: number, ordinal: number, raw: string): Disclosure {
  const copy = cloneDoc(doc);
  const sec = allSections(copy.narrative).find((s) => s.source?.line === line);
  if (!sec?.numbering) throw new Error(`no numbered section at line ${line}`);
  (sec as Mutable<Section>).numbering = { ...sec.numbering, ordinal, raw };
  return copy;
}

/** A copy with a 目录 entry's text replaced. */
export function withToc(doc: Disclosure, from: string, to: string): Disclosure {
  const copy = cloneDoc(doc);
  const e = copy.toc.find((t) => t.text === from);
  if (!e) throw new Error(`no toc entry “${from}”`);
  (e as Mutable<typeof e>).text = to;
  return copy;
}

/**
 * The seed with every error a person found in it corrected (the "all correct" variant). Each fix is the figure
 * the tables or the arithmetic require; rounding differences of the tables are left as printed.
 */
export function correctedSeed(): Disclosure {
  let d = parsedSeed();
  // t06: the 5-digit lines of 301 sum to 819.10 but 301 (and 人员经费 890.15 = 301 + 303) says 821.71.
  d = withCell(d, 't06', '30199', 'amount', '79.61');
  // 五（三）2.: narrative amounts that differ from t05, and the rates that follow from them.
  d = withText(d, 505, '26.17 万元,完成年初预算的 87.23%', '26.18 万元,完成年初预算的 87.27%');
  d = withText(d, 511, '6.96 万元,完成年初预算的 87.00%', '6.97 万元,完成年初预算的 87.13%');
  d = withText(d, 513, '164.39%', '164.48%');
  d = withText(d, 527, '79.50 万元，完成年初预算的 214.86。', '79.51 万元，完成年初预算的 21489.19%。');
  d = withNumbering(d, 525, 12, '（12）');
  d = withNumbering(d, 527, 13, '（13）');
  d = withText(d, 531, '决算数等于预算数', '决算数大于预算数');
  // 九（三）, 十, 十二.
  d = withText(d, 571, '增加 2.5 万元，增长 50%', '增加 2.5 万元，增长 100%');
  d = withText(d, 575, '比上年减少 5.44 万元，增长 13.12%', '比上年增加 5.44 万元，增长 13.12%');
  d = withText(d, 585, '111.10%', '100.00%');
  // 目录 entries that differ from the body.
  d = withToc(d, '十三、其他重要事项的情况说明', '十三、其他重要事项情况说明');
  d = withToc(d, '六、一般公共预算财政拨款基本支出决算表', '六、一般公共预算财政拨款基本支出决算明细表');
  d = withToc(d, '第二部分 2024 年度部门决算公开报表', '第二部分 2024 年度部门决算报表');
  return d;
}

/** A copy with a 绩效自评表 changed by `edit` (the n-th table, 0-based). */
export function withProject(doc: Disclosure, index: number, edit: (p: Record<string, unknown>) => void): Disclosure {
  const copy = cloneDoc(doc);
  const p = copy.performance[index];
  if (!p) throw new Error(`no 绩效自评表 ${index}`);
  edit(p as unknown as Record<string, unknown>);
  return copy;
}
