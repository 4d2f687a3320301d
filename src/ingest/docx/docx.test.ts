import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { cloneDoc, parsedSeed } from '../../../test/seed.js';
import type { Disclosure } from '../../model/disclosure.js';
import { getCell, getTable } from '../../model/query.js';
import { renderDocx } from '../../render/docx/index.js';
import { isIngestError } from '../errors.js';
import { composeDisclosure } from '../../narrative/index.js';
import { seedWriterInput } from '../../narrative/fixtures/haidong.js';
import { putuoCzjWriterInput } from '../../narrative/fixtures/putuo-czj.js';
import { parseDocx } from './index.js';

/** The model without what legitimately differs between formats: positions, import notes, the input format. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' || k === 'diagnostics' || k === 'sourceFormat' || k === 'sourceFile') continue;
      out[k] = comparable(v);
    }
    return out;
  }
  return value;
}

let seedDocx: Uint8Array;
let back: Disclosure;

beforeAll(async () => {
  seedDocx = await renderDocx(parsedSeed());
  back = await parseDocx(seedDocx, { file: 'seed.docx' });
});

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('DOCX import', () => {
  it('reads a rendered disclosure back to the same model (render → import round trip)', () => {
    expect(comparable(back)).toEqual(comparable(parsedSeed()));
    expect(back.meta.sourceFormat).toBe('docx');
    expect(back.tables).toHaveLength(11);
    expect(back.performance).toHaveLength(13);
  });

  it('reads the figures a person reads in the document', () => {
    const t05 = getTable(back, 't05');
    expect(getCell(t05, 'total', 'total')?.raw).toBe('1,550.46');
    expect(getCell(t05, '2080199', 'project')?.raw).toBe('268.89');
    expect(getCell(getTable(back, 't09'), 'main', 'actual.reception')?.raw).toBe('0.2');
    expect(getCell(getTable(back, 't06'), 'personnel', 'amount')?.raw).toBe('890.15');
    const first = back.performance[0];
    expect(first?.projectName).toBe('劳动维权工作经费');
    expect(first?.total.score).toEqual({ kind: 'number', value: '91' });
    expect(first?.funds.total?.executed).toEqual({ kind: 'amount', amount: { minor: 696, scale: 2 } });
  });

  it('points sources at the paragraph or table row of the Word document, not at a line of text', () => {
    const row = getTable(back, 't05')?.rows.find((r) => r.key === '2080101');
    expect(row?.source).toMatchObject({ file: 'seed.docx', tableNo: 5 });
    expect(row?.source?.line).toBeUndefined();
    expect(row?.source?.rowNo).toBeGreaterThan(3);
    const section = back.narrative[0];
    expect(section?.source?.paragraph).toBeGreaterThan(0);
    expect(section?.source?.line).toBeUndefined();
  });

  it('keeps an edited figure: a changed amount in the model comes back changed', async () => {
    const edited = cloneDoc(parsedSeed());
    const t05 = edited.tables.find((t) => t.id === 't05');
    const cell = t05?.rows.find((r) => r.key === '2080104')?.cells.project as { raw: string; value: unknown };
    cell.raw = '26.17';
    cell.value = { kind: 'amount', amount: { minor: 2617, scale: 2 } };
    const again = await parseDocx(await renderDocx(edited), { file: 'edited.docx' });
    expect(getCell(getTable(again, 't05'), '2080104', 'project')?.raw).toBe('26.17');
    expect(comparable(again)).toEqual(comparable(edited));
  });

  it('reads back the documents the narrative writer composes, in the Qinghai and the Shanghai layout', async () => {
    // The text importer collapses the space in a 目录 entry ("第一部分 部门概况" → "第一部分部门概况").
    const tocSpaces = (d: Disclosure) => ({
      ...d,
      toc: d.toc.map((e) => ({ ...e, text: e.text.replace(/\s+/g, '') })),
    });
    for (const input of [seedWriterInput(), putuoCzjWriterInput()]) {
      const written = composeDisclosure(input);
      const read = await parseDocx(await renderDocx(written), { file: 'written.docx' });
      expect(read.meta.layout).toBe(written.meta.layout);
      expect(comparable(tocSpaces(read))).toEqual(comparable(tocSpaces(written)));
    }
  });

  it('gives the Shanghai 三公 table its columns back by printed position (预算数 and 决算数 interleaved)', async () => {
    const written = composeDisclosure(putuoCzjWriterInput());
    const read = await parseDocx(await renderDocx(written), { file: 'putuo.docx' });
    const t09 = getTable(read, 't09');
    expect(t09?.schema).toBe('shanghai/t09');
    for (const column of ['budget.total', 'actual.total', 'budget.reception', 'actual.reception']) {
      expect(getCell(t09, 'main', column)?.raw, column).toBe(getCell(getTable(written, 't09'), 'main', column)?.raw);
    }
    expect(read.diagnostics.filter((d) => d.ruleId === 'import/header-mismatch')).toEqual([]);
  });

  it('rejects what is not a Word document with a Chinese message naming the file', async () => {
    const text = await rejection(parseDocx(new TextEncoder().encode('not a zip'), { file: 'a.docx' }));
    expect(isIngestError(text)).toBe(true);
    expect(text.message).toBe('a.docx：不是有效的 Word 文档（.docx）');

    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await rejection(parseDocx(ole, { file: 'old.docx' }))).message).toContain('另存为 .docx');

    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const noBody = await zip.generateAsync({ type: 'uint8array' });
    expect((await rejection(parseDocx(noBody, { file: 'b.docx' }))).message).toBe(
      'b.docx：不是 Word 文档：缺少正文部分 word/document.xml',
    );
  });

  it('reports an unreadable table at its row in the Word document', async () => {
    const zip = await JSZip.loadAsync(seedDocx);
    const xml = await zip.file('word/document.xml')?.async('string');
    // A money cell of 公开05表 holding text.
    zip.file('word/document.xml', (xml ?? '').replace('>268.89<', '>约二百<'));
    const broken = await zip.generateAsync({ type: 'uint8array' });
    const e = await rejection(parseDocx(broken, { file: 'draft.docx' }));
    expect(isIngestError(e)).toBe(true);
    expect(e.message).toMatch(/^draft\.docx，第 3 个表格第 \d+ 行：/);
    expect(e.message).toContain('实际为“约二百”');
  });

  it('lets `juesuan parse` read a .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-docx-'));
    const path = join(dir, 'seed.docx');
    writeFileSync(path, seedDocx);
    const r = await runCli('parse', path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('海东市人力资源和社会保障局');
    expect(r.stdout).toContain('项目支出绩效自评表 13 张');
  });
});
