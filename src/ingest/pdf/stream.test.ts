import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../../model/disclosure.js';
import { getTable } from '../../model/query.js';
import type { Table, TableId } from '../../model/table.js';
import { parsePdf } from './index.js';

/**
 * The stream fallback (tables without drawn rules), exercised by reading the 规划 PDF with its rules ignored:
 * what it reads must equal the lattice reading, and what it cannot read must be reported, never guessed.
 */
const bytes = readFileSync(new URL('../../../samples/putuo-ghzyj-2024.pdf', import.meta.url));

function values(t: Table | undefined): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const r of t?.rows ?? []) {
    out[r.key] = Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.raw]));
  }
  return out;
}

describe('stream fallback on putuo-ghzyj-2024.pdf without its rules', () => {
  let lattice: Disclosure;
  let stream: Disclosure;
  beforeAll(async () => {
    lattice = await parsePdf(bytes, { file: 'ghzyj.pdf' });
    stream = await parsePdf(bytes, { file: 'ghzyj.pdf', ignoreRules: true });
  }, 60_000);

  it.each(['t01', 't06', 't09'] as TableId[])('%s reads exactly as with the rules', (id) => {
    expect(values(getTable(stream, id))).toEqual(values(getTable(lattice, id)));
  });

  it('t05 on its first page: wrapped names rejoined from the lines above and below the figures', () => {
    const s = getTable(stream, 't05')?.rows.filter((r) => r.source?.page === 14) ?? [];
    const l = getTable(lattice, 't05')?.rows.filter((r) => r.source?.page === 14) ?? [];
    expect(s.map((r) => [r.key, r.label])).toEqual(l.map((r) => [r.key, r.label]));
    expect(values({ ...getTable(stream, 't05'), rows: s } as Table)).toEqual(
      values({ ...getTable(lattice, 't05'), rows: l } as Table),
    );
  });

  it('says which tables it could not read and why, instead of reading them wrongly', () => {
    const unreadable = stream.diagnostics.filter((d) => d.ruleId === 'import/table-unreadable');
    expect(unreadable.map((d) => d.locations[0]?.table).sort()).toEqual(['t02', 't03', 't04']);
    expect(unreadable.every((d) => /数值栏/.test(d.message))).toBe(true);
    expect(getTable(stream, 't02')).toBeUndefined();
  });
});
