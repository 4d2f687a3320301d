import type { Amount } from '../../model/money.js';
import { formatAmount } from '../../model/money.js';
import type { Report, Rule } from '../types.js';
import { cellLocation, columnName } from '../locate.js';

/** Decimals a table may print: 元 and 万元 alike are printed to the 分 or the 百元 (two decimals). */
export const UNIT_DECIMALS = 2;

/**
 * The largest amount a departmental table can sensibly hold: 10¹⁰ 万元 (100 万亿元) is more than a whole
 * country's budget, so anything beyond is a typing or conversion error (1e20, a pasted ID number …).
 */
export const MAX_AMOUNT = { 万元: 1e10, 元: 1e14 } as const;

/** Rows or columns where a negative amount can be right: balances, adjustments and changes. */
const SIGNED = /结转|结余|增减|差额|变动|调整|增长|减少|净/;

function magnitude(a: Amount): number {
  return Math.abs(a.minor) / 10 ** a.scale;
}

/** Every amount cell is a finite decimal in a sane range, printed with at most the unit's decimals, and ≥ 0 where the table wants it. */
export const integrityAmounts: Rule = {
  meta: {
    id: 'integrity/amounts',
    category: 'integrity',
    title: '金额无效',
    description:
      '报表中每个金额都应是有限的数字，不超过合理范围（10 万亿元），最多两位小数；收入、支出等金额不应为负数，只有结转结余、增减变动等栏目可以为负（此时给出警告，请核实）。',
    example: '公开05表“基本支出”为 -430.76 万元：支出金额不应为负数',
    defaultSeverity: 'error',
    messages: {
      invalid: '“{{row}}”的“{{column}}”不是有效的金额（{{value}}），请核对',
      range: '“{{row}}”的“{{column}}”为 {{value}} {{unit}}，超出合理范围，可能是输入或单位错误',
      decimals: '“{{row}}”的“{{column}}”为 {{value}}，有 {{scale}} 位小数；金额最多保留 {{max}} 位小数',
      negative: '“{{row}}”的“{{column}}”为 {{value}} {{unit}}：此栏金额不应为负数',
      negativeSigned: '“{{row}}”的“{{column}}”为负数（{{value}} {{unit}}），请核实',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const table of doc.tables) {
      const max = MAX_AMOUNT[table.unit] ?? MAX_AMOUNT.元;
      for (const row of table.rows) {
        for (const [column, cell] of Object.entries(row.cells)) {
          if (cell.value.kind !== 'amount') continue;
          const a = cell.value.amount;
          const at = () => cellLocation(doc, { table: table.id, rowKey: row.key, column });
          const data = { row: row.label || row.key, column: columnName(table, column), unit: table.unit };
          if (!Number.isSafeInteger(a.minor) || !Number.isInteger(a.scale) || a.scale < 0 || a.scale > 20) {
            out.push({
              messageId: 'invalid',
              data: { ...data, value: cell.raw || String(a.minor) },
              locations: [at()],
            });
            continue;
          }
          const value = formatAmount(a);
          if (magnitude(a) > max) {
            out.push({ messageId: 'range', data: { ...data, value }, locations: [at()], actual: value });
          } else if (a.scale > UNIT_DECIMALS && a.minor % 10 ** (a.scale - UNIT_DECIMALS) !== 0) {
            out.push({
              messageId: 'decimals',
              data: { ...data, value, scale: a.scale, max: UNIT_DECIMALS },
              locations: [at()],
              actual: value,
            });
          }
          if (a.minor < 0) {
            const signed = SIGNED.test(data.row) || SIGNED.test(data.column);
            out.push({
              messageId: signed ? 'negativeSigned' : 'negative',
              data: { ...data, value },
              locations: [at()],
              actual: value,
              certainty: signed ? 'suspicious' : 'certain',
            });
          }
        }
      }
    }
    return out;
  },
};
