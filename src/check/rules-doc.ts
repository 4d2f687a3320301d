import type { Rule } from './types.js';

const CATEGORY_ZH = {
  integrity: '数据有效性',
  completeness: '完整性',
  sum: '表内运算',
  cross: '表间勾稽',
  narrative: '情况说明',
  performance: '绩效自评',
  formula: '审核公式',
} as const;
const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** docs/rules.md, generated from the rules' metadata (scripts/gen-rules-doc.ts writes it; a test keeps it fresh). */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# 审核规则',
    '',
    '<!-- 本文件由 scripts/gen-rules-doc.ts 根据各规则的元数据生成，请勿手工修改。 -->',
    '',
    '级别：**错误**表示任何未经四舍五入的数都不能使其成立；**警告**表示可疑但可能成立；**提示**表示差异可由尾数四舍五入解释。',
    '配置文件中可关闭规则或调整级别（见 `juesuan.config.example.yaml`）；由四舍五入可解释的差异始终不高于“提示”。',
    '',
    '标有“可自动修正”的规则在结论确定、正确文字唯一时附带修正：`juesuan fix 输入 -o 输出` 会改正情况说明中的这些文字（不改动报表和原因说明），并列出未能修正的问题及原因。',
    '',
    '| 规则 | 名称 | 类别 | 默认级别 | 自动修正 |',
    '|---|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| [\`${r.meta.id}\`](#${anchor(r.meta.id)}) | ${r.meta.title} | ${CATEGORY_ZH[r.meta.category]} | ${SEVERITY_ZH[r.meta.defaultSeverity]} | ${r.meta.fixable ? '可' : ''} |`,
    ),
    '',
  ];
  for (const r of rules) {
    lines.push(
      `## ${r.meta.id}`,
      '',
      `**${r.meta.title}**（${CATEGORY_ZH[r.meta.category]}，默认级别：${SEVERITY_ZH[r.meta.defaultSeverity]}${r.meta.fixable ? '，可自动修正' : ''}）`,
      '',
      r.meta.description,
      '',
      `示例：${r.meta.example}`,
      '',
      '消息：',
      '',
      ...Object.entries(r.meta.messages).map(([id, text]) => `- \`${id}\`：${text}`),
      '',
    );
  }
  return lines.join('\n');
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}
