import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { renderTemplate } from '../../app/index.js';
import { getLayout, writableLayouts } from '../../model/layouts/index.js';
import { ContentCache } from '../content-cache.js';
import { ApiError } from '../errors.js';
import { ErrorSchema } from '../schemas.js';
import { disposition, RENDER_TYPES } from './documents.js';
import { msg } from '../../model/messages/index.js';

const TemplateInfo = Type.Object({
  layout: Type.String({ description: '版式编号，如 qinghai' }),
  name: Type.String({ description: '版式名称，如 青海版式' }),
  kind: Type.String({ description: '决算或预算' }),
  tables: Type.Array(Type.Object({ id: Type.String(), number: Type.Optional(Type.String()), title: Type.String() })),
});

const TemplateQuery = Type.Object({
  layout: Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$', description: '版式编号（见 GET /api/templates）' }),
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: '年度' }),
});

const templates = writableLayouts().map((l) => ({
  layout: l.id,
  name: l.name,
  kind: l.documentKind,
  tables: l.schemas.map((s) => ({ id: s.table, ...(s.number ? { number: s.number } : {}), title: s.title })),
}));

/**
 * 编写: the fillable Excel template of a layout and year (`juesuan template`). A filled template uploaded to
 * POST /api/documents is composed into the whole disclosure (情况说明 written from the numbers) and checked.
 */
export function templateRoutes(): FastifyPluginAsyncTypebox {
  // A template depends only on the layout and the year: written once, then served from memory.
  const cache = new ContentCache(32 * 1024 * 1024);
  return async (app) => {
    app.get(
      '/api/templates',
      {
        schema: {
          summary: '可编写的版式（各有一份可填写的 Excel 模板）',
          tags: ['编写'],
          response: { 200: Type.Array(TemplateInfo) },
        },
      },
      async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(templates),
    );

    app.get(
      '/api/template',
      {
        schema: {
          summary: '下载可填写的 Excel 模板（与 juesuan template 相同）',
          description:
            '各张报表、上年数、年初预算、“三公”统计数、原因、绩效自评等。填好后上传（POST /api/documents）即由数字写出情况说明并审核。',
          tags: ['编写'],
          querystring: TemplateQuery,
          response: { 200: Type.Unknown({ description: 'XLSX' }), 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const { layout, year } = request.query;
        const info = templates.find((t) => t.layout === layout);
        if (!info) {
          throw new ApiError(
            400,
            'unknown_layout',
            msg('server.noTemplateLayout', {
              layout,
              layouts: templates.map((t) => `${t.layout}（${t.name}）`).join('、'),
            }),
          );
        }
        const bytes = await cache.get(`${layout}/${year}`, () => renderTemplate({ layout, year }));
        return reply
          .type(RENDER_TYPES.xlsx)
          .header('content-disposition', disposition('attachment', `${year}年度${getLayout(layout).name}模板.xlsx`))
          .send(Buffer.from(bytes));
      },
    );
  };
}
