import type { Duty, GlossaryTerm, Overview } from '../../model/disclosure.js';
import type { Paragraph, Section } from '../../model/narrative.js';
import { parseChineseNumeral } from '../../model/concepts/numerals.js';

/** 部门概况: duties are the numbered items under 部门职责 / 主要职能; 机构设置 keeps its paragraphs. */
export function readOverview(sections: readonly Section[], preamble: readonly Paragraph[]): Overview {
  const dutiesSection = sections.find((s) => /职责|职能/.test(s.title));
  const orgSection = sections.find((s) => /机构设置|单位构成|机构/.test(s.title));
  const duties: Duty[] = (dutiesSection?.children ?? []).map((c, i) => ({
    ordinal: c.numbering?.ordinal ?? i + 1,
    numbering: c.numbering?.raw ?? '',
    text: (c.paragraphs[0]?.text.startsWith(c.title) ? [] : [c.title]).concat(c.paragraphs.map((p) => p.text)).join(''),
    ...(c.source ? { source: c.source } : {}),
  }));
  const organization = orgSection ? flattenParagraphs(orgSection) : [...preamble];
  const text = organization.map((p) => p.text).join('');
  const unitMatch = /(?:预算单位|单位)共计?\s*(\d+|[一二三四五六七八九十]+)\s*个/.exec(text);
  const unitCount = unitMatch ? parseCount(unitMatch[1] ?? '') : undefined;
  return {
    duties,
    organization,
    ...(unitCount !== undefined ? { unitCount } : {}),
    internalBodies: internalBodies(text),
  };
}

function parseCount(s: string): number | undefined {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** "内设机构 8 个，具体为：劳动维权科、…、办公室 6 个职能科室及品牌产业服务中心、人事考试中心 2 个正科级事业单位。" */
function internalBodies(text: string): string[] {
  const m = /内设机构[^：:]*[：:]([^。]+)/.exec(text);
  if (!m) return [];
  return (m[1] ?? '')
    .split(/、|及(?![^（(]*[）)])/)
    .map((s) => s.replace(/\s*\d+\s*个.*$/, '').trim())
    .filter((s) => s !== '');
}

export function flattenParagraphs(section: Section): Paragraph[] {
  return [...section.paragraphs, ...section.children.flatMap((c) => flattenParagraphs(c))];
}

/** 名词解释: "term：definition" paragraphs, numbered or not. */
export function readGlossary(paragraphs: readonly Paragraph[], sections: readonly Section[]): GlossaryTerm[] {
  const all = [...paragraphs, ...sections.flatMap((s) => flattenParagraphs(s))];
  const terms: GlossaryTerm[] = [];
  for (const p of all) {
    const m = /^([^：:。，]{1,30})[：:](.+)$/.exec(p.text);
    if (!m) continue;
    terms.push({
      term: (m[1] ?? '').trim(),
      definition: (m[2] ?? '').trim(),
      ...(p.source ? { source: p.source } : {}),
    });
  }
  return terms;
}
