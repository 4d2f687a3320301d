import { sql } from 'kysely';
import { audit } from './audit.js';
import { CURRENT_CHECK_COLUMNS, currentReport } from './rechecks.js';
import { ensureOrganisation, type OrganisationRef } from './organisations.js';
import { PUBLISHED_ONLY, type Db, type DisclosureKind, type Scope, type Summary, type Visibility } from './types.js';
import { visibleVersion } from './visibility.js';

/** An uploaded file as kept: its bytes unchanged, with their hash. */
export interface StoredFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** A checked upload, ready to be stored as the next version of its disclosure. */
export interface NewVersion {
  readonly organisation: OrganisationRef;
  readonly year: number;
  readonly kind: DisclosureKind;
  readonly scope: Scope;
  readonly file: StoredFile;
  /** The further files of a disclosure published as several (narrative + tables), in reading order. */
  readonly parts?: readonly StoredFile[];
  /** Canonical disclosure JSON. */
  readonly document: string;
  /** The check report as `juesuan check --format json` prints it. */
  readonly report: string;
  readonly summary: Summary;
  readonly findings: readonly {
    readonly fingerprint: string;
    readonly ruleId: string;
    readonly severity: string;
    readonly message: string;
  }[];
  readonly userId: number | null;
  /** A batch item this upload came from: marked done in the same transaction. */
  readonly batchItemId?: number;
  /** Publish the version at once (in the same transaction); otherwise it is a draft. */
  readonly publish?: boolean;
}

export interface StoredVersion {
  readonly disclosureId: number;
  readonly versionId: number;
  readonly number: number;
  /** Review states carried over from the previous version by fingerprint. */
  readonly carried: number;
}

/**
 * Stores an upload as the next version of its disclosure (organisation, year, kind, scope), with its findings and
 * the review states carried over from the previous version, in ONE transaction: a crash leaves either the whole
 * version or nothing. The disclosure row is locked so concurrent uploads get consecutive numbers.
 */
