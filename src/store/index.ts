/** Storage: Kysely with one dialect (PostgreSQL) on two engines, PGlite (embedded default) and PostgreSQL. */
export { openStore, migrate, MigrationError, type Store } from './store.js';
export type { StoreLocation } from './dialect.js';
export { DataDirBusyError } from './pglite/data-dir-lock.js';
export type { NewVersion, PartInfo, StoredFile, StoredVersion, VersionInfo } from './repositories/versions.js';
export type { DisclosureInfo, DisclosureFilter } from './repositories/disclosures.js';
export type { FindingReview } from './repositories/reviews.js';
export type { OrganisationNode, OrganisationInfo } from './repositories/organisations.js';
export type { User } from './repositories/users.js';
export type { BatchItem, ItemStatus } from './repositories/batches.js';
export {
  REVIEW_STATES,
  ROLES,
  DISCLOSURE_KINDS,
  type ReviewState,
  type Role,
  type DisclosureKind,
  type Scope,
  type Summary,
  type Visibility,
  PUBLISHED_ONLY,
  EVERYTHING,
} from './repositories/types.js';
