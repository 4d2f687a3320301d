import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../check/index.js';
import { parsePdf } from './index.js';

/** The checker runs on the PDF importer's output unchanged: placeholders found, real errors found, none invented. */
const read = (name: string) =>
  parsePdf(readFileSync(new URL(`../../../samples/${name}`, import.meta.url)), { file: name });

describe('checking the sample PDFs', () => {
  it('reports the template’s XXX placeholders', async () => {
    const { findings } = checkDisclosure(await read('shanghai-template-2024.pdf'));
    const placeholders = findings.filter((f) => f.ruleId === 'narrative/placeholder');
    expect(placeholders.length).toBeGreaterThan(20);
    const inSections = placeholders.filter((f) => f.locations[0]?.sectionPath);
    expect(inSections.length).toBeGreaterThan(10);
    expect(inSections.every((f) => (f.locations[0]?.source?.page ?? 0) >= 15)).toBe(true);
    expect(findings.filter((f) => f.ruleId.startsWith('import/'))).toEqual([]);
  }, 60_000);

  it('finds the 财政局’s real 326.71 / 326.72 disagreement between t01 and t03, with the page of the cell', async () => {
    const { findings } = checkDisclosure(await read('putuo-czj-2024.pdf'));
    const cross = findings.filter((f) => f.ruleId === 'cross/table-identities');
    const t01vsT03 = cross.find((f) => f.message.includes('326.71') && f.message.includes('326.72'));
    expect(t01vsT03).toBeDefined();
    const pages = [...(t01vsT03?.locations ?? []), ...(t01vsT03?.related ?? [])].map((l) => l.source?.page);
    expect(pages).toContain(6);
    // Every finding about a table cell concerns figures the cross-check test confirmed against pdftotext;
    // none comes from the importer itself.
    expect(findings.filter((f) => f.ruleId.startsWith('import/'))).toEqual([]);
  }, 60_000);
});
