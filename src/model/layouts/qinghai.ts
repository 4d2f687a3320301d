import { QINGHAI_SCHEMAS } from '../schemas/qinghai.js';
import { PERSONNEL_CLASSES } from '../concepts/staff-costs.js';
import type { LayoutDefinition } from './types.js';

/**
 * 青海版式 (the seed: 海东市人力资源和社会保障局 2024): eleven tables numbered 公开01表…公开11表 with 栏次 rows,
 * t06 in three blocks, thirteen 情况说明 sections, change sentences "比上年…增加 X 万元，增长 Y%".
 */
export const QINGHAI: LayoutDefinition = {
  id: 'qinghai',
  name: '青海版式',
  shortName: '青海',
  documentKind: '决算',
  schemas: QINGHAI_SCHEMAS,
  narrativeOnlyTables: [],
  capabilities: {
    columnNumbers: true,
    economicBlocks: [PERSONNEL_CLASSES, ['302'], ['*']],
    emptyFundNote: false,
    factsBeyondTables: false,
  },
  requiredSections: [
    { match: /^收入支出决算总体/, title: '收入支出决算总体情况说明' },
    { match: /^收入决算/, title: '收入决算情况说明' },
    { match: /^支出决算/, title: '支出决算情况说明' },
    { match: /^财政拨款收入支出决算总体/, title: '财政拨款收入支出决算总体情况说明' },
    { match: /一般公共预算财政拨款支出决算/, title: '一般公共预算财政拨款支出决算情况说明' },
    { match: /基本支出/, title: '一般公共预算财政拨款基本支出决算情况说明' },
    { match: /政府性基金/, title: '政府性基金预算财政拨款收入支出决算情况说明' },
    { match: /国有资本经营/, title: '国有资本经营预算财政拨款收入支出决算情况说明' },
    { match: /三公/, title: '财政拨款“三公”经费支出决算情况说明' },
    { match: /机关运行经费/, title: '机关运行经费支出情况说明' },
    { match: /政府采购/, title: '政府采购支出情况说明' },
    { match: /绩效/, title: '绩效评价情况说明' },
    { match: /其他重要事项/, title: '其他重要事项的情况说明' },
  ],
  signature: [
    { in: 'any', pattern: /公开\s*\d{1,2}\s*表/, weight: 5, says: '表号为“公开NN表”' },
    { in: 'tables', pattern: /^机关运行经费支出(?:情况|决算)表$/, weight: 2, says: '有“机关运行经费支出情况表”' },
    { in: 'tables', pattern: /^政府采购支出(?:情况|决算)表$/, weight: 2, says: '有“政府采购支出情况表”' },
    { in: 'toc', pattern: /部门决算公开报表$/, weight: 1, says: '目录写“部门决算公开报表”' },
    { in: 'cover', pattern: /青海/, weight: 3, says: '封面写有“青海”' },
  ],
  writer: 'qinghai',
  phrasing: {
    changeLead: () => '比上年',
    changeLeadPattern: '比上年',
    sectionTitles: {
      total: '收入支出决算总体情况说明',
      income: '收入决算情况说明',
      expenditure: '支出决算情况说明',
      fiscal: '财政拨款收入支出决算总体情况说明',
      gpb: '一般公共预算财政拨款支出决算情况说明',
      basic: '一般公共预算财政拨款基本支出决算情况说明',
      govfund: '政府性基金预算财政拨款收入支出决算情况说明',
      soe: '国有资本经营预算财政拨款收入支出决算情况说明',
      threePublic: '财政拨款“三公”经费支出决算情况说明',
      adminCost: '机关运行经费支出情况说明',
      procurement: '政府采购支出情况说明',
      performance: '关于 {{year}} 年度绩效评价情况说明',
      other: '其他重要事项情况说明',
    },
  },
};
