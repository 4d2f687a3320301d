import { Type, type Static } from 'typebox';

/** TypeBox schemas of the API: they validate requests, type the handlers and make the OpenAPI description. */

export const ErrorSchema = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: '稳定的错误代码（程序用）' }),
    message: Type.String({ description: '中文说明（给人看）' }),
  },
  { $id: 'Error', description: '错误' },
);

export const Summary = Type.Object({ error: Type.Integer(), warning: Type.Integer(), info: Type.Integer() });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, description: '文档（决算公开）编号' }) });
export type IdParams = Static<typeof IdParams>;

export const VersionQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1, description: '版本号，省略时为最新版本' })),
});
export type VersionQuery = Static<typeof VersionQuery>;

export const SourceQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1, description: '版本号，省略时为最新版本' })),
  part: Type.Optional(Type.Integer({ minimum: 1, description: '分册文件的序号（1 起）；省略时为第一个文件' })),
});

export const Kind = Type.Union([Type.Literal('决算'), Type.Literal('预算')]);
export const Scope = Type.Union([Type.Literal('部门'), Type.Literal('单位')]);

export const ListQuery = Type.Object({
  organisation: Type.Optional(Type.String({ maxLength: 200, description: '单位名称' })),
  region: Type.Optional(Type.String({ maxLength: 100, description: '地区' })),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2200, description: '年度' })),
  kind: Type.Optional(Kind),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});
export type ListQuery = Static<typeof ListQuery>;

export const DocumentInfo = Type.Object({
  id: Type.Integer(),
  organisation: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  year: Type.Integer(),
  kind: Type.String(),
  scope: Type.String(),
  versions: Type.Integer(),
  latest: Type.Object({
    number: Type.Integer(),
    createdAt: Type.String(),
    summary: Summary,
    published: Type.Boolean({ description: '最新可见版本是否已发布（公众只能看到已发布的版本）' }),
  }),
});

export const DocumentList = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(DocumentInfo),
});

export const RelatedSummary = Type.Object({
  relation: Type.String({ description: 'previous-year / same-year-budget / previous-year-final / unit' }),
  document: Type.String(),
  year: Type.Integer(),
  kind: Type.String(),
  version: Type.Union([Type.Integer(), Type.Null()]),
  source: Type.Union([Type.String(), Type.Null()]),
  claimsCompared: Type.Integer(),
  mismatches: Type.Integer(),
  absent: Type.Boolean(),
  note: Type.String(),
});

export const UploadResult = Type.Object({
  id: Type.Integer({ description: '文档编号' }),
  version: Type.Integer({ description: '本次上传的版本号' }),
  organisation: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  year: Type.Integer(),
  kind: Type.String(),
  scope: Type.String(),
  summary: Summary,
  published: Type.Boolean({ description: '是否已发布；未发布的版本是草稿，公众看不到' }),
  related: Type.Array(RelatedSummary, { description: '与哪些相关公开做了比对（上年、同年度预算…），缺少的也列出' }),
});

export const VersionInfo = Type.Object({
  number: Type.Integer(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  summary: Summary,
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()], { description: '发布时间；草稿为 null' }),
  parts: Type.Array(
    Type.Object({
      position: Type.Integer({ minimum: 1 }),
      fileName: Type.String(),
      mediaType: Type.String(),
      size: Type.Integer(),
      sha256: Type.String(),
    }),
    { description: '分开发布的文档的其余文件（按读取顺序）；单个文件时为空' },
  ),
});

export const VersionList = Type.Object({ document: DocumentInfo, versions: Type.Array(VersionInfo) });

export const RenderQuery = Type.Object({
  to: Type.Union(
    ['docx', 'xlsx', 'html', 'pdf', 'json'].map((f) => Type.Literal(f)),
    { description: '输出格式' },
  ),
  version: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type RenderQuery = Static<typeof RenderQuery>;

export const ReviewState = Type.Union([
  Type.Literal('待处理'),
  Type.Literal('已确认'),
  Type.Literal('误报'),
  Type.Literal('已修正'),
]);

export const FindingReview = Type.Object({
  fingerprint: Type.String(),
  ruleId: Type.String(),
  severity: Type.String(),
  message: Type.String(),
  state: ReviewState,
  note: Type.Union([Type.String(), Type.Null()]),
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  carriedFrom: Type.Union([Type.Integer(), Type.Null()], { description: '审核状态从哪个版本按指纹带过来' }),
});

export const ReviewList = Type.Object({
  document: Type.Integer(),
  version: Type.Integer(),
  findings: Type.Array(FindingReview),
});

export const FingerprintParams = Type.Object({
  fingerprint: Type.String({ pattern: '^[0-9a-zA-Z:_-]{1,80}$', description: '问题指纹' }),
});
export type FingerprintParams = Static<typeof FingerprintParams>;

export const ReviewBody = Type.Object({
  document: Type.Integer({ minimum: 1, description: '文档编号' }),
  version: Type.Optional(Type.Integer({ minimum: 1, description: '版本号，省略时为最新版本' })),
  state: ReviewState,
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type ReviewBody = Static<typeof ReviewBody>;

export const BatchParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type BatchParams = Static<typeof BatchParams>;

export const Batch = Type.Object({
  id: Type.Integer(),
  total: Type.Integer(),
  done: Type.Integer(),
  failed: Type.Integer(),
  progress: Type.Integer({ description: '0–100' }),
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      file: Type.String(),
      status: Type.String({ description: '排队中 / 处理中 / 完成 / 失败' }),
      progress: Type.Integer(),
      document: Type.Union([Type.Integer(), Type.Null()]),
      version: Type.Union([Type.Integer(), Type.Null()]),
      error: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

/** 部门 → 单位; children are organisations of the same shape. */
export const Organisation = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  code: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()], { description: '上级部门' }),
  children: Type.Array(Type.Unknown()),
});

export const OrganisationPatch = Type.Object({
  parent: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: '上级部门编号；null 取消' }),
  ),
  code: Type.Optional(Type.Union([Type.String({ maxLength: 50 }), Type.Null()], { description: '单位编码' })),
});
export type OrganisationPatch = Static<typeof OrganisationPatch>;

export const PublishParams = Type.Object({
  id: Type.Integer({ minimum: 1, description: '文档编号' }),
  number: Type.Integer({ minimum: 1, description: '版本号' }),
});
export type PublishParams = Static<typeof PublishParams>;

export const ExportQuery = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 100, description: '地区' })),
  year: Type.Optional(Type.Integer({ minimum: 1949, maximum: 2200, description: '年度' })),
  kind: Type.Optional(Kind),
  organisation: Type.Optional(Type.String({ maxLength: 200, description: '单位名称' })),
});
export type ExportQuery = Static<typeof ExportQuery>;
