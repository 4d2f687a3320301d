import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role, Store, User } from '../store/index.js';
import { ApiError } from './errors.js';
import { msg } from '../model/messages/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; undefined for the public (公众, no token). */
    user: User | undefined;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new bearer token (256 random bits); only its sha256 is stored. */
export function newToken(): string {
  return `js_${randomBytes(32).toString('base64url')}`;
}

/** Creates a user and their first token (what `juesuan user add` prints). Passwords are hashed with argon2. */
export async function addUser(
  store: Store,
  u: { name: string; role: Role; organisation?: string | null; region?: string | null; password?: string | undefined },
): Promise<{ user: User; token: string }> {
  let passwordHash: string | null = null;
  if (u.password) {
    const { hash } = await import('@node-rs/argon2');
    passwordHash = await hash(u.password);
  }
  const user = await store.createUser({
    name: u.name,
    role: u.role,
    organisation: u.organisation ?? null,
    region: u.region ?? null,
    passwordHash,
  });
  const token = newToken();
  await store.addToken(user.id, hashToken(token));
  return { user, token };
}

/** Resolves `Authorization: Bearer …` on every request (cached briefly); a wrong token is refused, none is 公众. */
export function installAuth(app: FastifyInstance, store: Store): void {
  const cache = new Map<string, { user: User | undefined; until: number }>();
  app.decorateRequest('user', undefined);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new ApiError(401, 'invalid_token', msg('server.badAuthorization'));
    const hash = hashToken(m[1]!);
    const now = Date.now();
    let hit = cache.get(hash);
    if (!hit || hit.until < now) {
      hit = { user: await store.userByTokenHash(hash), until: now + 30_000 };
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, hit);
    }
    if (!hit.user) throw new ApiError(401, 'invalid_token', msg('server.badToken'));
    request.user = hit.user;
  });
}

const ADMIN: Role = '管理员';
const ROLE_NAMES = (roles: readonly Role[]) => roles.join('或');

/** Refuses the request unless the user has one of the roles (管理员 always may). */
export function requireRole(request: FastifyRequest, roles: readonly Role[]): User {
  const user = request.user;
  if (!user) throw new ApiError(401, 'unauthorized', msg('server.loginRequired'));
  if (user.role !== ADMIN && !roles.includes(user.role)) {
    throw new ApiError(
      403,
      'forbidden',
      msg('server.forbiddenRole', { roles: ROLE_NAMES([...roles, ADMIN]), current: user.role }),
    );
  }
  return user;
}
