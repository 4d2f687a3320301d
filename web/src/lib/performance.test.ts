import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import { cellText, projectFindings } from './performance';

describe('cellText', () => {
  it('prints exact amounts with their printed decimals, rates, numbers and n/a', () => {
    expect(cellText({ kind: 'amount', amount: { minor: 696, scale: 2 } })).toBe('6.96');
    expect(cellText({ kind: 'amount', amount: { minor: 8, scale: 0 } })).toBe('8');
    expect(cellText({ kind: 'amount', amount: { minor: 5, scale: 2 } })).toBe('0.05');
    expect(cellText({ kind: 'amount', amount: { minor: -1234, scale: 2 } })).toBe('-12.34');
    expect(cellText({ kind: 'percent', value: '87' })).toBe('87%');
    expect(cellText({ kind: 'na' })).toBe('—');
    expect(cellText({ kind: 'blank' })).toBe('');
  });
});

describe('projectFindings', () => {
  const f = (severity: Finding['severity'], project: string, line: number): Finding => ({
    ruleId: 'performance/execution-rate',
    severity,
    message: '',
    locations: [{ project, source: { line } }],
  });
  it('keeps a project’s findings and the worst severity per line', () => {
    const all = [f('info', '甲', 10), f('error', '甲', 10), f('warning', '甲', 12), f('error', '乙', 10)];
    const r = projectFindings(all, { projectName: '甲' });
    expect(r.findings).toHaveLength(3);
    expect([...r.byLine]).toEqual([
      [10, 'error'],
      [12, 'warning'],
    ]);
  });
});
