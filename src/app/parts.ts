import type { Disclosure, Metadata } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { msg } from '../model/messages/index.js';

/**
 * One disclosure published as several files (Jiangsu 2017: the narrative in one PDF, the tables in another):
 * the first file is the document (its cover, 目录 and metadata), each further part adds what it holds, in file
 * order. A table a part prints again (same id) is kept once, from the earlier file, and the repeat is an import
 * finding naming both files — never a silent overwrite.
 */
export function mergeParts(main: Disclosure, parts: readonly Disclosure[]): Disclosure {
  let doc = main;
  for (const part of parts) doc = mergeOne(doc, part);
  return doc;
}

function mergeOne(doc: Disclosure, part: Disclosure): Disclosure {
  const have = new Map(doc.tables.map((t) => [t.id, t]));
  const diagnostics: Finding[] = [...doc.diagnostics, ...part.diagnostics];
  const tables = [...doc.tables];
  for (const t of part.tables) {
    const earlier = have.get(t.id);
    if (earlier) {
      diagnostics.push({
        ruleId: 'import/duplicate-table',
        severity: 'warning',
        message: msg('import.duplicateTable', {
          title: t.title,
          file: fileOf(part.meta),
          earlierFile: fileOf(doc.meta, earlier.source?.file),
        }),
        locations: [{ ...(t.source ? { source: t.source } : {}), table: t.id }],
      });
      continue;
    }
    have.set(t.id, t);
    tables.push(t);
  }
  const overview =
    doc.overview.duties.length === 0 && doc.overview.organization.length === 0 ? part.overview : doc.overview;
  return {
    ...doc,
    meta: { ...doc.meta, unit: doc.tables.length > 0 ? doc.meta.unit : part.meta.unit },
    toc: doc.toc.length > 0 ? doc.toc : part.toc,
    ...(doc.partHeadings || part.partHeadings
      ? { partHeadings: [...(doc.partHeadings ?? []), ...(part.partHeadings ?? [])] }
      : {}),
    overview,
    tables,
    narrative: [...doc.narrative, ...part.narrative],
    performance: [...doc.performance, ...part.performance],
    otherMatters: [...doc.otherMatters, ...part.otherMatters],
    glossary: [...doc.glossary, ...part.glossary],
    diagnostics,
  };
}

function fileOf(meta: Metadata, file?: string): string {
  const name = file ?? meta.sourceFile;
  return name ? `“${name}”` : '前一个文件';
}
