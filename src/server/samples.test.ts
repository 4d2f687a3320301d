import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupSampleFiles, SAMPLES_DIR } from './samples.js';

describe('samples loaded as disclosures', () => {
  it('a narrative and its tables under one stem are one disclosure, the narrative first; others stand alone', () => {
    expect(
      groupSampleFiles(['b-tables.pdf', 'a.txt', 'b-narrative.pdf', 'c-报表.pdf', 'c-说明.pdf', 'd-tables.pdf']),
    ).toEqual([
      { file: 'a.txt', parts: [] },
      { file: 'b-narrative.pdf', parts: ['b-tables.pdf'] },
      { file: 'c-说明.pdf', parts: ['c-报表.pdf'] },
      { file: 'd-tables.pdf', parts: [] },
    ]);
  });

  it('the repository’s samples: the Jiangsu 省委办公厅 预算 (two files) is one upload, every other file one each', () => {
    const names = readdirSync(SAMPLES_DIR).filter((n) => /\.(txt|pdf|json|xlsx|docx)$/i.test(n));
    const groups = groupSampleFiles(names);
    expect(groups).toContainEqual({
      file: 'jiangsu-swbgt-2017-budget-narrative.pdf',
      parts: ['jiangsu-swbgt-2017-budget-tables.pdf'],
    });
    expect(groups).toHaveLength(names.length - 1);
  });
});
