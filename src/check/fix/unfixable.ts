import type { Finding } from '../../model/finding.js';
import { getRule } from '../rules/index.js';

/**
 * Why a finding was left for a person: the rule's own reason, else what makes any fix uncertain (a table figure:
 * which cell is wrong cannot be known; a suspicion: it may be right; a sentence whose correct text is open).
 */
export function whyNotFixed(f: Finding): string {
  if (f.fix) return '与同一处的另一修改重叠，或原文在修改后已变化，请重新运行';
  const rule = getRule(f.ruleId);
  if (rule?.meta.noFixReason) return rule.meta.noFixReason;
  if (f.ruleId.startsWith('import/')) return '导入时发现的问题，需核对原文件';
  if (f.locations[0]?.table) return '问题在报表中：自动修正不改动报表，也无法确定哪一个数有误，请人工核对';
  if (f.severity !== 'error') return '只是疑点，未必有误，不自动修改';
  return '正确的文字无法由报表和句中数字唯一确定，请人工修改';
}
