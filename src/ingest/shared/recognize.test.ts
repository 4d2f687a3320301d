import { describe, expect, it } from 'vitest';
import { recognize, regionOf, type Recognition } from './recognize.js';

function ok(cover: string[], titles: string[] = []): Recognition {
  const r = recognize({ cover, titles });
  if (!r.ok) throw new Error(r.reason);
  return r.recognition;
}

describe('recognize: covers nobody here has seen', () => {
  it('reads a title printed over three lines, with a party prefix kept out of the region', () => {
    const r = ok(['中共上海市普陀区委', '社会工作部 2024 年度', '部门决算']);
    expect(r).toMatchObject({
      name: '中共上海市普陀区委社会工作部',
      region: '上海市普陀区',
      year: 2024,
      documentKind: '决算',
      scope: '部门',
      title: '2024年度部门决算',
    });
  });

  it('reads a labelled organisation under a regional title (Shanghai 预算 covers)', () => {
    const r = ok(['上海市普陀区2025年区级部门预算', '预算主管部门：上海市普陀区人民政府万里街道办事处']);
    expect(r).toMatchObject({
      name: '上海市普陀区人民政府万里街道办事处',
      region: '上海市普陀区',
      year: 2025,
      documentKind: '预算',
      scope: '部门',
    });
  });

  it('reads the name printed between the year and the kind (Jiangsu covers)', () => {
    const r = ok(['2017 年度江苏省高级人民法院部门预算公开']);
    expect(r).toMatchObject({ name: '江苏省高级人民法院', region: '江苏省', year: 2017, documentKind: '预算' });
    expect(r.title).toBe('2017年度部门预算公开');
    expect(ok(['江苏省委办公厅 2017 年度部门预算'])).toMatchObject({ name: '江苏省委办公厅', region: '江苏省' });
  });

  it('reads a 单位 disclosure and a name split at any point', () => {
    const r = ok(['上海市普陀区规划和自然', '资源局所属某中心', '2023年度单位决算']);
    expect(r).toMatchObject({ name: '上海市普陀区规划和自然资源局所属某中心', scope: '单位', documentKind: '决算' });
  });

  it('falls back to the tables titles and a labelled name when there is no cover (a tables-only file)', () => {
    const r = ok(
      ['收支预算总表', '部门：中国共产党江苏省委员会办公厅 单位：万元'],
      ['收支预算总表', '收入预算总表', '2017年政府采购预算表', '一般公共预算“三公”经费支出预算表'],
    );
    expect(r).toMatchObject({
      name: '中国共产党江苏省委员会办公厅',
      region: '江苏省',
      year: 2017,
      documentKind: '预算',
    });
    expect(r.from).toBe('titles');
  });

  it('says in Chinese why a document is not a disclosure', () => {
    const r = recognize({ cover: ['关于开展2024年度安全生产检查的通知'], titles: ['一、检查范围'] });
    expect(r).toEqual({ ok: false, reason: '封面、目录和表名中都找不到“XXXX 年度部门决算”或“XXXX 年部门预算”字样' });
  });

  it('regions: province, city, district, autonomous region; none for a bare name', () => {
    expect(regionOf('上海市普陀区财政局')).toBe('上海市普陀区');
    expect(regionOf('上海市XX局')).toBe('上海市');
    expect(regionOf('中共江苏省委办公厅')).toBe('江苏省');
    expect(regionOf('江苏省南京市鼓楼区教育局')).toBe('江苏省南京市');
    expect(regionOf('新疆维吾尔自治区财政厅')).toBe('新疆维吾尔自治区');
    expect(regionOf('海东市人力资源和社会保障局')).toBe('海东市');
    expect(regionOf('省委办公厅')).toBeUndefined();
  });
});
