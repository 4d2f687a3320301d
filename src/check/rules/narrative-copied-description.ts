import { foldForMatching } from '../../model/concepts/text.js';
import { paragraphsOf, type PlacedParagraph } from '../fix/locate.js';
import type { Report, Rule } from '../types.js';

/** "主要用于：局本部人员经费及公用经费等的基本支出。" — what an item's money was used for. */
const USE = /主要用于[：:]?\s*([^。；;]+)/g;

/** Two different items with the same "主要用于…" text: likely copied and not adapted. */
export const narrativeCopiedDescription: Rule = {
  meta: {
    id: 'narrative/copied-description',
    category: 'narrative',
    title: '不同项目的用途说明雷同',
    description:
      '情况说明中两个不同的支出项目（不同的功能分类项或款）写了完全相同的“主要用于……”说明，可能是复制后未修改，作警告。',
    example:
      '“（3）信息化建设（项）……主要用于：局本部人员经费及公用经费等的基本支出”与“（1）行政运行（项）”的说明完全相同',
    defaultSeverity: 'warning',
    noFixReason: '各项目的实际用途只有编制人知道，请人工改写',
    subject: ['item'],
    messages: {
      copied: '“{{item}}”的用途说明“主要用于{{use}}”与“{{other}}”完全相同，可能是复制后未修改',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const seen = new Map<string, PlacedParagraph>();
    for (const p of paragraphsOf(doc)) {
      for (const m of p.para.text.matchAll(USE)) {
        const use = (m[1] ?? '').trim();
        const key = foldForMatching(use);
        // A placeholder ("主要用于：XXXXXXXX") is narrative/placeholder's: one cause, one finding.
        if (key.length < 6 || key.startsWith('以下') || /[XＸ×x]{2,}|某某/.test(use)) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, p);
          continue;
        }
        if (first.owner === p.owner || first.owner.title === p.owner.title) continue;
        out.push({
          messageId: 'copied',
          certainty: 'suspicious',
          data: { item: title(p), use: `：${use}`, other: title(first) },
          locations: [{ sectionPath: p.path, ...(p.para.source ? { source: p.para.source } : {}) }],
          related: [{ sectionPath: first.path, ...(first.para.source ? { source: first.para.source } : {}) }],
        });
      }
    }
    return out;
  },
};

const title = (p: PlacedParagraph) => `${p.owner.numbering?.raw ?? ''}${p.owner.title}`;
