import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** A repository runs on the database or inside a caller's transaction alike. */
export type Db = Kysely<Database> | Transaction<Database>;

export type DisclosureKind = '决算' | '预算';
export type Scope = '部门' | '单位';
export type ReviewState = '待处理' | '已确认' | '误报' | '已修正';
export type Role = '公众' | '编制人' | '审核人' | '管理员';

export const REVIEW_STATES: readonly ReviewState[] = ['待处理', '已确认', '误报', '已修正'];
export const ROLES: readonly Role[] = ['公众', '编制人', '审核人', '管理员'];
export const DISCLOSURE_KINDS: readonly DisclosureKind[] = ['决算', '预算'];

export interface Summary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Which versions a reader sees: the public only published ones; a 编制人 also the drafts of their organisation, a
 * 审核人 those of their region; 管理员 (and the server itself) everything.
 */
export type Visibility =
  | { readonly all: true }
  | { readonly all?: false; readonly organisation?: string | null; readonly region?: string | null };

export const PUBLISHED_ONLY: Visibility = Object.freeze({});
export const EVERYTHING: Visibility = Object.freeze({ all: true });
