import type { Disclosure } from '../src/model/disclosure.js';
import { importDocument, inProcessPdfEngine, nodeFiles } from '../src/app/index.js';
import { deepFreeze } from './seed.js';

/** The 预算 samples of samples/README.md; the two-file Jiangsu one is read from both files. */
const FILES = {
  'putuo-czj-2025': ['samples/putuo-czj-2025-budget.pdf'],
  'putuo-wanli-2023': ['samples/putuo-wanli-2023-budget.pdf'],
  'jiangsu-gy-2017': ['samples/jiangsu-gy-2017-budget.pdf'],
  'jiangsu-swbgt-2017': [
    'samples/jiangsu-swbgt-2017-budget-narrative.pdf',
    'samples/jiangsu-swbgt-2017-budget-tables.pdf',
  ],
} as const;

export type BudgetSample = keyof typeof FILES;

const cache = new Map<BudgetSample, Promise<Disclosure>>();

/**
 * A real 预算 as the importer reads it (pdf.js in-process), deep-frozen and read once per test file: rule tests
 * build their cases from its real sentences (edit copies with `withPhrase` of test/shanghai.ts).
 */
export function budgetSample(name: BudgetSample): Promise<Disclosure> {
  let p = cache.get(name);
  if (!p) {
    p = importDocument(
      FILES[name].map((path) => ({ path })),
      { files: nodeFiles, pdf: inProcessPdfEngine },
    ).then(deepFreeze);
    cache.set(name, p);
  }
  return p;
}
