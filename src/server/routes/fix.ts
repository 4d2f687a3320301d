import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { requireRole } from '../auth.js';
import type { ServerContext } from '../context.js';
import { ContentCache } from '../content-cache.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, IdParams, Summary, VersionQuery } from '../schemas.js';
import { visibilityOf } from '../visibility.js';
import { disposition, RENDER_TYPES } from './documents.js';
import { msg } from '../../model/messages/index.js';

const Location = Type.Object({
  table: Type.Optional(Type.String()),
  rowKey: Type.Optional(Type.String()),
  rowCode: Type.Optional(Type.String()),
  rowLabel: Type.Optional(Type.String()),
  column: Type.Optional(Type.String()),
  columnLabel: Type.Optional(Type.String()),
  sectionPath: Type.Optional(Type.Array(Type.String())),
  sentence: Type.Optional(Type.String()),
  project: Type.Optional(Type.String()),
  source: Type.Optional(
    Type.Object({
      line: Type.Optional(Type.Integer()),
      endLine: Type.Optional(Type.Integer()),
      page: Type.Optional(Type.Integer()),
      box: Type.Optional(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
      sheet: Type.Optional(Type.String()),
      cell: Type.Optional(Type.String()),
      paragraph: Type.Optional(Type.Integer()),
      tableNo: Type.Optional(Type.Integer()),
      rowNo: Type.Optional(Type.Integer()),
    }),
  ),
});

export const FixPreview = Type.Object({
  document: Type.Integer(),
  version: Type.Integer(),
  passes: Type.Integer({ description: '修正的轮数（修正后的金额使由它算出的比率可以再修正）' }),
  applied: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      message: Type.String(),
      location: Type.Optional(Location),
      before: Type.String({ description: '修改处及其前后文字（修改前）' }),
      after: Type.String({ description: '修改后' }),
    }),
  ),
  remaining: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
      message: Type.String(),
      location: Type.Optional(Location),
      fingerprint: Type.Optional(Type.String()),
      reason: Type.String({ description: '不能自动修正的原因' }),
    }),
    { description: '修正后仍有的错误和警告' },
  ),
  summary: Summary,
  text: Type.String({ description: '与 juesuan fix 打印的中文清单相同' }),
});

/** `juesuan fix` over the API: the preview of the automatic corrections of the 情况说明, and the corrected DOCX. */
export function fixRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store, pool } = ctx;
  // Versions never change: the preview and the DOCX of a version are computed once.
  const cache = new ContentCache(64 * 1024 * 1024);
  const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 503: ErrorSchema };
  const description =
    '与 juesuan fix 相同：只修改情况说明中能由报表唯一确定的文字（金额、比率、编号），报表和原因从不改动。需要编制人、审核人或管理员。';

  /** The fixed output of a version the user may see; 404 as if absent otherwise. */
  async function fixed(request: FastifyRequest, id: number, version: number | undefined, to: 'json' | 'docx') {
    const user = requireRole(request, ['编制人', '审核人']);
    const v = await store.getVersion(id, version, [], visibilityOf(user));
    if (!v) {
      throw version === undefined
        ? new ApiError(404, 'document_not_found', msg('server.noDocument', { id }))
        : new ApiError(404, 'version_not_found', msg('server.noVersion', { id, version }));
    }
    const out = await cache.get(`${v.id}/${to}`, async () => {
      const document = await store.versionContent(v.id, 'document');
      if (document === undefined) throw new ApiError(404, 'version_not_found', msg('server.versionMissing'));
      return pool.fix(document, to);
    });
    return { v, out };
  }

  return async (app) => {
    app.get(
      '/api/documents/:id/fix',
      {
        schema: {
          summary: '自动修正情况说明的预览：每处修改前 → 修改后及位置，不能修正的及原因',
          description,
          tags: ['审核'],
          security: [{ bearer: [] }],
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: FixPreview, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params;
        const { v, out } = await fixed(request, id, request.query.version, 'json');
        const preview = JSON.parse(out as string) as Omit<Static<typeof FixPreview>, 'document' | 'version'>;
        return { document: id, version: v.number, ...preview };
      },
    );

    app.get(
      '/api/documents/:id/fix/docx',
      {
        schema: {
          summary: '下载自动修正后的 Word 文档（DOCX）',
          description,
          tags: ['审核'],
          security: [{ bearer: [] }],
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: Type.Unknown({ description: 'DOCX' }), ...errors },
        },
      },
      async (request, reply) => {
        const { v, out } = await fixed(request, request.params.id, request.query.version, 'docx');
        const name = `${v.fileName.replace(/\.[^.]*$/, '')}（修正）.docx`;
        return reply
          .type(RENDER_TYPES.docx)
          .header('content-disposition', disposition('attachment', name))
          .send(Buffer.from(out));
      },
    );
  };
}
