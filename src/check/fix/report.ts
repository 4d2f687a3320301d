import type { Finding, Location } from '../../model/finding.js';
import { where } from '../formatters/group.js';
import type { AppliedFix } from './apply.js';
import { whyNotFixed } from './unfixable.js';

/** What `juesuan fix` did, for a person: each change before → after with its place, then what is left and why. */
export interface FixSummary {
  readonly applied: readonly AppliedFix[];
  /** Errors and warnings that remain after fixing. */
  readonly remaining: readonly Finding[];
  readonly passes: number;
}

const place = (loc: Location | undefined) => {
  const w = where(loc);
  const top = loc?.sectionPath?.[0];
  return [top, w].filter(Boolean).join('，') || '文档';
};

/** The Chinese list `juesuan fix` prints. */
export function formatFixSummary(s: FixSummary): string {
  const out: string[] = [];
  if (s.applied.length === 0) out.push('没有可以自动修正的问题。');
  else out.push(`已修正 ${s.applied.length} 处（${s.passes} 轮）：`);
  s.applied.forEach((a, i) => {
    out.push(
      `  ${i + 1}. ${place(a.location)}`,
      `     “${a.before}” → “${a.after}”`,
      `     （${a.ruleId}）${a.message}`,
    );
  });
  if (s.remaining.length > 0) {
    out.push('', `未能自动修正 ${s.remaining.length} 处：`);
    s.remaining.forEach((f, i) => {
      const sev = f.severity === 'error' ? '错误' : '警告';
      out.push(
        `  ${i + 1}. [${sev}] ${place(f.locations[0])}：${f.message}`,
        `     原因：${whyNotFixed(f)}（${f.ruleId}）`,
      );
    });
  }
  return out.join('\n');
}
