import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { RANKING_FIGURES, type RankingFigure } from '../../app/index.js';
import type { AnalysisResult, StoredText } from '../../jobs/index.js';
import type { Visibility } from '../../store/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, Kind } from '../schemas.js';
import { visibilityOf } from '../visibility.js';
import { msg } from '../../model/messages/index.js';

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
  const { store, pool } = ctx;

  /** The stored text only: parsing and comparing run in the worker pool (jobs/analysis.ts). */
  async function stored(id: number, version: number | undefined, visibility: Visibility): Promise<StoredText> {
    const v = await store.getVersion(id, version, ['document'], visibility);
    if (!v)
      throw new ApiError(
        404,
        'document_not_found',
        msg('server.noDocumentVersion', { id, version: version ? msg('server.versionSuffix', { version }) : '' }),
      );
    return { document: v.document, version: v.number, source: `文档 ${id}` };
  }

  /** JSON text as JSON, a workbook as a download. */
  function send(reply: FastifyReply, out: AnalysisResult, fileName: string) {
    if (typeof out === 'string') return reply.type('application/json; charset=utf-8').send(out);
    return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(Buffer.from(out));
  }

  async function storedSet(
    q: { region?: string | undefined; year: number; kind?: string | undefined },
    visibility: Visibility,
  ) {
    const { total, items } = await store.listDisclosures({ ...q, visibility, limit: MAX_RANKED, offset: 0 });
    if (total > MAX_RANKED) {
      throw new ApiError(413, 'too_many_documents', msg('server.tooManyRanked', { total, max: MAX_RANKED }));
    }
    const out: StoredText[] = [];
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
        const out = await pool.analyse({
          kind: 'compare',
          a: await stored(q.a, q.aVersion, visibility),
          b: await stored(q.b, q.bVersion, visibility),
          format: q.format,
        });
        return send(reply, out, `compare-${q.a}-${q.b}.xlsx`);
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
              msg('server.unknownFigures', { unknown: bad.join('、'), known: RANKING_FIGURES.join('、') }),
            );
          }
          figures = asked as RankingFigure[];
        }
        const visibility = visibilityOf(request.user);
        const set = await storedSet(q, visibility);
        const needsPrevious = !figures || figures.includes('threePublicGrowth');
        const previous = needsPrevious ? await storedSet({ ...q, year: q.year - 1 }, visibility) : [];
        const out = await pool.analyse({ kind: 'rank', set, previous, figures, format: q.format });
        return send(reply, out, `rankings-${q.year}.xlsx`);
      },
    );
  };
}