export async function addVersion(db: Db, v: NewVersion): Promise<StoredVersion> {
  const organisationId = await ensureOrganisation(db, v.organisation);
  const disclosure = await db
    .insertInto('disclosures')
    .values({ organisation_id: organisationId, year: v.year, kind: v.kind, scope: v.scope })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'year', 'kind', 'scope']).doUpdateSet((eb) => ({ year: eb.ref('excluded.year') })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.selectFrom('disclosures').select('id').where('id', '=', disclosure.id).forUpdate().execute();
  const last = await db
    .selectFrom('versions')
    .select(['id', 'number'])
    .where('disclosure_id', '=', disclosure.id)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const number = (last?.number ?? 0) + 1;
  const version = await db
    .insertInto('versions')
    .values({
      disclosure_id: disclosure.id,
      number,
      file_name: v.file.name,
      media_type: v.file.mediaType,
      size: v.file.bytes.byteLength,
      sha256: v.file.sha256,
      source: v.file.bytes,
      document: v.document,
      report: v.report,
      errors: v.summary.error,
      warnings: v.summary.warning,
      infos: v.summary.info,
      created_by: v.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, part] of (v.parts ?? []).entries()) {
    await db
      .insertInto('version_parts')
      .values({
        version_id: version.id,
        position: i + 1,
        file_name: part.name,
        media_type: part.mediaType,
        size: part.bytes.byteLength,
        sha256: part.sha256,
        source: part.bytes,
      })
      .execute();
  }
  const unique = new Map(v.findings.map((f) => [f.fingerprint, f]));
  for (const chunk of chunks([...unique.values()], 500)) {
    await db
      .insertInto('findings')
      .values(
        chunk.map((f) => ({
          version_id: version.id,
          fingerprint: f.fingerprint,
          rule_id: f.ruleId,
          severity: f.severity,
          message: f.message,
        })),
      )
      .execute();
  }
  let carried = 0;
  if (last) {
    const r = await db
      .insertInto('reviews')
      .columns(['version_id', 'fingerprint', 'state', 'note', 'user_id', 'carried_from'])
      .expression((eb) =>
        eb
          .selectFrom('reviews as r')
          .innerJoin('findings as f', (j) =>
            j.on('f.version_id', '=', version.id).onRef('f.fingerprint', '=', 'r.fingerprint'),
          )
          .where('r.version_id', '=', last.id)
          .distinctOn('r.fingerprint')
          .select([
            sql.lit(version.id).as('version_id'),
            'r.fingerprint',
            'r.state',
            'r.note',
            'r.user_id',
            sql.lit(last.id).as('carried_from'),
          ])
          .orderBy('r.fingerprint')
          .orderBy('r.id', 'desc'),
      )
      .executeTakeFirst();
    carried = Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  if (v.publish) await db.insertInto('publications').values({ version_id: version.id, user_id: v.userId }).execute();
  if (v.batchItemId !== undefined) {
    await db
      .updateTable('batch_items')
      .set({ status: '完成', progress: 100, version_id: version.id, error: null, updated_at: new Date() })
      .where('id', '=', v.batchItemId)
      .execute();
  }
  await audit(db, {
    userId: v.userId,
    action: 'version.create',
    target: `documents/${disclosure.id}/versions/${number}`,
    detail: {
      file: v.file.name,
      sha256: v.file.sha256,
      ...(v.parts?.length ? { parts: v.parts.map((p) => ({ file: p.name, sha256: p.sha256 })) } : {}),
      findings: v.findings.length,
      carried,
      published: Boolean(v.publish),
    },
  });
  return { disclosureId: disclosure.id, versionId: version.id, number, carried };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface VersionInfo {
  readonly id: number;
  readonly number: number;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly summary: Summary;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  /** When it was published; null for a draft. */
  readonly publishedAt: Date | null;
  /** The further files it was read from (a disclosure published as several files); empty for one file. */
  readonly parts: readonly PartInfo[];
  /**
   * Its newest recheck (a related disclosure stored after it), 0 when none: its summary and report are the
   * recheck's. Caches of the report key by it.
   */
  readonly recheck: number;
}

export interface PartInfo {
  /** 1, 2, … after the main file. */
  readonly position: number;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

function versionInfo(
  r: {
    id: number;
    number: number;
    file_name: string;
    media_type: string;
    size: number;
    sha256: string;
    errors: number;
    warnings: number;
    infos: number;
    created_by_name: string | null;
    created_at: Date;
    published_at: Date | null;
    recheck: number;
  },
  parts: readonly PartInfo[] = [],
): VersionInfo {
  return {
    id: r.id,
    number: r.number,
    fileName: r.file_name,
    mediaType: r.media_type,
    size: r.size,
    sha256: r.sha256,
    summary: { error: Number(r.errors), warning: Number(r.warnings), info: Number(r.infos) },
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    parts,
    recheck: Number(r.recheck),
  };
}

/** The parts of these versions, by version id (one query). */
async function partsOf(db: Db, versionIds: readonly number[]): Promise<Map<number, PartInfo[]>> {
  const out = new Map<number, PartInfo[]>();
  if (versionIds.length === 0) return out;
  const rows = await db
    .selectFrom('version_parts')
    .select(['version_id', 'position', 'file_name', 'media_type', 'size', 'sha256'])
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.version_id) ?? [];
    list.push({ position: r.position, fileName: r.file_name, mediaType: r.media_type, size: r.size, sha256: r.sha256 });
    out.set(r.version_id, list);
  }
  return out;
}

/** One part's bytes and description, by version id and position; undefined when there is no such part. */
export async function versionPart(
  db: Db,
  versionId: number,
  position: number,
): Promise<(PartInfo & { readonly source: Uint8Array }) | undefined> {
  const r = await db
    .selectFrom('version_parts')
    .select(['position', 'file_name', 'media_type', 'size', 'sha256', 'source'])
    .where('version_id', '=', versionId)
    .where('position', '=', position)
    .executeTakeFirst();
  return r
    ? {
        position: r.position,
        fileName: r.file_name,
        mediaType: r.media_type,
        size: r.size,
        sha256: r.sha256,
        source: r.source,
      }
    : undefined;
}

const VERSION_COLUMNS = [
  'v.id',
  'v.number',
  'v.file_name',
  'v.media_type',
  'v.size',
  'v.sha256',
  'v.created_at',
  'u.name as created_by_name',
  'pub.created_at as published_at',
  ...CURRENT_CHECK_COLUMNS,
] as const;

/** Versions with their uploader, publication and organisation (for visibility). */
function versionsOf(db: Db, disclosureId: number) {
  return db
    .selectFrom('versions as v')
    .innerJoin('disclosures as d', 'd.id', 'v.disclosure_id')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .leftJoin('publications as pub', 'pub.version_id', 'v.id')
    .where('v.disclosure_id', '=', disclosureId);
}

export async function listVersions(
  db: Db,
  disclosureId: number,
  visibility: Visibility = PUBLISHED_ONLY,
): Promise<VersionInfo[]> {
  const rows = await versionsOf(db, disclosureId)
    .select(VERSION_COLUMNS)
    .where(visibleVersion(visibility, 'v', 'o'))
    .orderBy('v.number')
    .execute();
  const parts = await partsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => versionInfo(r, parts.get(r.id)));
}

