import { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import { join } from 'node:path';
import type { EngineDialect } from '../engine.js';
import { lockDataDir } from './data-dir-lock.js';

/** pg returns int8 (count(*), bigint) and numeric as strings; PGlite is told to do the same. */
const PG_COMPATIBLE_PARSERS = { 20: (x: string) => x, 1700: (x: string) => x };

type Command = PostgresQueryResult<unknown>['command'];

/**
 * PGlite has one session. Kysely's PostgresDialect asks a pool for a client, runs a query or a whole transaction
 * on it and releases it, so a pool of one client guarded by a lock serialises access correctly: a transaction
 * keeps the lock from `begin` to `commit`.
 */
class PglitePool implements PostgresPool {
  #tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: PGlite,
    private readonly unlockDir: () => void,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    let unlock!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => (unlock = resolve));
    await previous;
    await this.db.waitReady;
    const db = this.db;
    let released = false;
    const client = {
      async query(sql: string, parameters: readonly unknown[]) {
        const r = await db.query<Record<string, unknown>>(sql, [...parameters]);
        return {
          command: (r.command ?? '').toUpperCase() as Command,
          rowCount: r.affectedRows ?? r.rowCount ?? r.rows.length,
          rows: r.rows,
        };
      },
      release() {
        if (released) return;
        released = true;
        unlock();
      },
    };
    return client as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#tail;
    if (!this.db.closed) await this.db.close();
    this.unlockDir();
  }
}

/**
 * PGlite (PostgreSQL in WASM) with its files in `DIR/pglite`, the directory locked against a second process.
 * `Kysely.destroy()` closes it (or the process would hang) and releases the lock.
 */
export function createPgliteDialect(dataDir: string): EngineDialect {
  const unlock = lockDataDir(dataDir);
  const db = new PGlite({ dataDir: join(dataDir, 'pglite'), parsers: PG_COMPATIBLE_PARSERS });
  return { engine: 'pglite', dialect: new PostgresDialect({ pool: new PglitePool(db, unlock) }) };
}
