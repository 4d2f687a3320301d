import { SHANGHAI_SCHEMAS } from '../schemas/shanghai.js';
import { PERSONNEL_CLASSES } from '../concepts/staff-costs.js';
import type { LayoutDefinition } from './types.js';

/**
 * 上海版式 (附件2 部门决算模板 2024; the 普陀区 documents follow it): nine tables without numbers or 栏次, 三公
 * before the fund tables, t06 in two blocks, 机关运行经费 and 政府采购 only in the 情况说明 (under 其他重要事项),
 * change sentences "与 2023 年度相比，…增加 X 万元，增长 Y%".
 */
export const SHANGHAI: LayoutDefinition = {
  id: 'shanghai',
  name: '上海版式',
  shortName: '上海',
  documentKind: '决算',
  schemas: SHANGHAI_SCHEMAS,
  narrativeOnlyTables: ['t10', 't11'],
  capabilities: {
    columnNumbers: false,
    economicBlocks: [PERSONNEL_CLASSES, ['*']],
    emptyFundNote: true,
    factsBeyondTables: true,
  },
  requiredSections: [
    { match: /^收入支出决算总体/, title: '收入支出决算总体情况说明' },
    { match: /^收入决算/, title: '收入决算情况说明' },
    { match: /^支出决算/, title: '支出决算情况说明' },
    { match: /^财政拨款收入支出决算总体/, title: '财政拨款收入支出决算总体情况说明' },
    { match: /一般公共预算财政拨款支出决算/, title: '一般公共预算财政拨款支出决算情况说明' },
    { match: /基本支出/, title: '一般公共预算财政拨款基本支出决算情况说明' },
    { match: /三公/, title: '财政拨款“三公”经费支出决算情况说明' },
    { match: /政府性基金/, title: '政府性基金预算财政拨款收入支出决算情况说明' },
    { match: /国有资本经营/, title: '国有资本经营预算财政拨款收入支出决算情况说明' },
    { match: /绩效/, title: '预算绩效管理情况' },
    { match: /其他重要事项/, title: '其他重要事项说明' },
  ],
  signature: [
    { in: 'cover', pattern: /^上海市/, weight: 3, says: '封面单位名称以“上海市”开头' },
    { in: 'toc', pattern: /预算绩效管理情况$/, weight: 2, says: '目录有“预算绩效管理情况”' },
    { in: 'toc', pattern: /其他重要事项说明$/, weight: 1, says: '目录有“其他重要事项说明”' },
    { in: 'toc', pattern: /部门决算单位构成$/, weight: 1, says: '目录有“部门决算单位构成”' },
  ],
  writer: 'shanghai',
  phrasing: {
    changeLead: (fiscalYear) => `与 ${fiscalYear - 1} 年度相比，`,
    changeLeadPattern: String.raw`与\s*\d{4}\s*年度?相比\s*[，,]?`,
    sectionTitles: {
      total: '收入支出决算总体情况说明',
      income: '收入决算情况说明',
      expenditure: '支出决算情况说明',
      fiscal: '财政拨款收入支出决算总体情况说明',
      gpb: '一般公共预算财政拨款支出决算情况说明',
      basic: '一般公共预算财政拨款基本支出决算情况说明',
      threePublic: '财政拨款“三公”经费支出决算情况说明',
      govfund: '政府性基金预算财政拨款收入支出决算情况说明',
      soe: '国有资本经营预算财政拨款收入支出决算情况说明',
      performance: '预算绩效管理情况',
      other: '其他重要事项的情况说明',
    },
  },
};
