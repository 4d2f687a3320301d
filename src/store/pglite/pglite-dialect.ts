import { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import { join } from 'node:path';
import type { EngineDialect } from '../engine.js';
import { lockDataDir } from './data-dir-lock.js';
import { msg } from '../../model/messages/index.js';

/** pg returns int8 (count(*), bigint) and numeric as strings; PGlite is told to do the same. */
const BYTEA = 17;

/**
 * int8 and numeric as strings, as `pg` returns them; bytea through Buffer's native hex codec — PGlite's own maps
 * every byte through a JS string (≈ 2 s to store a 3.6 MB PDF, ≈ 0.15 s this way).
 */
const PG_COMPATIBLE_PARSERS = {
  20: (x: string) => x,
  1700: (x: string) => x,
  [BYTEA]: (x: string) => new Uint8Array(Buffer.from(x.slice(2), 'hex')),
};
const SERIALIZERS = {
  [BYTEA]: (x: unknown) => {
    if (!(x instanceof Uint8Array)) throw new Error(msg('internal.byteaNotBinary'));
    return `\\x${Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('hex')}`;
  },
};

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
  const db = new PGlite({ dataDir: join(dataDir, 'pglite'), parsers: PG_COMPATIBLE_PARSERS, serializers: SERIALIZERS });
  return { engine: 'pglite', dialect: new PostgresDialect({ pool: new PglitePool(db, unlock) }) };
}
