import type { DocumentInfo } from '../api/types';

/** A selection of disclosures, as GET /api/export filters them. */
export interface ExportFilter {
  readonly region?: string | undefined;
  readonly year?: number | undefined;
  readonly kind?: string | undefined;
  readonly organisation?: string | undefined;
}

/** Whether a listed disclosure is in the selection (the same conditions the export applies). */
export function matches(d: DocumentInfo, f: ExportFilter): boolean {
  return (
    (f.region === undefined || d.region === f.region) &&
    (f.year === undefined || d.year === f.year) &&
    (f.kind === undefined || d.kind === f.kind) &&
    (f.organisation === undefined || d.organisation === f.organisation)
  );
}

/** The query string of GET /api/export for a selection (empty conditions left out). */
export function exportQuery(f: ExportFilter): string {
  const q = new URLSearchParams();
  for (const k of ['region', 'year', 'kind', 'organisation'] as const) {
    const v = f[k];
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  return q.toString();
}
