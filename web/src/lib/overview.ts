import type { DocumentInfo, ReviewProgress } from '../api/types';

export interface OverviewFilter {
  readonly search: string;
  readonly region?: string | undefined;
  readonly year?: number | undefined;
  readonly kind?: string | undefined;
  /** errors: has errors; pending: errors or warnings not all reviewed; clean: none. */
  readonly state?: 'errors' | 'pending' | 'clean' | undefined;
}

export interface GridRow {
  readonly organisation: string;
  readonly region: string | null;
  /** Documents by column key "2024/决算". */
  readonly cells: Readonly<Record<string, DocumentInfo>>;
}

/** The columns of the grid: years (newest first) × kinds present. */
export function gridColumns(docs: readonly DocumentInfo[]): { key: string; year: number; kind: string }[] {
  const keys = new Map<string, { key: string; year: number; kind: string }>();
  for (const d of docs) keys.set(`${d.year}/${d.kind}`, { key: `${d.year}/${d.kind}`, year: d.year, kind: d.kind });
  return [...keys.values()].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind, 'zh'));
}

function matches(d: DocumentInfo, f: OverviewFilter, progress: ReadonlyMap<number, ReviewProgress>): boolean {
  if (f.search && !d.organisation.includes(f.search.trim())) return false;
  if (f.region && d.region !== f.region) return false;
  if (f.year !== undefined && d.year !== f.year) return false;
  if (f.kind && d.kind !== f.kind) return false;
  const s = d.latest.summary;
  const p = progress.get(d.id);
  if (f.state === 'errors' && s.error === 0) return false;
  if (f.state === 'clean' && s.error + s.warning > 0) return false;
  if (f.state === 'pending' && (p ? p.reviewed >= p.total : s.error + s.warning === 0)) return false;
  return true;
}

/** Organisations × (year, kind): one row per organisation, its documents by column, after filtering. */
export function overviewGrid(
  docs: readonly DocumentInfo[],
  filter: OverviewFilter,
  progress: ReadonlyMap<number, ReviewProgress> = new Map(),
): GridRow[] {
  const rows = new Map<string, { organisation: string; region: string | null; cells: Record<string, DocumentInfo> }>();
  for (const d of docs) {
    if (!matches(d, filter, progress)) continue;
    const k = `${d.organisation}|${d.region ?? ''}`;
    const row = rows.get(k) ?? { organisation: d.organisation, region: d.region, cells: {} };
    const key = `${d.year}/${d.kind}`;
    // 部门 and 单位 of one organisation and year: show the 部门 one (the consolidated disclosure).
    if (!row.cells[key] || d.scope === '部门') row.cells[key] = d;
    rows.set(k, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      (a.region ?? '').localeCompare(b.region ?? '', 'zh') || a.organisation.localeCompare(b.organisation, 'zh'),
  );
}
