import type { Db, Scope } from './types.js';

export interface OrganisationRef {
  readonly name: string;
  readonly region?: string | undefined;
  readonly kind: Scope;
}

/** The organisation's id, creating it on first sight (same name and region → same organisation). */
export async function ensureOrganisation(db: Db, org: OrganisationRef): Promise<number> {
  const row = await db
    .insertInto('organisations')
    .values({ name: org.name, region: org.region ?? '', kind: org.kind })
    .onConflict((oc) => oc.columns(['name', 'region']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OrganisationNode {
  readonly id: number;
  readonly name: string;
  readonly region: string | null;
  readonly code: string | null;
  readonly kind: string;
  readonly children: OrganisationNode[];
}

/** All organisations as a 部门 → 单位 tree (roots sorted by region, then name). */
export async function organisationTree(db: Db): Promise<OrganisationNode[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('region').orderBy('name').execute();
  const nodes = new Map<number, OrganisationNode>();
  for (const r of rows) {
    nodes.set(r.id, { id: r.id, name: r.name, region: r.region || null, code: r.code, kind: r.kind, children: [] });
  }
  const roots: OrganisationNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
