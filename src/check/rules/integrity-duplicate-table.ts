import type { Report, Rule } from '../types.js';

/** A table appears once: a second copy is either a mistake or a conflicting version the checker would ignore. */
export const integrityDuplicateTable: Rule = {
  meta: {
    id: 'integrity/duplicate-table',
    category: 'integrity',
    title: '报表重复',
    description:
      '每张报表只应出现一次。同一张表出现两次时，审核只会核对其中一张，生成的文档却会把两张都印出来，请删去多余的一张。',
    example: '“收入支出决算总表”（t01）出现了 2 次',
    defaultSeverity: 'error',
    messages: { duplicate: '“{{title}}”（{{table}}）出现了 {{count}} 次，每张表只应出现一次' },
  },
  run({ doc }) {
    const seen = new Map<string, number>();
    for (const t of doc.tables) seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
    const out: Report[] = [];
    for (const [id, count] of seen) {
      if (count < 2) continue;
      const copies = doc.tables.filter((t) => t.id === id);
      out.push({
        messageId: 'duplicate',
        data: { title: copies[0]?.title ?? id, table: id, count },
        locations: copies.map((t) => ({ table: id, ...(t.source ? { source: t.source } : {}) })),
      });
    }
    return out;
  },
};
