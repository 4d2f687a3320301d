import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../check/index.js';
import { parseCsv, validatePackage } from '../../../test/datapackage.js';
import { parsedSeed } from '../../../test/seed.js';
import { shanghaiDoc } from '../../../test/shanghai.js';
import { buildDataPackage, packageName } from './index.js';

function pkg() {
  const docs = [parsedSeed(), shanghaiDoc()];
  return buildDataPackage(
    docs.map((doc) => ({ doc, findings: checkDisclosure(doc).findings })),
    { name: packageName([2024]), title: '测试', created: '2026-12-02T00:00:00.000Z' },
  );
}

describe('open-data package', () => {
  it('validates against the Data Package and Table Schema profiles, and every CSV against its schema', () => {
    expect(validatePackage(pkg())).toEqual([]);
  });

  it('has one row per printed cell, with the figure as a number and as printed', () => {
    const files = pkg();
    const [header, ...rows] = parseCsv(files['cells.csv']!);
    const seed = parsedSeed();
    const printed = seed.tables
      .flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)))
      .filter((c) => c.value.kind !== 'blank');
    const col = (n: string) => header!.indexOf(n);
    const seedRows = rows.filter((r) => r[col('organisation')] === seed.meta.name);
    expect(seedRows).toHaveLength(printed.length);
    // The seed's 收入支出决算总表 总计, as the document prints it.
    const t01 = seed.tables.find((t) => t.id === 't01')!;
    const total = t01.rows.find((r) => r.cells['in.amount'] && /总计/.test(r.label))!;
    const line = seedRows.find((r) => r[col('table')] === 't01' && r[col('row_key')] === total.key)!;
    expect(line[col('printed')]).toBe(total.cells['in.amount']!.raw);
    expect(Number(line[col('value')])).toBe(Number(total.cells['in.amount']!.raw.replace(/,/g, '')));
    expect(line[col('unit')]).toBe('万元');
  });

  it('the validator catches a duplicate primary key, a dangling foreign key and a wrong type', () => {
    const files = { ...pkg() };
    const lines = files['cells.csv']!.split('\r\n');
    files['cells.csv'] = [...lines.slice(0, 3), lines[1]!, ...lines.slice(3)].join('\r\n');
    files['findings.csv'] = files['findings.csv']!.replace(/\r\n2024\/决算\/部门\/海东/, '\r\n2099/决算/部门/海东');
    files['documents.csv'] = files['documents.csv']!.replace(',2024,', ',二〇二四,');
    const problems = validatePackage(files).join('\n');
    expect(problems).toMatch(/duplicate primary key/);
    expect(problems).toMatch(/foreign key 2099/);
    expect(problems).toMatch(/year="二〇二四" is not integer/);
  });

  it('the profiles reject a descriptor the specification forbids', () => {
    const files = pkg();
    const d = JSON.parse(files['datapackage.json']!) as { name: string; resources: { schema: object }[] };
    d.name = 'Not A Valid Name';
    d.resources[0]!.schema = { fields: 'none' };
    expect(validatePackage({ ...files, 'datapackage.json': JSON.stringify(d) }).join('\n')).toMatch(
      /datapackage\.json:.*name/,
    );
  });
});
