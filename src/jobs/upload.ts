import { createHash } from 'node:crypto';
import type { DisclosureKind, Scope, Store, StoredFile, StoredVersion, User } from '../store/index.js';
import type { Disclosure } from '../model/disclosure.js';
import {
  canImport,
  crossCheckReport,
  supportedExtensions,
  withFingerprints,
  type ImportLimits,
  type PartFile,
  type Processed,
  type RelatedSummary,
} from './core.js';
import { asStoredDocument, storeLookup } from './related.js';
import { recheckDependents } from './recheck.js';
import { WorkError, type WorkerPool } from './pool.js';
import { msg } from '../model/messages/index.js';

/** A refused or failed upload: HTTP status, stable code, Chinese message. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the uploader may set instead of what was read from the document. */
export interface Overrides {
  readonly organisation?: string | undefined;
  readonly region?: string | undefined;
  readonly year?: number | undefined;
  readonly kind?: DisclosureKind | undefined;
  readonly scope?: Scope | undefined;
  /** For a 单位: its 部门 (by name, same region). */
  readonly parent?: string | undefined;
  /** Publish the new version at once (编制人 of the organisation, 管理员); otherwise it is a draft. */
  readonly publish?: boolean | undefined;
}

export interface UploadResult {
  readonly stored: StoredVersion;
  /** How many earlier stored disclosures were checked again because this one relates to them. */
  readonly rechecked: number;
  readonly organisation: string;
  readonly region: string | null;
  readonly year: number;
  readonly kind: DisclosureKind;
  readonly scope: Scope;
  readonly summary: Processed['summary'];
  readonly published: boolean;
  /** What the upload was compared against (last year's, the same year's 预算 …) and which are absent. */
  readonly related: readonly RelatedSummary[];
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Published pages are often GB2312/GBK: the charset is the page's own (the importer reads its declaration).
  '.html': 'text/html',
  '.htm': 'text/html',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[extensionOf(name)] ?? 'application/octet-stream';
}

/**
 * Refuses names that could be read as a path (the bytes go to the database, never to a file of that name, but a
 * name is echoed back in headers and reports) and files whose content does not match their extension.
 */
