import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TABLE_SCHEMAS } from '../../model/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema } from '../schemas.js';
import { visibilityOf } from '../visibility.js';

/** Table headers as printed, per schema id ("shanghai/t02"): documents name their schema, not its columns. */
const TableSchemaInfo = Type.Object({
  id: Type.String(),
  table: Type.String(),
  layout: Type.String(),
  title: Type.String(),
  number: Type.Optional(Type.String()),
  rows: Type.String({ description: 'functional / economic / lines' }),
  columns: Type.Array(
    Type.Object({
      id: Type.String(),
      header: Type.Array(Type.String()),
      money: Type.Boolean(),
      side: Type.Optional(Type.String({ description: '两栏表（收支总表）中的一侧：income / expenditure' })),
    }),
  ),
});

const ReviewProgress = Type.Object({
  document: Type.Integer(),
  version: Type.Integer(),
  total: Type.Integer({ description: '错误和警告的个数（提示不计）' }),
  reviewed: Type.Integer({ description: '其中已审核（不是待处理）的个数' }),
});

const schemaList = TABLE_SCHEMAS.map((s) => ({
  id: s.id,
  table: s.table,
  layout: s.layout,
  title: s.title,
  ...(s.number !== undefined ? { number: s.number } : {}),
  rows: s.rows,
  columns: s.columns.map((c) => ({
    id: c.id,
    header: [...c.header],
    money: c.money,
    ...(c.side !== undefined ? { side: c.side } : {}),
  })),
}));

/** What the web app needs besides the document API: table headers, who is signed in, review progress. */
export function webRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store } = ctx;
  return async (app) => {
    app.get(
      '/api/table-schemas',
      {
        schema: {
          summary: '各版式各表的栏目（表头按印刷的层级）',
          tags: ['文档'],
          response: { 200: Type.Array(TableSchemaInfo) },
        },
      },
      async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(schemaList),
    );

    app.get(
      '/api/me',
      {
        schema: {
          summary: '当前令牌对应的用户（未登录为公众）',
          tags: ['用户'],
          response: {
            200: Type.Object({
              name: Type.Union([Type.String(), Type.Null()]),
              role: Type.String(),
              organisation: Type.Union([Type.String(), Type.Null()]),
              region: Type.Union([Type.String(), Type.Null()]),
            }),
            401: ErrorSchema,
          },
        },
      },
      async (request) => {
        const u = request.user;
        if (!u) return { name: null, role: '公众', organisation: null, region: null };
        return { name: u.name, role: u.role, organisation: u.organisation ?? null, region: u.region ?? null };
      },
    );

    app.get(
      '/api/review-progress',
      {
        schema: {
          summary: '若干文档最新版本的审核进度',
          tags: ['审核'],
          querystring: Type.Object({
            documents: Type.String({ pattern: '^\\d{1,9}(,\\d{1,9}){0,199}$', description: '文档编号，逗号分隔' }),
          }),
          response: { 200: Type.Array(ReviewProgress), 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const ids = [...new Set(request.query.documents.split(',').map(Number))];
        const out = [];
        for (const id of ids) {
          const v = await store.getVersion(id, undefined, [], visibilityOf(request.user));
          if (!v) throw new ApiError(404, 'document_not_found', `没有编号为 ${id} 的文档`);
          const reviews = (await store.findingReviews(v.id)).filter((r) => r.severity !== 'info');
          out.push({
            document: id,
            version: v.number,
            total: reviews.length,
            reviewed: reviews.filter((r) => r.state !== '待处理').length,
          });
        }
        return out;
      },
    );
  };
}
