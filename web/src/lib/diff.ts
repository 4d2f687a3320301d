import type { Cell, Disclosure, Finding } from '../api/types';

export interface FindingDiff {
  /** In the newer version only. */
  readonly added: readonly Finding[];
  /** In the older version only (fixed, or no longer found). */
  readonly removed: readonly Finding[];
  /** In both (matched by fingerprint); `changed` when the message differs (e.g. other figures). */
  readonly kept: readonly { readonly before: Finding; readonly after: Finding; readonly changed: boolean }[];
}

/** Findings of two versions matched by fingerprint (stable across versions; see the checker's fingerprint.ts). */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingDiff {
  const key = (f: Finding, i: number) => f.fingerprint ?? `${f.ruleId}|${f.message}|${i}`;
  const old = new Map(before.map((f, i) => [key(f, i), f]));
  const seen = new Set<string>();
  const added: Finding[] = [];
  const kept: { before: Finding; after: Finding; changed: boolean }[] = [];
  after.forEach((f, i) => {
    const k = key(f, i);
    const b = old.get(k);
    if (b) {
      seen.add(k);
      kept.push({ before: b, after: f, changed: b.message !== f.message });
    } else added.push(f);
  });
  const removed = before.filter((f, i) => !seen.has(key(f, i)));
  return { added, removed, kept };
}

export interface FigureChange {
  readonly table: string;
  readonly tableTitle: string;
  readonly row: string;
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

/** Printed figures that differ between two versions, cell by cell (table id, row key, column id). */
export function diffFigures(before: Disclosure, after: Disclosure): FigureChange[] {
  const cells = (d: Disclosure) => {
    const m = new Map<string, { cell: Cell; title: string; row: string }>();
    for (const t of d.tables) {
      for (const r of t.rows) {
        for (const c of Object.values(r.cells)) {
          m.set(`${t.id}/${r.key}/${c.column}`, {
            cell: c,
            title: t.title,
            row: r.code ? `${r.code} ${r.label}` : r.label,
          });
        }
      }
    }
    return m;
  };
  const a = cells(before);
  const b = cells(after);
  const out: FigureChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    const before = x?.cell.raw ?? '';
    const after = y?.cell.raw ?? '';
    if (before === after) continue;
    const [table = '', , column = ''] = k.split('/');
    out.push({ table, tableTitle: (y ?? x)!.title, row: (y ?? x)!.row, column, before, after });
  }
  return out;
}
