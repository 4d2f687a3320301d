import type { CellValue, Finding, PerformanceEvaluation, Severity } from '../api/types';

/** A cell as printed again from its exact value: amounts with their printed decimals, rates with %, n/a as —. */
export function cellText(v: CellValue | undefined): string {
  if (!v) return '';
  switch (v.kind) {
    case 'amount': {
      const { minor, scale } = v.amount;
      const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
      const int = digits.slice(0, digits.length - scale);
      const text = scale > 0 ? `${int}.${digits.slice(digits.length - scale)}` : int;
      return minor < 0 ? `-${text}` : text;
    }
    case 'percent':
      return `${v.value}%`;
    case 'number':
      return v.value;
    case 'text':
      return v.text;
    case 'na':
      return '—';
    default:
      return '';
  }
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The findings about one project's 自评表, and the worst severity per printed line of it (to mark its rows). */
export function projectFindings(
  findings: readonly Finding[],
  p: Pick<PerformanceEvaluation, 'projectName'>,
): { findings: Finding[]; byLine: Map<number, Severity> } {
  const mine = findings.filter((f) => f.locations.some((l) => l.project === p.projectName));
  const byLine = new Map<number, Severity>();
  for (const f of mine) {
    for (const l of f.locations) {
      const line = l.source?.line;
      if (l.project !== p.projectName || line === undefined) continue;
      const old = byLine.get(line);
      if (!old || RANK[f.severity] > RANK[old]) byLine.set(line, f.severity);
    }
  }
  return { findings: mine, byLine };
}
