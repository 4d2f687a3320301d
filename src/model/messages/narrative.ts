/** The writer's notes on its input (what the narrative needs and was not given). */
export const NARRATIVE_MESSAGES = {
  'writer.noWriter': '{{layout}}没有情况说明的写法，无法生成情况说明；请选择已知的版式（{{known}}）',
  'writer.missingReason': '缺少原因说明：“{{sentence}}”需要填写主要原因（原因表中的“{{key}}”）',
} as const;
