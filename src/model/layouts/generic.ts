import { ANY_CHANGE_LEAD } from './phrasing.js';
import type { LayoutDefinition } from './types.js';

/**
 * The explicit path for a document that matches no known layout: its tables are recognised by the title and
 * header of any registered schema (each keeps the schema it was read with), and no layout-specific check runs
 * (no required tables or sections). It has no writer: a 情况说明 is written in a known layout's conventions.
 */
export const GENERIC: LayoutDefinition = {
  id: 'generic',
  name: '未识别版式',
  shortName: '通用',
  documentKind: '决算',
  schemas: [],
  narrativeOnlyTables: [],
  capabilities: { columnNumbers: false, economicBlocks: [['*']], emptyFundNote: false, factsBeyondTables: false },
  requiredSections: [],
  signature: [],
  phrasing: {
    changeLead: () => '比上年',
    // Any common lead (比上年, 较上年, 同比, 与2023年度相比 …): a document of no known layout may use any.
    changeLeadPattern: ANY_CHANGE_LEAD,
    sectionTitles: {},
  },
  generic: true,
};
