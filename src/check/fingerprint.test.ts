import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { assignFingerprints, fingerprintBase, fnv1a64 } from '../model/fingerprint.js';
import { cloneDoc } from '../../test/seed.js';
import { parsedSeed, withCell, withText } from '../../test/fixtures/seed-edits.js';
import { checkDisclosure } from './index.js';

/** The next version of a document: every printed line and page moved (a paragraph added near the top). */
function shifted(doc: Disclosure, by: number): Disclosure {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          (k === 'line' || k === 'endLine' || k === 'page') && typeof x === 'number' ? x + by : walk(x),
        ]),
      );
    return v;
  };
  return walk(cloneDoc(doc)) as Disclosure;
}

const find = (fs: readonly Finding[], ruleId: string, pred: (f: Finding) => boolean = () => true) => {
  const hits = fs.filter((f) => f.ruleId === ruleId && pred(f));
  expect(hits, ruleId).toHaveLength(1);
  return hits[0] as Finding;
};

describe('finding fingerprints', () => {
  const seed = checkDisclosure(parsedSeed()).findings;

  it('FNV-1a 64 gives the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('every finding of the seed has one, and no two collide (28 sum/functional-hierarchy findings on different cells)', () => {
    expect(seed.every((f) => /^[0-9a-f]{16}(:\d+)?$/.test(f.fingerprint ?? ''))).toBe(true);
    expect(new Set(seed.map((f) => f.fingerprint)).size).toBe(seed.length);
    const sums = seed.filter((f) => f.ruleId === 'sum/functional-hierarchy');
    expect(sums.length).toBeGreaterThan(20);
    expect(new Set(sums.map((f) => f.fingerprint)).size).toBe(sums.length);
    // The importer's diagnostics too.
    expect(find(seed, 'import/cover-name-repaired').fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the same problem in the next version keeps it: pages and lines moved, the wrong figure changed but still wrong', () => {
    const before = find(seed, 'sum/economic-hierarchy', (f) => f.severity === 'error');
    expect(before.locations[0]?.rowKey).toBe('301');
    const next = checkDisclosure(shifted(withCell(parsedSeed(), 't06', '30199', 'amount', '78.00'), 3)).findings;
    const after = find(next, 'sum/economic-hierarchy', (f) => f.severity === 'error');
    expect(after.message).not.toBe(before.message); // other figures, other wording
    expect(after.locations[0]?.source?.line).toBe((before.locations[0]?.source?.line ?? 0) + 3);
    expect(after.fingerprint).toBe(before.fingerprint);
    // Every other finding of the seed is found again under the same fingerprint after the move.
    const moved = checkDisclosure(shifted(parsedSeed(), 5)).findings;
    expect(moved.map((f) => f.fingerprint)).toEqual(seed.map((f) => f.fingerprint));
  });

  it('a narrative sentence reworded, its amount still wrong, keeps it; another sentence about another cell does not share it', () => {
    const at505 = (f: Finding) => f.locations[0]?.source?.line === 505;
    const before = find(seed, 'narrative/amount-vs-table', at505);
    const next = checkDisclosure(
      withText(parsedSeed(), 505, '支出决算为 26.17 万元', '支出决算为 26.15 万元'),
    ).findings;
    const after = find(next, 'narrative/amount-vs-table', at505);
    expect(after.actual).toBe('26.15');
    expect(after.fingerprint).toBe(before.fingerprint);
    const at511 = find(seed, 'narrative/amount-vs-table', (f) => f.locations[0]?.source?.line === 511);
    expect(at511.fingerprint).not.toBe(before.fingerprint);
  });

  it('is independent of the wording and figures, dependent on rule, message id, place and subject', () => {
    const f: Finding = {
      ruleId: 'sum/balance',
      messageId: 'mismatch',
      severity: 'error',
      message: '前者为 1.00、后者为 2.00',
      locations: [
        { table: 't01', rowKey: 'in.total', column: 'amount', rowLabel: '本年收入合计', source: { line: 9 } },
      ],
      expected: '2.00',
      actual: '1.00',
      data: { left: '1.00', right: '2.00', formula: 'x' },
    };
    const base = fingerprintBase(f);
    expect(fingerprintBase({ ...f, message: '另一种说法', expected: '3.00', data: { left: '9' } })).toBe(base);
    expect(
      fingerprintBase({ ...f, locations: [{ ...f.locations[0], rowLabel: '收入合计', source: { page: 3 } }] }),
    ).toBe(base);
    expect(fingerprintBase({ ...f, locations: [{ ...f.locations[0], column: 'other' }] })).not.toBe(base);
    expect(fingerprintBase({ ...f, messageId: 'rounding' })).not.toBe(base);
    expect(fingerprintBase({ ...f, ruleId: 'sum/row-columns' })).not.toBe(base);
    expect(fingerprintBase(f, ['formula'])).not.toBe(fingerprintBase({ ...f, data: { formula: 'y' } }, ['formula']));
    // Two findings that agree on all of it are told apart by their order.
    const [a, b] = assignFingerprints([f, { ...f, message: 'again' }]);
    expect(b?.fingerprint).toBe(`${a?.fingerprint ?? ''}:2`);
  });
});
