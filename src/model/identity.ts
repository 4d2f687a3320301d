/** 决算 (final accounts) or 预算 (budget): the two document kinds of the same organisation and year. */
export type DocumentKind = '决算' | '预算';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['决算', '预算'];

/**
 * Which disclosure a document is, whatever its version: the organisation, the fiscal year, the document kind and
 * whether it is a 部门 (consolidated) or a 单位 disclosure. Versions of one disclosure (a corrected
 * re-publication, an edit) share it; a store keys its history by `identityKey`.
 */
export interface DisclosureIdentity {
  readonly organisation: string;
  readonly fiscalYear: number;
  readonly documentKind: DocumentKind;
  readonly scope: '部门' | '单位';
}

/** The metadata an identity is made of (a `Metadata` fits; declared here so that the model has no file cycle). */
export interface IdentityFields {
  readonly name: string;
  readonly fiscalYear: number;
  readonly kind: '部门' | '单位';
  readonly documentKind?: DocumentKind;
}

/** The identity of a document; `documentKind` defaults to 决算 (documents read before budgets existed). */
export function disclosureIdentity(meta: IdentityFields): DisclosureIdentity {
  return {
    organisation: meta.name,
    fiscalYear: meta.fiscalYear,
    documentKind: meta.documentKind ?? '决算',
    scope: meta.kind,
  };
}

/** Folds what printing varies (spaces, full-width letters and digits, brackets) so one organisation has one key. */
function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

/**
 * A stable text key for an identity: "2024/决算/部门/海东市人力资源和社会保障局". Equal for two versions of one
 * disclosure (however the name was spaced), different for another year, kind or scope.
 */
export function identityKey(id: DisclosureIdentity): string {
  return `${id.fiscalYear}/${id.documentKind}/${id.scope}/${foldName(id.organisation)}`;
}

/**
 * The key of an organisation's name for matching a 部门's list of 单位 with stored organisations: printing
 * folded as for identities, and a trailing "（本级）" / "本级" removed (the 部门's own accounts).
 */
export function organisationKey(name: string): string {
  return foldName(name).replace(/\(本级\)$|本级$/, '');
}
