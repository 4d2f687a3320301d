import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { hashToken, newToken } from '../auth.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema } from '../schemas.js';
import { msg } from '../../model/messages/index.js';

/** Signing in with a password (set by `juesuan user add --password`) gives a new bearer token. */
export function tokenRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/tokens',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } }, // slows password guessing down
        schema: {
          summary: '用用户名和密码换取访问令牌',
          tags: ['用户'],
          body: Type.Object({ name: Type.String({ maxLength: 100 }), password: Type.String({ maxLength: 200 }) }),
          response: {
            201: Type.Object({ token: Type.String(), name: Type.String(), role: Type.String() }),
            400: ErrorSchema,
            401: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const { verify } = await import('@node-rs/argon2');
        const user = await ctx.store.userByName(request.body.name);
        const ok = user?.passwordHash ? await verify(user.passwordHash, request.body.password) : false;
        if (!user || !ok) throw new ApiError(401, 'wrong_password', msg('server.badCredentials'));
        const token = newToken();
        await ctx.store.addToken(user.id, hashToken(token));
        return reply.status(201).send({ token, name: user.name, role: user.role });
      },
    );
  };
}
