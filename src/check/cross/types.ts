import type { Disclosure } from '../../model/disclosure.js';
import type { Claim } from '../claims/types.js';
import type { Report, RuleMeta } from '../types.js';
import type { Relation } from './summary.js';

export { RELATION_ZH, type Relation, type RelatedSummary } from './summary.js';

/** A disclosure the check compares against, with where it came from (a file, or the store's version). */
export interface RelatedDocument {
  readonly relation: Relation;
  readonly doc: Disclosure;
  /** The store's version number, when it came from the store. */
  readonly version?: number;
  /** The file it was read from or the store's name for it, for messages. */
  readonly source: string;
}

/** A report about one related document (its findings name both documents). */
export interface CrossReport extends Report {
  readonly against: RelatedDocument;
}

export interface CrossContext {
  readonly doc: Disclosure;
  readonly claims: readonly Claim[];
  /** The related documents of the relations the rule declares. */
  readonly related: readonly RelatedDocument[];
  /** Claims of a related document (extracted once per check). */
  claimsOf(doc: Disclosure): readonly Claim[];
  /** Counts one figure compared against a related document (for the report's summary). */
  compared(against: RelatedDocument): void;
}

export interface CrossRuleMeta extends RuleMeta {
  /** The relations whose documents the rule reads. */
  readonly relations: readonly Relation[];
}

/** A rule over two or more disclosures: like `Rule`, with the related documents in its context. */
export interface CrossRule {
  readonly meta: CrossRuleMeta;
  run(context: CrossContext): readonly CrossReport[];
}
