import { Kysely, Migrator, type MigrationResult } from 'kysely';
import { createDialect, type StoreLocation } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { auditLog } from './repositories/audit.js';
import { addRecheck } from './repositories/rechecks.js';
import { batchItemSource, createBatch, getBatch, unfinishedItems, updateBatchItem } from './repositories/batches.js';
import { findDisclosureId, getDisclosure, isEmpty, listDisclosures } from './repositories/disclosures.js';
import { getOrganisation, organisationTree, updateOrganisation } from './repositories/organisations.js';
import { findingReviews, reviewFinding } from './repositories/reviews.js';
import { addToken, createUser, userById, userByName, userByTokenHash } from './repositories/users.js';
import {
  addVersion,
  getVersion,
  listVersions,
  publishVersion,
  versionContent,
  versionPart,
} from './repositories/versions.js';
import type { Database } from './schema.js';
import type { Db } from './repositories/types.js';
import { msg } from '../model/messages/index.js';

/** Thrown when migrating fails; the message is Chinese, the failing migration named. */
export class MigrationError extends Error {}

type Bound<F> = F extends (db: Db, ...rest: infer A) => infer R ? (...args: A) => R : never;

function bind<F extends (db: Db, ...rest: never[]) => unknown>(db: Db, f: F): Bound<F> {
  return ((...args: never[]) => f(db, ...args)) as Bound<F>;
}

/** The repositories, bound to the database (writes that span several run in one transaction inside them). */
function repositories(db: Kysely<Database>) {
  return {
    addVersion: (v: Parameters<typeof addVersion>[1]) => db.transaction().execute((tx) => addVersion(tx, v)),
    getVersion: bind(db, getVersion) as <K extends 'document' | 'report' | 'source'>(
      ...a: Parameters<typeof getVersion<K>> extends [Db, ...infer R] ? R : never
    ) => ReturnType<typeof getVersion<K>>,
    listVersions: bind(db, listVersions),
    versionContent: bind(db, versionContent) as <K extends 'document' | 'report' | 'source'>(
      versionId: number,
      column: K,
    ) => ReturnType<typeof versionContent<K>>,
    versionPart: bind(db, versionPart),
    addRecheck: (r: Parameters<typeof addRecheck>[1]) => db.transaction().execute((tx) => addRecheck(tx, r)),
    listDisclosures: bind(db, listDisclosures),
    getDisclosure: bind(db, getDisclosure),
    findDisclosureId: bind(db, findDisclosureId),
    isEmpty: bind(db, isEmpty),
    organisationTree: bind(db, organisationTree),
    getOrganisation: bind(db, getOrganisation),
    updateOrganisation: (u: Parameters<typeof updateOrganisation>[1]) =>
      db.transaction().execute((tx) => updateOrganisation(tx, u)),
    publishVersion: (p: Parameters<typeof publishVersion>[1]) =>
      db.transaction().execute((tx) => publishVersion(tx, p)),
    findingReviews: bind(db, findingReviews),
    reviewFinding: (r: Parameters<typeof reviewFinding>[1]) => db.transaction().execute((tx) => reviewFinding(tx, r)),
    createUser: (u: Parameters<typeof createUser>[1]) => db.transaction().execute((tx) => createUser(tx, u)),
    userByName: bind(db, userByName),
    userById: bind(db, userById),
    addToken: (userId: number, hash: string) => db.transaction().execute((tx) => addToken(tx, userId, hash)),
    userByTokenHash: bind(db, userByTokenHash),
    createBatch: (userId: number | null, files: Parameters<typeof createBatch>[2], publish = false) =>
      db.transaction().execute((tx) => createBatch(tx, userId, files, publish)),
    batchItemSource: bind(db, batchItemSource),
    updateBatchItem: bind(db, updateBatchItem),
    getBatch: bind(db, getBatch),
    unfinishedItems: bind(db, unfinishedItems),
    auditLog: bind(db, auditLog),
  };
}

export type Store = ReturnType<typeof repositories> & {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Kysely<Database>;
  /** What the connection string or data directory points at, for messages. */
  readonly location: StoreLocation;
  close(): Promise<void>;
};

/** Opens the store and brings its schema up to date (Kysely Migrator, migrations in code). */
export async function openStore(location: StoreLocation): Promise<Store> {
  const { engine, dialect } = await createDialect(location);
  const db = new Kysely<Database>({ dialect });
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  let closed: Promise<void> | undefined;
  return {
    ...repositories(db),
    engine,
    db,
    location,
    close: () => (closed ??= db.destroy()),
  };
}

export async function migrate(db: Kysely<Database>): Promise<readonly MigrationResult[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    const why = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      msg('store.migrationFailed', { migration: failed ? `（${failed.migrationName}）` : '', why }),
    );
  }
  return results;
}
