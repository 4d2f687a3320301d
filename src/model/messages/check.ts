/** The checker's own sentences (rule findings keep their per-rule `meta.messages`, listed by src/app/messages.ts). */
export const CHECK_MESSAGES = {
  'check.ruleFailed': '审核规则“{{rule}}”未能完成：{{reason}}',
  'check.ruleInternal': '程序内部错误（多半是文档中有异常的数值，详细信息见 JSON 输出的 data.detail）',
} as const;
