import type { Disclosure } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import { disclosureIdentity, identityKey } from '../../model/identity.js';
import { formatAmount } from '../../model/money.js';
import { columnLabel, schemaOf } from '../../model/schemas/index.js';
import type { CellValue } from '../../model/cell.js';
import { printedValue, toCsv } from '../csv.js';
import { RESOURCES, type TableSchema } from './schema.js';

export { RESOURCES, CELLS_SCHEMA, DOCUMENTS_SCHEMA, FINDINGS_SCHEMA, type TableSchema } from './schema.js';

/** One disclosure of the package, with its check findings and, when it came from the store, its version. */
export interface PackageEntry {
  readonly doc: Disclosure;
  readonly findings: readonly Finding[];
  readonly version?: number;
  /** The organisation's code where one is known (the store's). */
  readonly code?: string;
}

export interface PackageOptions {
  /** Package name: lower-case letters, digits, "-", "_", "." (Data Package `name`). */
  readonly name: string;
  readonly title: string;
  /** ISO date-time of creation (injected: the core reads no clock). */
  readonly created?: string;
}

/** The package's files by name: datapackage.json and one CSV per resource. */
export type PackageFiles = Readonly<Record<string, string>>;

type Record_ = Record<string, string>;

function numericValue(v: CellValue): string {
  switch (v.kind) {
    case 'amount':
      return formatAmount(v.amount);
    case 'percent':
    case 'number':
      return v.value;
    default:
      return '';
  }
}

function unitOf(v: CellValue, tableUnit: string): string {
  if (v.kind === 'amount') return tableUnit;
  if (v.kind === 'percent') return '%';
  return '';
}

/** Unique ids: the identity key ("2024/决算/部门/单位名"), "#2" … when two entries are one disclosure. */
function documentIds(entries: readonly PackageEntry[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const key = identityKey(disclosureIdentity(e.doc.meta)) + (e.version !== undefined ? `@${e.version}` : '');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

function cellRecords(id: string, e: PackageEntry): Record_[] {
  const { doc } = e;
  const out: Record_[] = [];
  const seen = new Set<string>();
  for (const table of doc.tables) {
    const schema = schemaOf(table, doc.meta.layout);
    for (const row of table.rows) {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        if (cell.value.kind === 'blank') continue;
        // A row key repeated in one table (a misread) must not break the primary key: number the repeats.
        let rowKey = row.key;
        for (let n = 2; seen.has(`${table.id}\u0000${rowKey}\u0000${columnId}`); n++) rowKey = `${row.key}#${n}`;
        seen.add(`${table.id}\u0000${rowKey}\u0000${columnId}`);
        const col = schema?.columns.find((c) => c.id === columnId);
        out.push({
          document_id: id,
          organisation: doc.meta.name,
          code: e.code ?? '',
          year: String(doc.meta.fiscalYear),
          kind: doc.meta.documentKind ?? '决算',
          table: table.id,
          table_title: table.title,
          row_key: rowKey,
          row_code: row.code ?? '',
          row_label: row.label,
          column: columnId,
          column_label: col ? columnLabel(col) : '',
          value: numericValue(cell.value),
          printed: cell.raw || printedValue(cell.value),
          unit: unitOf(cell.value, table.unit),
        });
      }
    }
  }
  return out;
}

function findingRecords(id: string, findings: readonly Finding[]): Record_[] {
  const seen = new Set<string>();
  return findings.map((f, i) => {
    // Fingerprints are unique within a check; a finding without one (older input) gets its position.
    let fp = f.fingerprint ?? `#${i + 1}`;
    while (seen.has(fp)) fp = `${fp}+`;
    seen.add(fp);
    const at = f.locations[0];
    return {
      document_id: id,
      fingerprint: fp,
      rule_id: f.ruleId,
      severity: f.severity,
      message: f.message,
      table: at?.table ?? '',
      row_code: at?.rowCode ?? '',
      row_label: at?.rowLabel ?? '',
      column: at?.column ?? '',
      section: at?.sectionPath?.join(' > ') ?? '',
      page: at?.source?.page !== undefined ? String(at.source.page) : '',
      expected: f.expected ?? '',
      actual: f.actual ?? '',
    };
  });
}

function documentRecord(id: string, e: PackageEntry): Record_ {
  const m = e.doc.meta;
  const count = (s: Finding['severity']) => String(e.findings.filter((f) => f.severity === s).length);
  return {
    document_id: id,
    organisation: m.name,
    region: m.region ?? '',
    code: e.code ?? '',
    year: String(m.fiscalYear),
    kind: m.documentKind ?? '决算',
    scope: m.kind,
    version: e.version !== undefined ? String(e.version) : '',
    title: m.title,
    unit: m.unit,
    source_file: m.sourceFile ?? '',
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

function csvOf(schema: TableSchema, records: readonly Record_[]): string {
  const names = schema.fields.map((f) => f.name);
  return toCsv([names, ...records.map((r) => names.map((n) => r[n] ?? ''))]);
}

/**
 * The open-data package of a set of disclosures (a region's year, or the files given to `juesuan export`): tidy
 * CSVs — documents, one row per printed table cell, the findings — described by a Frictionless Tabular Data
 * Package (datapackage.json with Table Schemas, primary and foreign keys). Pure: returns the files' text.
 */
export function buildDataPackage(entries: readonly PackageEntry[], options: PackageOptions): PackageFiles {
  const ids = documentIds(entries);
  const records: Record<(typeof RESOURCES)[number]['name'], Record_[]> = {
    documents: entries.map((e, i) => documentRecord(ids[i]!, e)),
    cells: entries.flatMap((e, i) => cellRecords(ids[i]!, e)),
    findings: entries.flatMap((e, i) => findingRecords(ids[i]!, e.findings)),
  };
  const files: Record<string, string> = {};
  for (const r of RESOURCES) files[r.path] = csvOf(r.schema, records[r.name]);
  const descriptor = {
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    ...(options.created ? { created: options.created } : {}),
    licenses: [{ name: 'other-pd', title: '政府信息公开（原文由各部门公开发布）' }],
    resources: RESOURCES.map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.path,
      title: r.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
      schema: r.schema,
    })),
  };
  files['datapackage.json'] = JSON.stringify(descriptor, null, 2) + '\n';
  return files;
}

/** A package name from free text: "2024 上海市普陀区" → "juesuan-2024". */
export function packageName(parts: readonly (string | number | undefined)[]): string {
  const ascii = parts
    .filter((p) => p !== undefined && p !== '')
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '');
  return ['juesuan', ...ascii].join('-');
}
