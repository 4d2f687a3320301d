/** Configuration files and rule options. */
export const CONFIG_MESSAGES = {
  'config.formula': '{{file}}：formulas 第 {{index}} 项：{{reason}}',
  'config.formulaAt': '审核公式“{{formula}}”第 {{position}} 个字符处：{{reason}}',
  'config.formulaEmpty': '公式为空',
  'config.invalid': '{{file}}：{{problems}}',
  'config.limitValue': '{{file}}：limits.{{name}}（{{nameZh}}）的取值“{{value}}”无效',
  'config.ruleOptions': '规则“{{rule}}”的选项有误：{{problems}}',
  'config.syntax': '{{file}}：配置文件格式错误（不是有效的 {{format}}{{place}}）',
  'config.unreadable': '{{file}}：无法读取配置文件',
} as const;
