import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../../model/disclosure.js';
import { normalizeTitle } from '../../model/schemas/index.js';
import { matchTableTitle } from '../shared/table-title.js';
import { parsePdf } from './index.js';

/**
 * An independent check of every figure read from the two real PDFs against poppler (a different PDF reader):
 * 1. per table, the multiset of amounts in the table's region of `pdftotext -layout` (from its title to the next
 *    title) equals the multiset of amounts we read — nothing missed, nothing invented;
 * 2. per cell, `pdftotext -bbox` has a word with the same figure whose centre lies inside the cell's box — each
 *    figure is in the right row and column.
 */
const SAMPLES = [
  'putuo-czj-2024.pdf',
  'putuo-ghzyj-2024.pdf',
  'putuo-czj-2025-budget.pdf',
  'putuo-wanli-2023-budget.pdf',
  'jiangsu-gy-2017-budget.pdf',
  'jiangsu-swbgt-2017-budget-tables.pdf',
] as const;
/**
 * A figure in the -layout text: one with decimals, or a whole number with thousands separators (tables in 元
 * printed without decimals, 万里 2023). A bare whole number below 1,000 cannot be told from a code there, so
 * those are left to the -bbox check, which places every figure we read, small ones included.
 */
const AMOUNT = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.,])/g;
const comparable = (raw: string) => /[.,]/.test(raw);

function pdftotextAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = pdftotextAvailable();
if (!available) {
  console.warn('跳过与 pdftotext 的交叉核对：未安装 poppler-utils（apt-get install poppler-utils）');
}

const path = (name: string) => fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url));
const plain = (s: string) => s.replace(/,/g, '');

function pdftotext(args: string[], file: string): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

interface BboxWord {
  page: number;
  text: string;
  cx: number;
  cy: number;
}

function bboxWords(file: string): BboxWord[] {
  const html = pdftotext(['-bbox'], file);
  const out: BboxWord[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    out.push({ page, text: m[5] ?? '', cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 });
  }
  return out;
}

/** Amounts in each table's region of the -layout text: from the line holding its title to the next title. */
function layoutAmounts(file: string, doc: Disclosure): Map<string, string[]> {
  const lines = pdftotext(['-layout'], file)
    .split('\f')
    .flatMap((text, i) => text.split('\n').map((line) => ({ page: i + 1, line })));
  const titleAt = doc.tables.map((t) =>
    lines.findIndex((l) => l.page === t.source?.page && normalizeTitle(l.line) === normalizeTitle(t.title)),
  );
  // A region also ends at any other table's title (one we did not read) and at the narrative's first heading.
  const otherTitles = lines.flatMap((l, k) => (matchTableTitle(normalizeTitle(l.line), doc.meta.layout) ? [k] : []));
  const prose = lines.flatMap((l, k) =>
    /^(第三部分|其他相关情况说明|项目经费情况说明)/.test(normalizeTitle(l.line)) ? [k] : [],
  );
  const result = new Map<string, string[]>();
  doc.tables.forEach((t, i) => {
    const start = titleAt[i] ?? -1;
    const end = [...titleAt, ...otherTitles, ...prose, lines.length].filter((x) => x > start).sort((a, b) => a - b)[0];
    const region = start < 0 ? [] : lines.slice(start, end);
    result.set(
      t.id,
      region.flatMap((l) => [...l.line.matchAll(AMOUNT)].map((m) => plain(m[0]))),
    );
  });
  return result;
}

function ourAmounts(
  doc: Disclosure,
  id: string,
): { raw: string; text: string; page: number; box: readonly number[] }[] {
  const t = doc.tables.find((x) => x.id === id);
  return (t?.rows ?? []).flatMap((r) =>
    Object.values(r.cells)
      .filter((c) => c.value.kind === 'amount')
      .map((c) => ({
        raw: c.raw,
        text: plain(c.raw),
        page: c.source?.page ?? 0,
        box: c.source?.box ?? [0, 0, 0, 0],
      })),
  );
}

const sorted = (xs: readonly string[]) => [...xs].sort();

describe.skipIf(!available)('every figure cross-checked against poppler pdftotext', () => {
  for (const name of SAMPLES) {
    describe(name, () => {
      let doc: Disclosure;
      let layout: Map<string, string[]>;
      let words: BboxWord[];
      beforeAll(async () => {
        doc = await parsePdf(readFileSync(path(name)), { file: name });
        layout = layoutAmounts(path(name), doc);
        words = bboxWords(path(name));
      }, 60_000);

      it('the figures of each table equal those on its pdftotext -layout lines', () => {
        const counts: Record<string, number> = {};
        for (const t of doc.tables) {
          const ours = ourAmounts(doc, t.id)
            .filter((a) => comparable(a.raw))
            .map((a) => a.text);
          expect(sorted(ours), `${name} ${t.id}`).toEqual(sorted(layout.get(t.id) ?? []));
          counts[t.id] = ours.length;
        }
        console.log(`${name}: figures per table`, JSON.stringify(counts));
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
      });

      it('each figure sits inside its cell box in pdftotext -bbox', () => {
        let checked = 0;
        for (const t of doc.tables) {
          for (const a of ourAmounts(doc, t.id)) {
            const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = a.box;
            const hit = words.some(
              (w) => w.page === a.page && plain(w.text) === a.text && w.cx > x0 && w.cx < x1 && w.cy > y0 && w.cy < y1,
            );
            expect(hit, `${name} ${t.id} ${a.text} p${a.page} [${a.box.join(',')}]`).toBe(true);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(100);
      });
    });
  }
});
