import type { Rule } from '../types.js';
import { completenessEmptyTableNote } from './completeness-empty-table-note.js';
import { completenessMissingSection } from './completeness-missing-section.js';
import { completenessMissingTable } from './completeness-missing-table.js';
import { completenessTocHeadings } from './completeness-toc-headings.js';
import { crossT05WithinT03 } from './cross-t05-within-t03.js';
import { crossTableIdentities } from './cross-table-identities.js';
import { integrityAmounts } from './integrity-amounts.js';
import { integrityDuplicateTable } from './integrity-duplicate-table.js';
import { formulaCustom } from './formula-custom.js';
import { narrativeAmountVsTable } from './narrative-amount-vs-table.js';
import { narrativeComparisonWord } from './narrative-comparison-word.js';
import { narrativeDirectionWord } from './narrative-direction-word.js';
import { narrativeExecutionRate } from './narrative-execution-rate.js';
import { narrativeGrowthRate } from './narrative-growth-rate.js';
import { narrativeNumbering } from './narrative-numbering.js';
import { narrativePercentSign } from './narrative-percent-sign.js';
import { narrativePlaceholder } from './narrative-placeholder.js';
import { narrativeShare } from './narrative-share.js';
import { narrativeItemList } from './narrative-item-list.js';
import { narrativeThreePublicList } from './narrative-three-public-list.js';
import { narrativeItemNames } from './narrative-item-names.js';
import { narrativeBudgetExecutionRate } from './narrative-budget-execution-rate.js';
import { narrativePartsVsWhole } from './narrative-parts-vs-whole.js';
import { narrativeCopiedDescription } from './narrative-copied-description.js';
import { narrativeRestatedQuantity } from './narrative-restated-quantity.js';
import { narrativeTypography } from './narrative-typography.js';
import { narrativeYear } from './narrative-year.js';
import { performanceExecutionRate } from './performance-execution-rate.js';
import { performanceNarrativeVsTable } from './performance-narrative-vs-table.js';
import { performanceScoreTotal } from './performance-score-total.js';
import { performanceSectionTotals } from './performance-section-totals.js';
import { performanceWeightTotal } from './performance-weight-total.js';
import { sumBalance } from './sum-balance.js';
import { sumEconomicHierarchy } from './sum-economic-hierarchy.js';
import { sumFunctionalHierarchy } from './sum-functional-hierarchy.js';
import { sumProcurement } from './sum-procurement.js';
import { sumRowColumns } from './sum-row-columns.js';
import { sumThreePublic } from './sum-three-public.js';

/**
 * Every rule, in the order findings are reported. The registry is explicit and frozen: a new rule is a new
 * file, one line here, a test file next to it and its entry in docs/rules.md (scripts/gen-rules-doc.ts).
 */
export const RULES: readonly Rule[] = Object.freeze([
  integrityDuplicateTable,
  integrityAmounts,
  completenessMissingTable,
  completenessMissingSection,
  completenessEmptyTableNote,
  completenessTocHeadings,
  sumFunctionalHierarchy,
  sumRowColumns,
  sumBalance,
  sumEconomicHierarchy,
  sumThreePublic,
  sumProcurement,
  crossTableIdentities,
  crossT05WithinT03,
  narrativeAmountVsTable,
  narrativeShare,
  narrativeExecutionRate,
  narrativeGrowthRate,
  narrativeDirectionWord,
  narrativeComparisonWord,
  narrativeNumbering,
  narrativePercentSign,
  narrativePlaceholder,
  narrativeTypography,
  narrativeYear,
  narrativePartsVsWhole,
  narrativeCopiedDescription,
  narrativeRestatedQuantity,
  narrativeItemList,
  narrativeThreePublicList,
  narrativeItemNames,
  narrativeBudgetExecutionRate,
  performanceExecutionRate,
  performanceWeightTotal,
  performanceScoreTotal,
  performanceNarrativeVsTable,
  performanceSectionTotals,
  formulaCustom,
]);

/** The module file of each rule (rules/<file>.ts), for the registry test and docs. */
export function ruleFile(id: string): string {
  return id.replace('/', '-');
}

export function getRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
