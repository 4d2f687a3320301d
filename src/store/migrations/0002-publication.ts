import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Draft and published versions: a version is a draft until someone publishes it, recorded as a row here (append-
 * only like everything else; a version is published once). Also an index for the 部门 → 单位 tree.
 */
export const publication: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('publications')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('version_id', 'integer', (c) => c.notNull().unique().references('versions.id'))
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    // The 单位 a 部门's latest disclosure lists (JSON array of names): links a 单位 stored later to its 部门.
    await db.schema.alterTable('organisations').addColumn('units', 'text').execute();
    // A batch's files are published as they are stored when the uploader asked for it.
    await db.schema
      .alterTable('batches')
      .addColumn('publish', 'boolean', (c) => c.notNull().defaultTo(false))
      .execute();
    await db.schema.createIndex('organisations_by_parent').on('organisations').column('parent_id').execute();
  },
};
