import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A stored version checked again because a related disclosure arrived later (last year's, the same year's 预算,
 * a 单位 of a 部门): the whole new report is a row here, append-only; the version's own report stays as it was
 * and the newest recheck is what readers get.
 */
export const rechecks: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('rechecks')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('version_id', 'integer', (c) => c.notNull().references('versions.id'))
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('errors', 'integer', (c) => c.notNull())
      .addColumn('warnings', 'integer', (c) => c.notNull())
      .addColumn('infos', 'integer', (c) => c.notNull())
      // The version whose arrival caused it.
      .addColumn('trigger_version_id', 'integer', (c) => c.references('versions.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('rechecks_by_version').on('rechecks').columns(['version_id', 'id']).execute();
  },
};
