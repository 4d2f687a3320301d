import { IngestError } from '../errors.js';
import { squash } from '../../model/concepts/text.js';
import type { PageLayout } from './layout.js';

const COVER_TITLE = /(\d{4})\s*年度?\s*(部门|单位)?决算/;

export interface Cover {
  name: string;
  region?: string;
  year: number;
  kind: '部门' | '单位';
  title: string;
}

/** The cover: the department's name (possibly over two lines), then "2024 年度部门决算". */
export function readCover(first: readonly PageLayout[], file: string): Cover {
  // The cover is the first page with text (some PDFs open with a blank or image-only page).
  const page = first.find((p) => p.items.some((i) => i.kind === 'line'));
  const lines = page?.items.flatMap((i) => (i.kind === 'line' ? [i.line] : [])) ?? [];
  const idx = lines.findIndex((l) => COVER_TITLE.test(squash(l.text)));
  const titleLine = lines[idx];
  if (!titleLine) {
    throw new IngestError('不是部门决算公开文档：封面找不到“XXXX 年度部门决算”字样', { file, page: 1 });
  }
  const flat = squash(titleLine.text);
  const m = COVER_TITLE.exec(flat);
  const name =
    squash(
      lines
        .slice(0, idx)
        .map((l) => l.text)
        .join(''),
    ) || flat.slice(0, m?.index ?? 0);
  if (name === '') throw new IngestError('封面缺少部门（单位）名称', { file, page: 1 });
  // 上海市普陀区…局 → 上海市普陀区; 上海市XX局 → 上海市.
  const region = /^(.+?[省市州盟](?:[^区县旗市]{1,4}[区县旗])?)/.exec(name)?.[1];
  return {
    name,
    ...(region && region.length < name.length ? { region } : {}),
    year: Number(m?.[1]),
    kind: m?.[2] === '单位' ? '单位' : '部门',
    title: flat.slice(m?.index ?? 0),
  };
}
