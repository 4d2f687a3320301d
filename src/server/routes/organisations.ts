import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ServerContext } from '../context.js';
import { Organisation } from '../schemas.js';

export function organisationRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/organisations',
      { schema: { summary: '单位树（部门 → 单位）', tags: ['单位'], response: { 200: Type.Array(Organisation) } } },
      async () => ctx.store.organisationTree(),
    );
  };
}
