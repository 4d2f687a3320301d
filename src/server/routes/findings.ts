import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireRole } from '../auth.js';
import { visibilityOf } from '../visibility.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, FingerprintParams, ReviewBody, ReviewState } from '../schemas.js';
import { msg } from '../../model/messages/index.js';

/** Review state of findings: 待处理 / 已确认 / 误报 / 已修正, by 审核人 of the document's region (or 管理员). */
export function findingRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store } = ctx;
  return async (app) => {
    app.patch(
      '/api/findings/:fingerprint',
      {
        config: { rateLimit: { max: ctx.limits.uploadsPerMinute * 10, timeWindow: '1 minute' } },
        schema: {
          summary: '设置一个问题的审核状态',
          description: '按指纹标记某文档某版本中的问题；新版本上传时按指纹带入。需要本地区的审核人或管理员。',
          tags: ['审核'],
          security: [{ bearer: [] }],
          params: FingerprintParams,
          body: ReviewBody,
          response: {
            200: Type.Object({
              document: Type.Integer(),
              version: Type.Integer(),
              fingerprint: Type.String(),
              state: ReviewState,
              note: Type.Union([Type.String(), Type.Null()]),
            }),
            400: ErrorSchema,
            401: ErrorSchema,
            403: ErrorSchema,
            404: ErrorSchema,
          },
        },
      },
      async (request) => {
        const user = requireRole(request, ['审核人']);
        const { document, state } = request.body;
        const d = await store.getDisclosure(document, visibilityOf(user));
        if (!d) throw new ApiError(404, 'document_not_found', msg('server.noDocument', { id: document }));
        if (user.role === '审核人' && (user.region ?? '') !== (d.region ?? '')) {
          throw new ApiError(
            403,
            'forbidden',
            msg('server.forbiddenRegion', {
              region: user.region ?? msg('server.regionUnset'),
              documentRegion: d.region ?? msg('server.regionUnknown'),
            }),
          );
        }
        const v = await store.getVersion(document, request.body.version, [], visibilityOf(user));
        if (!v)
          throw new ApiError(
            404,
            'version_not_found',
            msg('server.noVersion', { id: document, version: request.body.version ?? '' }),
          );
        const note = request.body.note ?? null;
        const ok = await store.reviewFinding({
          versionId: v.id,
          target: `documents/${document}/versions/${v.number}/findings/${request.params.fingerprint}`,
          fingerprint: request.params.fingerprint,
          state,
          note,
          userId: user.id,
        });
        if (!ok) {
          throw new ApiError(
            404,
            'finding_not_found',
            msg('server.noFinding', { id: document, version: v.number, fingerprint: request.params.fingerprint }),
          );
        }
        return { document, version: v.number, fingerprint: request.params.fingerprint, state, note };
      },
    );
  };
}
