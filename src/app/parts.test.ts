import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import { parsedSeed } from '../../test/seed.js';
import { mergeParts } from './parts.js';

/** The seed cut as Jiangsu published its 2017 预算: the narrative in one file, the tables in another. */
function split(doc: Disclosure): [Disclosure, Disclosure] {
  const narrative: Disclosure = { ...doc, tables: [], diagnostics: [] };
  const tables: Disclosure = {
    ...doc,
    meta: { ...doc.meta, sourceFile: 'tables.pdf' },
    toc: [],
    overview: { duties: [], organization: [], internalBodies: [] },
    narrative: [],
    performance: [],
    otherMatters: [],
    glossary: [],
    diagnostics: [],
  };
  return [narrative, tables];
}

describe('a disclosure published in several files', () => {
  it('reads as the one document it is: the first file’s metadata and 目录, every part’s tables and sections', () => {
    const seed = parsedSeed();
    const [narrative, tables] = split(seed);
    const merged = mergeParts(narrative, [tables]);
    expect(merged.meta).toEqual(seed.meta);
    expect(merged.tables.map((t) => t.id)).toEqual(seed.tables.map((t) => t.id));
    expect(merged.narrative).toEqual(seed.narrative);
    expect(merged.toc).toEqual(seed.toc);
    expect(merged.diagnostics).toEqual([]);
  });

  it('keeps a table printed twice once, from the earlier file, and says so', () => {
    const seed = parsedSeed();
    const [, tables] = split(seed);
    const merged = mergeParts(seed, [tables]);
    expect(merged.tables).toHaveLength(seed.tables.length);
    const dup = merged.diagnostics.filter((d) => d.ruleId === 'import/duplicate-table');
    expect(dup).toHaveLength(seed.tables.length);
    expect(dup[0]?.message).toContain('tables.pdf');
  });
});
