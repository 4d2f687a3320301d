import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest/errors.js';
import { workerPdfEngine } from './pdf-engine.js';

const SAMPLE = new URL('../../samples/putuo-czj-2024.pdf', import.meta.url);

describe('the PDF engine in a worker thread', () => {
  it('brings an IngestError back as an IngestError with its Chinese reason and file', async () => {
    const bytes = new TextEncoder().encode('not a pdf');
    const parsed = workerPdfEngine().parse(bytes, { file: 'x.pdf' });
    await expect(parsed).rejects.toBeInstanceOf(IngestError);
    await expect(parsed).rejects.toThrow('x.pdf：这不是 PDF 文件（缺少“%PDF”文件头）');
  });

  it('parses a real PDF while the caller’s event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    try {
      const doc = await workerPdfEngine().parse(new Uint8Array(readFileSync(SAMPLE)), { file: 'putuo-czj-2024.pdf' });
      expect(doc.meta).toMatchObject({ name: '上海市普陀区财政局', fiscalYear: 2024, layout: 'shanghai' });
      expect(doc.tables).toHaveLength(9);
    } finally {
      clearInterval(timer);
    }
    // pdf.js on this thread would hold the loop for seconds; in the worker the timer fires throughout.
    expect(ticks).toBeGreaterThan(10);
  });
});
