import type { ColumnType, Generated } from 'kysely';

/**
 * The tables, as Kysely sees them (one declaration; row types are derived with Selectable/Insertable).
 * Versions, findings, reviews and the audit log are append-only: nothing is updated in place or deleted.
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  /** "" when unknown, so (name, region) can be unique. */
  region: string;
  code: string | null;
  parent_id: number | null;
  /** 部门 or 单位. */
  kind: string;
  created_at: CreatedAt;
  /** For a 部门: JSON array of the 单位 names its latest disclosure lists (links 单位 to it). */
  units: string | null;
}

export interface DisclosureTable {
  id: Generated<number>;
  organisation_id: number;
  year: number;
  /** 决算 or 预算. */
  kind: string;
  /** 部门 or 单位. */
  scope: string;
  created_at: CreatedAt;
}

export interface VersionTable {
  id: Generated<number>;
  disclosure_id: number;
  number: number;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  source: Uint8Array;
  /** The canonical disclosure JSON, as text so it is served byte for byte as it was written. */
  document: string;
  /** The check report (`juesuan check --format json`), as text for the same reason. */
  report: string;
  errors: number;
  warnings: number;
  infos: number;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface FindingTable {
  id: Generated<number>;
  version_id: number;
  fingerprint: string;
  rule_id: string;
  severity: string;
  message: string;
}

export interface ReviewTable {
  id: Generated<number>;
  version_id: number;
  fingerprint: string;
  /** 待处理 / 已确认 / 误报 / 已修正. */
  state: string;
  note: string | null;
  user_id: number | null;
  /** Set when the state was carried over from an earlier version by fingerprint. */
  carried_from: number | null;
  created_at: CreatedAt;
}

export interface AuditTable {
  id: Generated<number>;
  user_id: number | null;
  action: string;
  target: string;
  detail: string | null;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<number>;
  name: string;
  /** 公众 / 编制人 / 审核人 / 管理员. */
  role: string;
  /** 编制人: the organisation (name) they may upload for. */
  organisation: string | null;
  /** 审核人: the region whose findings they review. */
  region: string | null;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface TokenTable {
  id: Generated<number>;
  user_id: number;
  /** sha256 of the bearer token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: CreatedAt;
}

export interface BatchTable {
  id: Generated<number>;
  user_id: number | null;
  total: number;
  /** Publish each file's version as it is stored. */
  publish: Generated<boolean>;
  created_at: CreatedAt;
}

export interface BatchItemTable {
  id: Generated<number>;
  batch_id: number;
  file_name: string;
  source: Uint8Array;
  /** 排队中 / 处理中 / 完成 / 失败. */
  status: string;
  /** 0–100. */
  progress: number;
  version_id: number | null;
  error: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A published version (a version without a row here is a draft). */
export interface PublicationTable {
  id: Generated<number>;
  version_id: number;
  user_id: number | null;
  created_at: CreatedAt;
}

/** The further files of a version published as several (position 1, 2, … after the main file). */
export interface VersionPartTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  source: Uint8Array;
}

/** A version checked again when a related disclosure arrived (the newest row is the version's current report). */
export interface RecheckTable {
  id: Generated<number>;
  version_id: number;
  report: string;
  errors: number;
  warnings: number;
  infos: number;
  trigger_version_id: number | null;
  created_at: CreatedAt;
}

export interface Database {
  organisations: OrganisationTable;
  disclosures: DisclosureTable;
  versions: VersionTable;
  findings: FindingTable;
  reviews: ReviewTable;
  audit_log: AuditTable;
  users: UserTable;
  tokens: TokenTable;
  batches: BatchTable;
  batch_items: BatchItemTable;
  publications: PublicationTable;
  version_parts: VersionPartTable;
  rechecks: RecheckTable;
}
