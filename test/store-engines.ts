/**
 * The engines every store and API test runs on: PGlite in a fresh temporary data directory always, PostgreSQL in
 * a fresh database when DATABASE_URL is set (the role needs CREATEDB; .ci/run sets this up).
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type StoreLocation } from '../src/store/index.js';

export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  /** A new, empty location; `drop` removes it. */
  create(): Promise<{ location: StoreLocation; drop(): Promise<void> }>;
}

const MIGRATIONS_DIR = new URL('../src/store/migrations/', import.meta.url);

/** First creation of a PGlite data directory takes many seconds; tests copy a migrated template instead. */
async function pgliteTemplate(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) hash.update(readFileSync(new URL(f, MIGRATIONS_DIR)));
  const dir = join(tmpdir(), `juesuan-pglite-template-${hash.digest('hex').slice(0, 12)}`);
  const ready = join(dir, 'ready');
  const lock = `${dir}.creating`;
  for (;;) {
    if (existsSync(ready)) return dir;
    try {
      mkdirSync(lock); // one test process creates it; the others wait
    } catch {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      rmSync(dir, { recursive: true, force: true });
      const store = await openStore({ dataDir: dir });
      await store.close();
      writeFileSync(ready, '');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

const pglite: TestEngine = {
  name: 'pglite',
  async create() {
    const template = await pgliteTemplate();
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-test-'));
    cpSync(join(template, 'pglite'), join(dir, 'pglite'), { recursive: true });
    return { location: { dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/**
 * Drops a test database. FORCE ends the test's own leftover connections, but PostgreSQL 15 refuses it when an
 * autovacuum worker (a superuser's process) happens to be in that database ("must be a member of the role whose
 * process is being terminated"); a plain DROP DATABASE stops autovacuum itself, so that is the retry.
 */
async function dropDatabase(c: pg.Client, name: string): Promise<void> {
  try {
    await c.query(`drop database if exists ${name} with (force)`);
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== '42501') throw e;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await c.query(`drop database if exists ${name}`);
      return;
    } catch (e) {
      if (attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

function postgres(url: string): TestEngine {
  return {
    name: 'postgres',
    async create() {
      const name = `juesuan_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const u = new URL(url);
      u.pathname = `/${name}`;
      return {
        location: { databaseUrl: u.toString() },
        async drop() {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try {
            await dropDatabase(c, name);
          } finally {
            await c.end();
          }
        },
      };
    },
  };
}

export const ENGINES: readonly TestEngine[] = process.env.DATABASE_URL
  ? [pglite, postgres(process.env.DATABASE_URL)]
  : [pglite];
