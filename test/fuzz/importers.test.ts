import { describe, expect, it } from 'vitest';
import { corpus, fuzz, type Target } from './harness.js';

/**
 * A short fuzzing run in every test run (a long one: `npx tsx bench/fuzz.ts`): mutated samples and made-up bytes
 * are either read or refused in Chinese — never a crash, an untyped error or a hang.
 */
const RUNS: Readonly<Record<Target, number>> = { text: 40, json: 40, xlsx: 15, docx: 15, html: 30, pdf: 2 };

describe('fuzzing the importers', async () => {
  const { arbitraries } = await corpus();
  it.each(Object.keys(RUNS) as Target[])(
    '%s: every input is read or refused with a JuesuanError',
    async (target) => {
      const r = await fuzz(target, arbitraries[target], RUNS[target]);
      expect(r.failures).toEqual([]);
      expect(r.refused + r.accepted).toBe(RUNS[target]);
    },
    120_000,
  );
});
