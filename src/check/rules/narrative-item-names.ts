import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/finding.js';
import { foldForMatching, unifyBracketsAndQuotes } from '../../model/concepts/text.js';
import type { Row, Table } from '../../model/table.js';
import type { Report, Rule } from '../types.js';
import { textPieces } from './text-scan.js';

/** "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）" (类 optional). */
const NAME = String.raw`((?:[^（）。，,：:；;、\d]|（[^（）类款项]{1,4}）){2,40}?)`;
const ITEM = new RegExp(String.raw`(?:${NAME}（类）)?${NAME}（款）${NAME}（项）`, 'g');
/** A placeholder name ("XX（款）") is narrative/placeholder's. */
const PLACEHOLDER = /[XＸ×x]{2,}|某某/;
/** A functional code followed by a name: "2080101 行政运行", "208 社会保障和就业支出". */
const CODE_NAME = /(?<![\d.])(\d{3}|\d{5}|\d{7})(?![\d.])\s*([\p{Script=Han}]{2,30})/gu;

/** The table whose function rows name the items: t05 (一般公共预算), else t03, else any. */
function functionTable(doc: Disclosure): Table | undefined {
  const withCodes = (t: Table) => t.rows.some((r) => r.code?.length === 7);
  return (
    doc.tables.find((t) => t.id === 't05' && withCodes(t)) ??
    doc.tables.find((t) => t.id === 't03' && withCodes(t)) ??
    doc.tables.find(withCodes)
  );
}

const fold = (s: string) => foldForMatching(s.replace(/^[\s\d.、（）()]+/, ''));

/** Class and item names in the 情况说明 are the tables' names for the same codes. */
export const narrativeItemNames: Rule = {
  meta: {
    id: 'narrative/item-names',
    category: 'narrative',
    title: '科目名称与报表一致',
    description:
      '情况说明中“××（类）××（款）××（项）”的名称应是报表中同一科目的名称：款名或项名在报表中找不到（可能是科目改革前的旧名称或笔误）、项不在所写的款之下（可能写成了别的科目）时警告；紧跟科目编码的名称与报表中该编码的名称不同时报错。单位决算（预算）中写“部门决算（预算）”时警告。',
    example: '“社会保障和就业支出（类）人力资源和社会保障管理事务（款）综合业务（项）”：报表中该款下为“综合业务管理”',
    defaultSeverity: 'error',
    noFixReason: '名称写错时无法确定应改成哪一个科目，请对照报表修改',
    subject: ['name'],
    messages: {
      unknown: '{{level}}名“{{name}}”在{{table}}中找不到，可能是旧科目名称或笔误',
      notUnder: '“{{item}}”（项）不在“{{parent}}”（款）之下（报表中在“{{actualParent}}”下），可能写成了别的科目',
      codeName: '编码 {{code}} 后写“{{name}}”，{{table}}中 {{code}} 为“{{label}}”',
      wrongScope: '本文档是单位{{kind}}，却写作“{{phrase}}”',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const table = functionTable(doc);
    const rows = table?.rows.filter((r) => r.code) ?? [];
    const byLabel = (len: number, name: string, prefix = '') =>
      rows.filter((r) => r.code?.length === len && r.code.startsWith(prefix) && fold(r.label) === fold(name));
    const kind = doc.meta.documentKind ?? '决算';
    // An empty table (a template) names nothing: its rows are the classification, not what was spent.
    const filled = rows.some((r) =>
      Object.values(r.cells).some((c) => c.value.kind === 'amount' && c.value.amount.minor !== 0),
    );
    const seen = new Set<string>(); // a run-in heading repeats its first paragraph: one finding per place and name
    const push = (r: Report) => {
      const key = `${r.messageId}|${String(r.data?.name ?? '')}|${r.locations[0]?.sectionPath?.join('›') ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    for (const p of textPieces(doc, { tables: false })) {
      const text = unifyBracketsAndQuotes(p.text);
      const loc: Location = p.location;
      if (table && filled && (p.where === 'paragraph' || p.where === 'heading')) {
        for (const m of text.matchAll(ITEM)) {
          if (!PLACEHOLDER.test(m[0])) item(m, table, rows, byLabel, loc).forEach(push);
        }
        for (const m of text.matchAll(CODE_NAME)) {
          const row = rows.find((r) => r.code === m[1]);
          const name = m[2] ?? '';
          if (!row) continue;
          const a = fold(name);
          const b = fold(row.label);
          if (a.startsWith(b) || b.startsWith(a)) continue;
          push({
            messageId: 'codeName',
            data: { code: m[1] ?? '', name, table: table.title, label: row.label },
            locations: [loc],
            expected: row.label,
            actual: name,
          });
        }
      }
      if (doc.meta.kind === '单位') {
        for (const m of text.matchAll(new RegExp(`(?<![主管])部门${kind}`, 'g'))) {
          push({
            messageId: 'wrongScope',
            certainty: 'suspicious',
            data: { kind, phrase: m[0], name: m[0] },
            locations: [loc],
            expected: `单位${kind}`,
            actual: m[0],
          });
          break;
        }
      }
    }
    return out;
  },
};

function item(
  m: RegExpMatchArray,
  table: Table,
  rows: readonly Row[],
  byLabel: (len: number, name: string, prefix?: string) => Row[],
  loc: Location,
): Report[] {
  const cls = m[1] ? byLabel(3, m[1].trim())[0] : undefined;
  const kuanName = (m[2] ?? '').trim();
  const xiangName = (m[3] ?? '').trim();
  const kuans = byLabel(5, kuanName, cls?.code ?? '');
  const unknown = (level: string, name: string): Report => ({
    messageId: 'unknown',
    certainty: 'suspicious',
    data: { level, name, table: table.title },
    locations: [loc],
    actual: name,
  });
  if (kuans.length === 0) return byLabel(5, kuanName).length > 0 ? [] : [unknown('款', kuanName)];
  if (kuans.some((k) => byLabel(7, xiangName, k.code ?? '').length > 0)) return [];
  const elsewhere = byLabel(7, xiangName)[0];
  if (!elsewhere) return [unknown('项', xiangName)];
  const parent = rows.find((r) => r.code === elsewhere.code?.slice(0, 5));
  return [
    {
      messageId: 'notUnder',
      certainty: 'suspicious',
      data: { item: xiangName, parent: kuanName, actualParent: parent?.label ?? elsewhere.code ?? '', name: xiangName },
      locations: [loc],
      actual: `${kuanName}（款）${xiangName}（项）`,
    },
  ];
}
