import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import type { PackageEntry, PackageFiles } from '../render/datapackage/index.js';
import { check } from './check.js';

export type { PackageEntry, PackageFiles } from '../render/datapackage/index.js';

export interface ExportItem {
  readonly doc: Disclosure;
  /** The findings already computed (the store keeps them); checked here when absent. */
  readonly findings?: readonly Finding[];
  readonly version?: number;
  readonly code?: string;
}

/**
 * The open-data package (Frictionless Tabular Data Package) of a set of disclosures: datapackage.json plus
 * documents.csv, cells.csv (one row per printed cell) and findings.csv.
 */
export async function exportDataPackage(
  items: readonly ExportItem[],
  options: { readonly title?: string; readonly scope?: readonly (string | number | undefined)[]; readonly now?: Date },
): Promise<PackageFiles> {
  const dp = await import('../render/datapackage/index.js');
  const entries: PackageEntry[] = items.map((i) => ({
    doc: i.doc,
    findings: i.findings ?? check(i.doc).findings,
    ...(i.version !== undefined ? { version: i.version } : {}),
    ...(i.code ? { code: i.code } : {}),
  }));
  return dp.buildDataPackage(entries, {
    name: dp.packageName(options.scope ?? []),
    title: options.title ?? '部门决算、预算公开数据',
    ...(options.now ? { created: options.now.toISOString() } : {}),
  });
}

/** The package as one zip archive (what the HTTP API serves). */
export async function zipPackage(files: PackageFiles, folder: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const dir = zip.folder(folder) ?? zip;
  for (const [name, text] of Object.entries(files)) dir.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
