import type { EngineDialect, StoreLocation } from './engine.js';

export type { EngineDialect, StoreLocation } from './engine.js';

export async function createDialect(location: StoreLocation): Promise<EngineDialect> {
  if ('databaseUrl' in location) {
    const { createPostgresDialect } = await import('./postgres/postgres-dialect.js');
    return createPostgresDialect(location.databaseUrl);
  }
  const { createPgliteDialect } = await import('./pglite/pglite-dialect.js');
  return createPgliteDialect(location.dataDir);
}
