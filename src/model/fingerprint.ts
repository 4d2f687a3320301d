import type { Finding, Location } from './finding.js';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits (pure, no node:crypto: the model has no deps). */
export function fnv1a64(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * What identifies a place across versions of a document: table, row key (or code), column, section path, project.
 * Never the page, line, printed labels or the sentence: those move or change wording between versions.
 */
export function locationKey(loc: Location): string {
  return [
    loc.table ?? '',
    loc.rowKey ?? loc.rowCode ?? '',
    loc.column ?? '',
    (loc.sectionPath ?? []).join('›'),
    loc.project ?? '',
  ].join('|');
}

/** Figures, pages and line numbers masked, so that a corrected figure or a moved page keeps the identity. */
export function maskFigures(text: string): string {
  return text.replace(/[-+]?\d[\d,]*(?:\.\d+)?%?/g, '#');
}

/**
 * The identity of a finding's subject, hashed: rule, message id, where it points (`locationKey` of each location;
 * for a finding that points at prose rather than a cell, also the table cells it talks about, its related
 * locations; a cell finding's related cells are the items of its sum, which a new row may change) and the values of the data keys the rule names as identifying (`subjectKeys`: names, titles, formula
 * text — never printed figures). Importer diagnostics have no message id: their message with figures and page
 * numbers masked stands in for it. Wording, figures, pages and lines do not enter it, so the same problem in the
 * next version of the document gets the same value.
 */
export function fingerprintBase(finding: Finding, subjectKeys: readonly string[] = []): string {
  const data = finding.data ?? {};
  const subject = subjectKeys.filter((k) => k in data).map((k) => `${k}=${String(data[k])}`);
  const pointsAtCell = finding.locations.some((l) => l.table !== undefined);
  const about = pointsAtCell ? [] : (finding.related ?? []);
  const parts = [
    finding.ruleId,
    finding.messageId ?? maskFigures(finding.message),
    finding.locations.map(locationKey).join(';'),
    about.map(locationKey).join(';'),
    subject.join(';'),
  ];
  return fnv1a64(JSON.stringify(parts));
}

/**
 * Fingerprints for the findings of one document, in order. Two findings with the same base (the same rule and
 * message at the same place) are told apart by their order of occurrence ("…:2"), as code scanning tools do.
 */
export function assignFingerprints<T extends Finding>(
  findings: readonly T[],
  subjectKeysOf: (ruleId: string) => readonly string[] = () => [],
): T[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprintBase(f, subjectKeysOf(f.ruleId));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...f, fingerprint: n === 1 ? base : `${base}:${n}` };
  });
}
