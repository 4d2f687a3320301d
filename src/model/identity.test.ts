import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../test/seed.js';
import { disclosureIdentity, identityKey } from './identity.js';

describe('disclosure identity', () => {
  const meta = parsedSeed().meta;

  it('is organisation, year, document kind (决算 by default) and scope, with a stable key', () => {
    expect(disclosureIdentity(meta)).toEqual({
      organisation: '海东市人力资源和社会保障局',
      fiscalYear: 2024,
      documentKind: '决算',
      scope: '部门',
    });
    expect(identityKey(disclosureIdentity(meta))).toBe('2024/决算/部门/海东市人力资源和社会保障局');
  });

  it('two versions of one disclosure share the key (however the name is spaced); another year or kind does not', () => {
    const key = identityKey(disclosureIdentity(meta));
    const v2 = { ...meta, name: '海东市人力资源和社会保障局 ', version: 2, title: '2024 年度部门决算（更正）' };
    expect(identityKey(disclosureIdentity(v2))).toBe(key);
    expect(identityKey(disclosureIdentity({ ...meta, name: '海东市 人力资源和社会保障局（本级）' }))).toBe(
      identityKey(disclosureIdentity({ ...meta, name: '海东市人力资源和社会保障局(本级)' })),
    );
    expect(identityKey(disclosureIdentity({ ...meta, fiscalYear: 2025 }))).not.toBe(key);
    expect(identityKey(disclosureIdentity({ ...meta, documentKind: '预算' }))).not.toBe(key);
    expect(identityKey(disclosureIdentity({ ...meta, kind: '单位' }))).not.toBe(key);
  });
});
