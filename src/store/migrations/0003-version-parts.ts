import { type Kysely, type Migration } from 'kysely';

/**
 * A disclosure published as several files (narrative and tables apart, as Jiangsu did) is one version: the first
 * file stays in `versions.source`, each further part is kept here, in upload order, as uploaded (append-only).
 */
export const versionParts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('version_parts')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('version_id', 'integer', (c) => c.notNull().references('versions.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('source', 'bytea', (c) => c.notNull())
      .addUniqueConstraint('version_parts_position', ['version_id', 'position'])
      .execute();
  },
};
