import type { Dialect } from 'kysely';

/** Where the data lives: an embedded PGlite data directory, or a PostgreSQL server. */
export type StoreLocation = { readonly dataDir: string } | { readonly databaseUrl: string };

/**
 * One SQL dialect (PostgreSQL) on two engines. Each engine folder (pglite/, postgres/) exports a factory of this
 * shape; code above the store never asks which engine it runs on.
 */
export interface EngineDialect {
  readonly engine: 'pglite' | 'postgres';
  readonly dialect: Dialect;
}