export function validateUpload(name: string, bytes: Uint8Array): void {
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || name.length > 200 || /[/\\\u0000-\u001f]/.test(name) || name.includes('..')) {
    throw new UploadError(400, 'invalid_file_name', msg('upload.badName', { name: name.slice(0, 80) }));
  }
  if (!canImport(name)) {
    throw new UploadError(
      415,
      'unsupported_file_type',
      msg('upload.unsupportedType', {
        ext: extensionOf(name) || msg('ingest.noExtension'),
        supported: supportedExtensions().join('、'),
      }),
    );
  }
  if (bytes.byteLength === 0) throw new UploadError(400, 'empty_file', msg('upload.empty', { name }));
  const ext = extensionOf(name);
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const mismatch =
    (ext === '.pdf' && head !== '%PDF-') ||
    ((ext === '.xlsx' || ext === '.docx') && !head.startsWith('PK\u0003\u0004')) ||
    ((ext === '.txt' || ext === '.text' || ext === '.json') && !isUtf8Text(bytes));
  if (mismatch) {
    throw new UploadError(415, 'content_mismatch', msg('upload.contentMismatch', { name, ext }));
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** 决算 unless the title says 预算 only. */
function kindOf(title: string): DisclosureKind {
  return title.includes('预算') && !title.includes('决算') ? '预算' : '决算';
}

/** May this user store a version for this organisation? 编制人 only for their own, 管理员 for any. */
export function canUploadFor(user: User | 'system' | undefined, organisation: string): boolean {
  if (user === 'system') return true;
  if (!user) return false;
  if (user.role === '管理员') return true;
  return user.role === '编制人' && user.organisation === organisation;
}

/**
 * Imports and checks an upload in the worker pool, then stores it as the next version of its disclosure in one
 * transaction. Throws UploadError for anything the uploader must fix or is not allowed to do.
 */
export async function storeUpload(
  deps: { readonly store: Store; readonly pool: WorkerPool; readonly limits?: ImportLimits },
  upload: {
    readonly file: string;
    readonly bytes: Uint8Array;
    /** Further files of the same disclosure (narrative + tables published apart), read after the first. */
    readonly parts?: readonly PartFile[];
    readonly overrides?: Overrides;
    /** 'system': the server itself (loading the samples on first start). */
    readonly user: User | 'system' | undefined;
    readonly batchItemId?: number;
  },
): Promise<UploadResult> {
  validateUpload(upload.file, upload.bytes);
  const parts = upload.parts ?? [];
  for (const p of parts) validateUpload(p.file, p.bytes);
  let processed: Processed;
  try {
    processed = await deps.pool.importAndCheck(upload.bytes, upload.file, deps.limits, parts);
  } catch (e) {
    if (e instanceof WorkError && e.code === 'unreadable_document') {
      throw new UploadError(422, 'unreadable_document', e.message);
    }
    throw e;
  }
  const o = upload.overrides ?? {};
  const organisation = o.organisation ?? processed.meta.name;
  if (!organisation) throw new UploadError(422, 'organisation_unknown', msg('upload.noOrganisation'));
  if (!canUploadFor(upload.user, organisation)) {
    throw new UploadError(403, 'forbidden', msg('upload.forbidden', { organisation }));
  }
  const region = o.region ?? processed.meta.region;
  const year = o.year ?? processed.meta.fiscalYear;
  const kind = o.kind ?? processed.meta.documentKind ?? kindOf(processed.meta.title);
  const scope = o.scope ?? processed.meta.scope;
  const crossed = await crossCheck(deps.store, processed, { organisation, region, year, kind, scope });
  const stored = await deps.store.addVersion({
    organisation: {
      name: organisation,
      region: region ?? undefined,
      kind: scope,
      units: processed.meta.units,
      parent: o.parent,
    },
    year,
    kind,
    scope,
    file: storedFile(upload.file, upload.bytes),
    parts: parts.map((p) => storedFile(p.file, p.bytes)),
    document: processed.document,
    report: crossed.report,
    summary: crossed.summary,
    findings: crossed.findings,
    userId: upload.user === 'system' ? null : (upload.user?.id ?? null),
    publish: Boolean(o.publish),
    ...(upload.batchItemId !== undefined ? { batchItemId: upload.batchItemId } : {}),
  });
  // Documents stored earlier that this one is a related document of are checked again (order of uploads free).
  const rechecked = await recheckDependents(deps.store, {
    disclosureId: stored.disclosureId,
    versionId: stored.versionId,
    organisation,
    region: region ?? null,
    year,
    kind,
    scope,
  });
  return {
    stored,
    rechecked,
    organisation,
    region: region ?? null,
    year,
    kind,
    scope,
    summary: crossed.summary,
    published: Boolean(o.publish),
    related: crossed.related,
  };
}

function storedFile(name: string, bytes: Uint8Array): StoredFile {
  return { name, mediaType: mediaTypeOf(name), bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The cross-document checks of an upload against what the store holds (on this thread: the figures are already
 * read; this is a few comparisons). The identity is the one the version is stored under (overrides applied).
 */
async function crossCheck(
  store: Store,
  processed: Processed,
  id: { organisation: string; region: string | null | undefined; year: number; kind: DisclosureKind; scope: Scope },
): Promise<{
  report: string;
  summary: Processed['summary'];
  findings: Processed['findings'];
  related: readonly RelatedSummary[];
}> {
  const asStored = asStoredDocument(JSON.parse(processed.document) as Disclosure, id);
  const r = await crossCheckReport(asStored, processed.report, storeLookup(store));
  return {
    report: r.report,
    summary: r.summary,
    findings: [
      ...processed.findings,
      ...withFingerprints(r.findings).map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
      })),
    ],
    related: r.related,
  };
}
