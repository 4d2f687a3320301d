import { audit } from './audit.js';
import type { Db, Role } from './types.js';

export interface User {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly organisation: string | null;
  readonly region: string | null;
}

export async function createUser(
  db: Db,
  u: { name: string; role: Role; organisation?: string | null; region?: string | null; passwordHash?: string | null },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      name: u.name,
      role: u.role,
      organisation: u.organisation ?? null,
      region: u.region ?? null,
      password_hash: u.passwordHash ?? null,
    })
    .returning(['id', 'name', 'role', 'organisation', 'region'])
    .executeTakeFirstOrThrow();
  await audit(db, {
    userId: null,
    action: 'user.create',
    target: `users/${row.id}`,
    detail: { name: u.name, role: u.role },
  });
  return { ...row, role: row.role as Role };
}

export async function userByName(db: Db, name: string): Promise<(User & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return (
    row && {
      id: row.id,
      name: row.name,
      role: row.role as Role,
      organisation: row.organisation,
      region: row.region,
      passwordHash: row.password_hash,
    }
  );
}

/** Stores the hash of a new bearer token (the token is shown once, never stored). */
export async function addToken(db: Db, userId: number, tokenHash: string): Promise<void> {
  await db.insertInto('tokens').values({ user_id: userId, token_hash: tokenHash }).execute();
  await audit(db, { userId, action: 'token.create', target: `users/${userId}` });
}

export async function userByTokenHash(db: Db, tokenHash: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.name', 'u.role', 'u.organisation', 'u.region'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { ...row, role: row.role as Role };
}

export async function userById(db: Db, id: number): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'organisation', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, role: row.role as Role };
}