/** One visible version of a disclosure (the latest visible when `number` is omitted), with what it stores. */
export async function getVersion<K extends 'document' | 'report' | 'source'>(
  db: Db,
  disclosureId: number,
  number: number | undefined,
  content: readonly K[],
  visibility: Visibility = PUBLISHED_ONLY,
): Promise<(VersionInfo & Pick<{ document: string; report: string; source: Uint8Array }, K>) | undefined> {
  let q = versionsOf(db, disclosureId)
    .select(VERSION_COLUMNS)
    .select(content.filter((c) => c !== 'report').map((c) => `v.${c}` as const))
    .$if(content.includes('report' as K), (q) => q.select(currentReport()))
    .where(visibleVersion(visibility, 'v', 'o'));
  q = number === undefined ? q.orderBy('v.number', 'desc').limit(1) : q.where('v.number', '=', number);
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const extra = Object.fromEntries(content.map((c) => [c, (row as Record<string, unknown>)[c]]));
  const parts = await partsOf(db, [row.id]);
  return { ...versionInfo(row, parts.get(row.id)), ...extra } as VersionInfo &
    Pick<{ document: string; report: string; source: Uint8Array }, K>;
}

/** One stored column of a version by its id (versions are immutable, so callers may cache this for good). */
export async function versionContent<K extends 'document' | 'report' | 'source'>(
  db: Db,
  versionId: number,
  column: K,
): Promise<{ document: string; report: string; source: Uint8Array }[K] | undefined> {
  const row =
    column === 'report'
      ? await db.selectFrom('versions as v').select(currentReport()).where('v.id', '=', versionId).executeTakeFirst()
      : await db.selectFrom('versions').select(column).where('id', '=', versionId).executeTakeFirst();
  return row
    ? (row as unknown as Record<K, { document: string; report: string; source: Uint8Array }[K]>)[column]
    : undefined;
}

/**
 * Publishes a version (once; publishing it again changes nothing). Returns false when there is no such version,
 * the publication time otherwise. Audited.
 */
export async function publishVersion(
  db: Db,
  p: { readonly disclosureId: number; readonly number: number; readonly userId: number | null },
): Promise<Date | false> {
  const v = await db
    .selectFrom('versions')
    .select('id')
    .where('disclosure_id', '=', p.disclosureId)
    .where('number', '=', p.number)
    .executeTakeFirst();
  if (!v) return false;
  const row = await db
    .insertInto('publications')
    .values({ version_id: v.id, user_id: p.userId })
    .onConflict((oc) => oc.column('version_id').doNothing())
    .returning('created_at')
    .executeTakeFirst();
  if (row) {
    await audit(db, {
      userId: p.userId,
      action: 'version.publish',
      target: `documents/${p.disclosureId}/versions/${p.number}`,
      detail: null,
    });
    return row.created_at;
  }
  const existing = await db
    .selectFrom('publications')
    .select('created_at')
    .where('version_id', '=', v.id)
    .executeTakeFirstOrThrow();
  return existing.created_at;
}
