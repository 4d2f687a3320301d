import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { grouped } from './group.js';

const finding = (severity: Finding['severity'], table: 't02' | 't06', message: string): Finding => ({
  ruleId: 'sum/x',
  severity,
  message,
  locations: [{ table }],
});

describe('grouped', () => {
  it('puts groups with errors first and, inside a group, errors before warnings before info', () => {
    const groups = grouped([
      finding('info', 't02', 'a'),
      finding('warning', 't06', 'b'),
      finding('info', 't06', 'c'),
      finding('error', 't06', 'd'),
    ]);
    expect(groups.map(([, fs]) => fs.map((f) => f.message).join(''))).toEqual(['dbc', 'a']);
  });
});
