import { sql } from 'kysely';
import { organisationKey as unitKey } from '../../model/identity.js';
import { audit } from './audit.js';
import type { Db, Scope } from './types.js';

export interface OrganisationRef {
  readonly name: string;
  readonly region?: string | undefined;
  readonly kind: Scope;
  /** For a 部门: the 单位 its disclosure lists (by name), linked to it as children. */
  readonly units?: readonly string[] | undefined;
  /** For a 单位: its 部门 by name (same region), when the uploader says so. */
  readonly parent?: string | undefined;
}

/**
 * The organisation's id, creating it on first sight (same name and region → same organisation), and its place in
 * the 部门 → 单位 tree: a 部门's listed 单位 become its children; a 单位 gets the 部门 that names it (or the one the
 * uploader named). An existing parent link is only replaced by an explicit one.
 */
export async function ensureOrganisation(db: Db, org: OrganisationRef): Promise<number> {
  const region = org.region ?? '';
  const units = org.units && org.units.length > 0 ? JSON.stringify([...new Set(org.units.map(unitKey))]) : null;
  const row = await db
    .insertInto('organisations')
    .values({ name: org.name, region, kind: org.kind, units })
    .onConflict((oc) =>
      oc.columns(['name', 'region']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        units: sql<string | null>`coalesce(excluded.units, organisations.units)`,
      })),
    )
    .returning(['id', 'parent_id'])
    .executeTakeFirstOrThrow();
  if (org.kind === '部门' && units) {
    const names = JSON.parse(units) as string[];
    const children = await db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('region', '=', region)
      .where('kind', '=', '单位')
      .where('parent_id', 'is', null)
      .where('id', '<>', row.id)
      .execute();
    const ids = children.filter((c) => names.includes(unitKey(c.name))).map((c) => c.id);
    if (ids.length > 0)
      await db.updateTable('organisations').set({ parent_id: row.id }).where('id', 'in', ids).execute();
  }
  if (org.kind === '单位') {
    const parent = org.parent
      ? await db
          .selectFrom('organisations')
          .select('id')
          .where('name', '=', org.parent)
          .where('region', '=', region)
          .executeTakeFirst()
      : row.parent_id === null
        ? await db
            .selectFrom('organisations')
            .select('id')
            .where('region', '=', region)
            .where('kind', '=', '部门')
            .where('id', '<>', row.id)
            .where(sql<boolean>`units is not null and units::jsonb ? ${unitKey(org.name)}`)
            .orderBy('id')
            .executeTakeFirst()
        : undefined;
    if (parent && parent.id !== row.id) {
      await db.updateTable('organisations').set({ parent_id: parent.id }).where('id', '=', row.id).execute();
    }
  }
  return row.id;
}

export interface OrganisationInfo {
  readonly id: number;
  readonly name: string;
  readonly region: string | null;
  readonly code: string | null;
  readonly kind: string;
  readonly parentId: number | null;
}

export interface OrganisationNode extends OrganisationInfo {
  readonly children: OrganisationNode[];
}

const COLUMNS = ['id', 'name', 'region', 'code', 'kind', 'parent_id'] as const;

function info(r: {
  id: number;
  name: string;
  region: string;
  code: string | null;
  kind: string;
  parent_id: number | null;
}): OrganisationInfo {
  return { id: r.id, name: r.name, region: r.region || null, code: r.code, kind: r.kind, parentId: r.parent_id };
}

/** All organisations as a 部门 → 单位 tree (roots sorted by region, then name). */
export async function organisationTree(db: Db): Promise<OrganisationNode[]> {
  const rows = await db.selectFrom('organisations').select(COLUMNS).orderBy('region').orderBy('name').execute();
  const nodes = new Map<number, OrganisationNode>();
  for (const r of rows) nodes.set(r.id, { ...info(r), children: [] });
  const roots: OrganisationNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function getOrganisation(db: Db, id: number): Promise<OrganisationInfo | undefined> {
  const r = await db.selectFrom('organisations').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && info(r);
}

/**
 * Sets (or clears) a 单位's 部门 and its code, audited. Refuses (returns a Chinese reason) a parent that is not a
 * 部门, itself, or one that would make a cycle.
 */
export async function updateOrganisation(
  db: Db,
  u: { readonly id: number; readonly parentId?: number | null; readonly code?: string | null; readonly userId: number },
): Promise<string | undefined> {
  if (u.parentId !== undefined && u.parentId !== null) {
    if (u.parentId === u.id) return '单位不能是自己的上级';
    const parent = await getOrganisation(db, u.parentId);
    if (!parent) return `没有编号为 ${u.parentId} 的单位`;
    if (parent.kind !== '部门') return `“${parent.name}”不是部门，不能作为上级`;
    if (parent.parentId === u.id) return '上下级关系不能循环';
  }
  await db
    .updateTable('organisations')
    .set({
      ...(u.parentId !== undefined ? { parent_id: u.parentId } : {}),
      ...(u.code !== undefined ? { code: u.code } : {}),
    })
    .where('id', '=', u.id)
    .execute();
  await audit(db, {
    userId: u.userId,
    action: 'organisation.update',
    target: `organisations/${u.id}`,
    detail: { parentId: u.parentId, code: u.code },
  });
  return undefined;
}
