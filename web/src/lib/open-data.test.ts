import { describe, expect, it } from 'vitest';
import { documentInfo } from '../test-documents';
import { exportQuery, matches } from './open-data';

const doc = (organisation: string, region: string | null, year: number, kind: string) =>
  documentInfo({ organisation, region, year, kind });

describe('open data selection', () => {
  it('selects as the export filters, and writes its query', () => {
    const d = doc('上海市普陀区财政局', '上海市普陀区', 2024, '决算');
    expect(matches(d, {})).toBe(true);
    expect(matches(d, { region: '上海市普陀区', year: 2024 })).toBe(true);
    expect(matches(d, { kind: '预算' })).toBe(false);
    expect(matches(doc('海东市人社局', null, 2024, '决算'), { region: '上海市普陀区' })).toBe(false);
    expect(exportQuery({ region: '上海市普陀区', year: 2024, kind: undefined })).toBe(
      'region=%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%99%AE%E9%99%80%E5%8C%BA&year=2024',
    );
    expect(new URLSearchParams(exportQuery({ organisation: '海东市人社局', kind: '决算' })).get('organisation')).toBe(
      '海东市人社局',
    );
  });
});
