import { sql } from 'kysely';
import { PUBLISHED_ONLY, type Db, type Summary, type Visibility } from './types.js';
import { visibleVersion } from './visibility.js';
import { CURRENT_CHECK_COLUMNS } from './rechecks.js';

export interface DisclosureFilter {
  readonly organisation?: string | undefined;
  readonly region?: string | undefined;
  readonly year?: number | undefined;
  readonly kind?: string | undefined;
  readonly scope?: string | undefined;
  /** Only disclosures of organisations under this 部门 (its id), the 部门 included. */
  readonly parent?: number | undefined;
  /** Which versions count (default: published only); `latest` is the newest visible one. */
  readonly visibility?: Visibility | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface DisclosureInfo {
  readonly id: number;
  readonly organisation: string;
  readonly organisationId: number;
  readonly region: string | null;
  readonly year: number;
  readonly kind: string;
  readonly scope: string;
  readonly versions: number;
  readonly latest: {
    readonly number: number;
    readonly createdAt: Date;
    readonly summary: Summary;
    readonly published: boolean;
  };
}

const published = sql<boolean>`exists (select 1 from publications pub where pub.version_id = v.id)`.as('published');

function filtered(db: Db, f: Omit<DisclosureFilter, 'limit' | 'offset'>) {
  let q = db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .innerJoin('versions as v', (j) =>
      j.onRef('v.disclosure_id', '=', 'd.id').on((eb) =>
        eb(
          'v.number',
          '=',
          eb
            .selectFrom('versions as w')
            .select((w) => w.fn.max('w.number').as('n'))
            .whereRef('w.disclosure_id', '=', 'd.id')
            .where(visibleVersion(f.visibility ?? PUBLISHED_ONLY, 'w', 'o')),
        ),
      ),
    );
  if (f.organisation) q = q.where('o.name', '=', f.organisation);
  if (f.region) q = q.where('o.region', '=', f.region);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.kind) q = q.where('d.kind', '=', f.kind);
  if (f.scope) q = q.where('d.scope', '=', f.scope);
  if (f.parent !== undefined) {
    const parent = f.parent;
    q = q.where((eb) => eb.or([eb('o.id', '=', parent), eb('o.parent_id', '=', parent)]));
  }
  return q;
}

/** Disclosures with their latest version, filtered and paged; `total` counts all that match. */
export async function listDisclosures(
  db: Db,
  f: DisclosureFilter,
): Promise<{ total: number; items: DisclosureInfo[] }> {
  // One query: the page and, by a window count, how many match in all.
  const rows = await filtered(db, f)
    .select((eb) => eb.fn.countAll().over().as('total'))
    .select([
      'd.id',
      'd.year',
      'd.kind',
      'd.scope',
      'o.id as organisation_id',
      'o.name as organisation',
      'o.region',
      'v.number',
      'v.created_at',
      ...CURRENT_CHECK_COLUMNS,
      published,
    ])
    .orderBy('d.year', 'desc')
    .orderBy('o.name')
    .orderBy('d.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const total =
    rows[0] !== undefined
      ? Number(rows[0].total)
      : Number(
          (
            await filtered(db, f)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      organisation: r.organisation,
      organisationId: r.organisation_id,
      region: r.region || null,
      year: r.year,
      kind: r.kind,
      scope: r.scope,
      versions: r.number,
      latest: {
        number: r.number,
        createdAt: r.created_at,
        summary: { error: Number(r.errors), warning: Number(r.warnings), info: Number(r.infos) },
        published: Boolean(r.published),
      },
    })),
  };
}

/** One disclosure with its latest visible version; undefined when it has none the reader may see. */
export async function getDisclosure(
  db: Db,
  id: number,
  visibility: Visibility = PUBLISHED_ONLY,
): Promise<DisclosureInfo | undefined> {
  const rows = await listDisclosuresById(db, id, visibility);
  return rows[0];
}

async function listDisclosuresById(db: Db, id: number, visibility: Visibility): Promise<DisclosureInfo[]> {
  const rows = await filtered(db, { visibility })
    .where('d.id', '=', id)
    .select([
      'd.id',
      'd.year',
      'd.kind',
      'd.scope',
      'o.id as organisation_id',
      'o.name as organisation',
      'o.region',
      'v.number',
      'v.created_at',
      ...CURRENT_CHECK_COLUMNS,
      published,
    ])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisation: r.organisation,
    organisationId: r.organisation_id,
    region: r.region || null,
    year: r.year,
    kind: r.kind,
    scope: r.scope,
    versions: r.number,
    latest: {
      number: r.number,
      createdAt: r.created_at,
      summary: { error: Number(r.errors), warning: Number(r.warnings), info: Number(r.infos) },
      published: Boolean(r.published),
    },
  }));
}

/** Whether anything has been stored yet (the server loads the samples on first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('versions').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The id of one disclosure by its identity (organisation by name and region), if stored. */
export async function findDisclosureId(
  db: Db,
  q: {
    organisation?: string;
    organisationId?: number;
    region?: string | undefined;
    year: number;
    kind: string;
    scope: string;
  },
): Promise<number | undefined> {
  let s = db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .select('d.id')
    .where('d.year', '=', q.year)
    .where('d.kind', '=', q.kind)
    .where('d.scope', '=', q.scope);
  if (q.organisationId !== undefined) s = s.where('o.id', '=', q.organisationId);
  else s = s.where('o.name', '=', q.organisation ?? '').where('o.region', '=', q.region ?? '');
  return (await s.executeTakeFirst())?.id;
}
