import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/app/check.js';
import { render } from '../../src/app/render.js';
import { halfWidthFigures } from '../../src/model/concepts/text.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Paragraph, Section } from '../../src/model/narrative.js';
import { importForTest, importText } from '../import.js';
import { seedText } from '../seed.js';

/**
 * Full-width figures (issue 11): a document typed with １，４７７．４６ reads to the same figures as one typed with
 * 1,477.46, while the model keeps what was printed — each cell's `raw`, each paragraph's `printed` — and the
 * findings quote it.
 */
const FULL = /[\uff10-\uff19]/;
const toFullWidth = (s: string): string =>
  s
    .replace(/(?<=\d)\.(?=\d)/g, '．')
    .replace(/(?<=\d),(?=\d{3})/g, '，')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const cells = (d: Disclosure) => d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)));
const paragraphs = (d: Disclosure): Paragraph[] =>
  d.narrative.flatMap(function all(s: Section): Paragraph[] {
    return [...s.paragraphs, ...s.children.flatMap(all)];
  });
/** The findings as a reader would compare them, without the wording (the quotes differ by design). */
const judged = (d: Disclosure) =>
  check(d)
    .findings.filter((f) => !f.ruleId.startsWith('import/'))
    .map((f) => `${f.ruleId} ${f.severity} ${f.locations.map((l) => `${l.table}/${l.rowKey}/${l.column}`).join()}`)
    .sort();

/** The seed's figures in the tables and narrative written in full width (its headings and codes stay as typed). */
function wideSeed(): string {
  return seedText()
    .split('\n')
    .map((line) => (line.includes('\t') || /\d+\.\d\d/.test(line) ? toFullWidth(line) : line))
    .join('\n');
}

describe('full-width figures: read as figures, kept as printed', async () => {
  const plain = await importText(seedText(), 'seed.txt');
  const wide = await importText(wideSeed(), 'wide.txt');

  it('text: the same values; each figure cell keeps its full-width raw', () => {
    expect(cells(wide).map((c) => c.value)).toEqual(cells(plain).map((c) => c.value));
    const figures = cells(wide).filter((c) => c.value.kind === 'amount' || c.value.kind === 'percent');
    expect(figures.length).toBeGreaterThan(200);
    for (const c of figures) expect(c.raw, JSON.stringify(c)).toMatch(FULL);
    expect(cells(wide).map((c) => toFullWidth(c.raw))).toEqual(cells(plain).map((c) => toFullWidth(c.raw)));
    expect(wide.diagnostics[0]?.message).toBe('wide.txt：文中的全角数字（如“１２３．４５”）已按半角数字读取');
  });

  it('text: paragraphs read as half-width, `printed` as typed (same length, so offsets agree)', () => {
    const withFigures = paragraphs(wide).filter((p) => p.printed !== undefined);
    expect(withFigures.length).toBeGreaterThan(30);
    expect(paragraphs(wide).map((p) => p.text)).toEqual(paragraphs(plain).map((p) => p.text));
    for (const p of withFigures) {
      expect(p.printed).toHaveLength(p.text.length);
      expect(p.printed).toMatch(FULL);
      expect(halfWidthFigures(p.printed ?? '')).toBe(p.text);
    }
  });

  it('the checker judges it like the half-width seed, and its locations quote the sentences as printed', () => {
    expect(judged(wide)).toEqual(judged(plain));
    // Sentences quoted through the claims (item-list and budget-execution-rate quote their own match of `text`).
    const quoted = check(wide)
      .findings.filter((f) => !/item-list|budget-execution-rate/.test(f.ruleId))
      .flatMap((f) => f.locations.flatMap((l) => (l.sentence ? [l.sentence] : [])));
    expect(quoted.length).toBeGreaterThan(5);
    expect(quoted.filter((s) => /\d/.test(s) && !FULL.test(s))).toEqual([]);
  });

  it('canonical JSON keeps raw and printed through a round trip', async () => {
    const json = await render(wide, 'json', { browser: { open: () => Promise.reject(new Error('unused')) } });
    const back = await importText(typeof json === 'string' ? json : new TextDecoder().decode(json), 'wide.json');
    expect(cells(back).map((c) => [c.raw, c.value])).toEqual(cells(wide).map((c) => [c.raw, c.value]));
    expect(paragraphs(back).map((p) => p.printed)).toEqual(paragraphs(wide).map((p) => p.printed));
  });

  it('DOCX typed with full-width figures: the same figures, each cell’s raw as printed', async () => {
    const docx = await render(plain, 'docx', { browser: { open: () => Promise.reject(new Error('unused')) } });
    const zip = await JSZip.loadAsync(docx as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    const widened = xml.replace(
      /(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g,
      (_all, open: string, text: string, close: string) =>
        /\d/.test(text) && /^[\d.,%\s-]+$/.test(text)
          ? `${open}${toFullWidth(text)}${close}`
          : `${open}${text}${close}`,
    );
    expect(widened).not.toBe(xml);
    zip.file('word/document.xml', widened);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const [fromPlain, fromWide] = await Promise.all([
      importForTest({ bytes: docx as Uint8Array, file: 'plain.docx' }),
      importForTest({ bytes, file: 'wide.docx' }),
    ]);
    expect(cells(fromWide).map((c) => c.value)).toEqual(cells(fromPlain).map((c) => c.value));
    const printedWide = cells(fromWide).filter((c) => FULL.test(c.raw));
    expect(printedWide.length).toBeGreaterThan(200);
    expect(judged(fromWide)).toEqual(judged(fromPlain));
  });
});
