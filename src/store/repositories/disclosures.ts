import type { Db, Summary } from './types.js';

export interface DisclosureFilter {
  readonly organisation?: string | undefined;
  readonly region?: string | undefined;
  readonly year?: number | undefined;
  readonly kind?: string | undefined;
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
  readonly latest: { readonly number: number; readonly createdAt: Date; readonly summary: Summary };
}

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
            .whereRef('w.disclosure_id', '=', 'd.id'),
        ),
      ),
    );
  if (f.organisation) q = q.where('o.name', '=', f.organisation);
  if (f.region) q = q.where('o.region', '=', f.region);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.kind) q = q.where('d.kind', '=', f.kind);
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
      'v.errors',
      'v.warnings',
      'v.infos',
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
        summary: { error: r.errors, warning: r.warnings, info: r.infos },
      },
    })),
  };
}

export async function getDisclosure(db: Db, id: number): Promise<DisclosureInfo | undefined> {
  const rows = await listDisclosuresById(db, id);
  return rows[0];
}

async function listDisclosuresById(db: Db, id: number): Promise<DisclosureInfo[]> {
  const rows = await filtered(db, {})
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
      'v.errors',
      'v.warnings',
      'v.infos',
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
      summary: { error: r.errors, warning: r.warnings, info: r.infos },
    },
  }));
}

/** Whether anything has been stored yet (the server loads the samples on first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('versions').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
