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
  let streamDoc: Disclosure;
  beforeAll(async () => {
    lattice = await parsePdf(bytes, { file: 'ghzyj.pdf' });
    streamDoc = await parsePdf(bytes, { file: 'ghzyj.pdf', ignoreRules: true });
  }, 60_000);

  it.each(['t01', 't02', 't03', 't04', 't06', 't09', 't07', 't08'] as TableId[])(
    '%s reads exactly as with the rules',
    (id) => {
      expect(values(getTable(streamDoc, id))).toEqual(values(getTable(lattice, id)));
    },
  );

  it('t05 on its first page: wrapped names rejoined from the lines above and below the figures', () => {
    const s = getTable(streamDoc, 't05')?.rows.filter((r) => r.source?.page === 14) ?? [];
    const l = getTable(lattice, 't05')?.rows.filter((r) => r.source?.page === 14) ?? [];
    expect(s.map((r) => [r.key, r.label])).toEqual(l.map((r) => [r.key, r.label]));
    expect(values({ ...getTable(streamDoc, 't05'), rows: s } as Table)).toEqual(
      values({ ...getTable(lattice, 't05'), rows: l } as Table),
    );
  });

  it('says that each table was read without rules, and reports the row it could not place', () => {
    const stream = streamDoc.diagnostics.filter((d) => d.ruleId === 'import/stream-table');
    expect(stream).toHaveLength(9);
    const unknown = streamDoc.diagnostics.filter((d) => d.severity !== 'info');
    // Row 22102 at the top of page 15 prints its code and its figures on different lines: reported, not guessed.
    expect(unknown.map((d) => [d.ruleId, d.locations[0]?.table, d.locations[0]?.source?.page])).toEqual([
      ['import/unknown-row', 't05', 15],
    ]);
  });
});
