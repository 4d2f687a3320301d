import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireRole } from '../auth.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, IdParams, Organisation, OrganisationPatch } from '../schemas.js';
import { msg } from '../../model/messages/index.js';

/**
 * The 部门 → 单位 tree. Links are made when documents are stored (a 部门's list of its 单位; a 单位 upload's
 * `parent`) and can be set by a 管理员.
 */
export function organisationRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/organisations',
      { schema: { summary: '单位树（部门 → 单位）', tags: ['单位'], response: { 200: Type.Array(Organisation) } } },
      async () => ctx.store.organisationTree(),
    );

    app.patch(
      '/api/organisations/:id',
      {
        schema: {
          summary: '设置单位的上级部门或编码（管理员）',
          tags: ['单位'],
          security: [{ bearer: [] }],
          params: IdParams,
          body: OrganisationPatch,
          response: {
            200: Organisation,
            400: ErrorSchema,
            401: ErrorSchema,
            403: ErrorSchema,
            404: ErrorSchema,
          },
        },
      },
      async (request) => {
        const user = requireRole(request, ['管理员']);
        const { id } = request.params;
        const org = await ctx.store.getOrganisation(id);
        if (!org) throw new ApiError(404, 'organisation_not_found', msg('server.noOrganisation', { id }));
        const refused = await ctx.store.updateOrganisation({
          id,
          ...(request.body.parent !== undefined ? { parentId: request.body.parent } : {}),
          ...(request.body.code !== undefined ? { code: request.body.code } : {}),
          userId: user.id,
        });
        if (refused) throw new ApiError(400, 'invalid_parent', refused);
        const updated = await ctx.store.getOrganisation(id);
        return { ...updated!, children: [] };
      },
    );
  };
}
