import { PostgresDialect } from 'kysely';
import pg from 'pg';
import type { EngineDialect } from '../engine.js';

/** PostgreSQL through a `pg` pool, for many users and machines; `Kysely.destroy()` ends the pool. */
export function createPostgresDialect(databaseUrl: string): EngineDialect {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  return { engine: 'postgres', dialect: new PostgresDialect({ pool }) };
}
