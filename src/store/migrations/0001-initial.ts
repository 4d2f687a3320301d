import { sql, type Kysely, type Migration } from 'kysely';

/** The first schema: organisations, disclosures, immutable versions, findings, reviews, audit, users, batches. */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const now = sql`now()`;
    await db.schema
      .createTable('organisations')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('code', 'text')
      .addColumn('parent_id', 'integer', (c) => c.references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('部门', '单位')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addUniqueConstraint('organisations_name_region', ['name', 'region'])
      .execute();
    await db.schema
      .createTable('disclosures')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('决算', '预算')`))
      .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('部门', '单位')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addUniqueConstraint('disclosures_identity', ['organisation_id', 'year', 'kind', 'scope'])
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('公众', '编制人', '审核人', '管理员')`))
      .addColumn('organisation', 'text')
      .addColumn('region', 'text')
      .addColumn('password_hash', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema
      .createTable('tokens')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema
      .createTable('versions')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('source', 'bytea', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('errors', 'integer', (c) => c.notNull())
      .addColumn('warnings', 'integer', (c) => c.notNull())
      .addColumn('infos', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .addUniqueConstraint('versions_number', ['disclosure_id', 'number'])
      .execute();
    await db.schema
      .createTable('findings')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('version_id', 'integer', (c) => c.notNull().references('versions.id'))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addUniqueConstraint('findings_fingerprint', ['version_id', 'fingerprint'])
      .execute();
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('version_id', 'integer', (c) => c.notNull().references('versions.id'))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('待处理', '已确认', '误报', '已修正')`))
      .addColumn('note', 'text')
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('carried_from', 'integer', (c) => c.references('versions.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema
      .createIndex('reviews_by_finding')
      .on('reviews')
      .columns(['version_id', 'fingerprint', 'id'])
      .execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema
      .createTable('batches')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema
      .createTable('batch_items')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('batch_id', 'integer', (c) => c.notNull().references('batches.id'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('source', 'bytea', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version_id', 'integer', (c) => c.references('versions.id'))
      .addColumn('error', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
      .execute();
    await db.schema.createIndex('disclosures_by_year').on('disclosures').columns(['year', 'kind']).execute();
  },
};
