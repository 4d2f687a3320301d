import { describe, expect, it } from 'vitest';
import { ECONOMIC_2024 } from '../catalog/economic.js';
import { ADMIN_COST_CLASSES, PERSONNEL_CLASSES, PUBLIC_CLASSES, staffCostKind } from './staff-costs.js';

describe('staffCostKind', () => {
  it('puts 301 and 303 (and their 款) in 人员经费', () => {
    for (const c of ['301', '30101', '30199', '303', '30302']) expect(staffCostKind(c), c).toBe('personnel');
  });

  it('puts every other 2024 class of basic expenditure in 公用经费, 309 and 311 included', () => {
    for (const c of ['302', '30201', '307', '309', '310', '31002', '311', '312', '313', '399', '39999']) {
      expect(staffCostKind(c), c).toBe('public');
    }
  });

  it('knows no make-up for a code outside the 2024 classes', () => {
    expect(staffCostKind('304')).toBeUndefined();
    expect(staffCostKind('')).toBeUndefined();
  });

  it('covers every class of the catalog exactly once', () => {
    const classes = Object.keys(ECONOMIC_2024).filter((c) => c.length === 3);
    expect([...PERSONNEL_CLASSES, ...PUBLIC_CLASSES].sort()).toEqual(classes.sort());
  });

  it('counts for 机关运行经费 only 公用经费 classes', () => {
    for (const c of ADMIN_COST_CLASSES) expect(staffCostKind(c)).toBe('public');
  });
});
