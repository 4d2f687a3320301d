import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  compareDisclosures,
  comparisonXlsx,
  RANKING_FIGURES,
  rankDisclosures,
  rankingsXlsx,
  type OtherDocument,
  type RankingFigure,
} from '../../app/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Visibility } from '../../store/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, Kind } from '../schemas.js';
import { visibilityOf } from '../visibility.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_RANKED = 2000;

const CompareQuery = Type.Object({
  a: Type.Integer({ minimum: 1, description: '文档 A 的编号' }),
  b: Type.Integer({ minimum: 1, description: '文档 B 的编号' }),
  aVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'A 的版本，省略为最新可见版本' })),
  bVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'B 的版本，省略为最新可见版本' })),
  format: Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { default: 'json' }),
});

const RankingQuery = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 100, description: '地区' })),
  year: Type.Integer({ minimum: 1949, maximum: 2200, description: '年度' }),
  kind: Type.Optional(Kind),
  figures: Type.Optional(
    Type.String({ maxLength: 200, description: `指标，逗号分隔：${RANKING_FIGURES.join('、')}；省略为全部` }),
  ),
  format: Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { default: 'json' }),
});

/** Comparisons: two disclosures side by side, and rankings of a region's year (JSON or an XLSX workbook). */
export function compareRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store } = ctx;

  async function stored(id: number, version: number | undefined, visibility: Visibility): Promise<OtherDocument> {
    const v = await store.getVersion(id, version, ['document'], visibility);
    if (!v)
      throw new ApiError(404, 'document_not_found', `没有编号为 ${id} 的文档${version ? `第 ${version} 版` : ''}`);
    return { doc: JSON.parse(v.document) as Disclosure, version: v.number, source: `文档 ${id}` };
  }

  async function storedSet(
    q: { region?: string | undefined; year: number; kind?: string | undefined },
    visibility: Visibility,
  ) {
    const { total, items } = await store.listDisclosures({ ...q, visibility, limit: MAX_RANKED, offset: 0 });
    if (total > MAX_RANKED) {
      throw new ApiError(413, 'too_many_documents', `符合条件的文档有 ${total} 份，一次最多 ${MAX_RANKED} 份`);
    }
    const out: OtherDocument[] = [];
    for (const d of items) out.push(await stored(d.id, undefined, visibility));
    return out;
  }

  return async (app) => {
    app.get(
      '/api/compare',
      {
        schema: {
          summary: '两份公开逐表逐行对照（差额 B − A、变动率），JSON 或 XLSX',
          tags: ['比较'],
          querystring: CompareQuery,
          response: { 200: Type.Unknown(), 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const visibility = visibilityOf(request.user);
        const c = compareDisclosures(
          await stored(q.a, q.aVersion, visibility),
          await stored(q.b, q.bVersion, visibility),
        );
        if (q.format === 'xlsx') {
          return reply
            .type(XLSX)
            .header('content-disposition', `attachment; filename="compare-${q.a}-${q.b}.xlsx"`)
            .send(Buffer.from(await comparisonXlsx(c)));
        }
        return c;
      },
    );

    app.get(
      '/api/rankings',
      {
        schema: {
          summary: '一个地区一个年度的指标排名（“三公”增长、基本/项目支出占比、执行率），JSON 或 XLSX',
          tags: ['比较'],
          querystring: RankingQuery,
          response: { 200: Type.Unknown(), 400: ErrorSchema, 413: ErrorSchema },
        },
      },
      async (request, reply) => {
        const q = request.query;
        let figures: RankingFigure[] | undefined;
        if (q.figures) {
          const asked = q.figures
            .split(/[,，]/)
            .map((s) => s.trim())
            .filter(Boolean);
          const bad = asked.filter((f) => !(RANKING_FIGURES as readonly string[]).includes(f));
          if (bad.length > 0) {
            throw new ApiError(
              400,
              'invalid_request',
              `不认识的指标“${bad.join('、')}”，可选：${RANKING_FIGURES.join('、')}`,
            );
          }
          figures = asked as RankingFigure[];
        }
        const visibility = visibilityOf(request.user);
        const set = await storedSet(q, visibility);
        const needsPrevious = !figures || figures.includes('threePublicGrowth');
        const previous = needsPrevious ? await storedSet({ ...q, year: q.year - 1 }, visibility) : [];
        const r = rankDisclosures(set, figures, previous);
        if (q.format === 'xlsx') {
          return reply
            .type(XLSX)
            .header('content-disposition', `attachment; filename="rankings-${q.year}.xlsx"`)
            .send(Buffer.from(await rankingsXlsx(r)));
        }
        return r;
      },
    );
  };
}
