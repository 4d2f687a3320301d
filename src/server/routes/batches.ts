import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { validateUpload } from '../../jobs/index.js';
import { requireRole } from '../auth.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { Batch, BatchParams, ErrorSchema } from '../schemas.js';
import { readUploadForm } from '../upload-form.js';
import { msg } from '../../model/messages/index.js';

/** Many files at once: stored first, then imported by the job queue; progress per file. */
export function batchRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store, queue } = ctx;

  async function batchJson(id: number) {
    const b = await store.getBatch(id);
    if (!b) throw new ApiError(404, 'batch_not_found', msg('server.noBatch', { id }));
    const done = b.items.filter((i) => i.status === '完成').length;
    const failed = b.items.filter((i) => i.status === '失败').length;
    const progress = Math.floor(b.items.reduce((s, i) => s + i.progress, 0) / Math.max(1, b.items.length));
    return { id: b.id, total: b.total, done, failed, progress, items: b.items };
  }

  return async (app) => {
    app.post(
      '/api/batches',
      {
        config: { rateLimit: { max: ctx.limits.uploadsPerMinute, timeWindow: '1 minute' } },
        schema: {
          summary: '批量上传（multipart：多个 file）',
          description: '文件先保存，再由任务队列逐个读取、审核、保存为新版本；用 GET /api/batches/:id 查看进度。',
          tags: ['批量'],
          consumes: ['multipart/form-data'],
          security: [{ bearer: [] }],
          response: {
            202: Batch,
            400: ErrorSchema,
            401: ErrorSchema,
            403: ErrorSchema,
            413: ErrorSchema,
            415: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const user = requireRole(request, ['编制人']);
        const { files, fields } = await readUploadForm(request, 'file', ctx.limits.batchFiles);
        const { publish, ...rest } = fields;
        if (Object.keys(rest).length > 0) {
          throw new ApiError(400, 'unexpected_field', msg('server.batchFields'));
        }
        if (publish !== undefined && !['true', 'false', '1', '0'].includes(publish)) {
          throw new ApiError(400, 'invalid_field', msg('server.badPublish', { value: publish }));
        }
        for (const f of files) validateUpload(f.name, f.bytes);
        const { batchId, itemIds } = await store.createBatch(user.id, files, publish === 'true' || publish === '1');
        for (const id of itemIds) await queue.send(id);
        return reply.status(202).send(await batchJson(batchId));
      },
    );

    app.get(
      '/api/batches/:id',
      {
        schema: {
          summary: '批次进度与每个文件的结果',
          tags: ['批量'],
          params: BatchParams,
          response: { 200: Batch, 404: ErrorSchema },
        },
      },
      async (request) => {
        requireRole(request, ['编制人', '审核人']);
        return batchJson(request.params.id);
      },
    );
  };
}
