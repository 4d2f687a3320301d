/**
 * The Table Schemas of the open-data package (Frictionless Data: https://specs.frictionlessdata.io/table-schema/):
 * one resource per CSV, with field types, required fields, primary and foreign keys. The CSV writer and the
 * descriptor both read these, so a column cannot be written without being described.
 */

export type FieldType = 'string' | 'integer' | 'number';

export interface FieldSchema {
  readonly name: string;
  readonly title: string;
  readonly type: FieldType;
  readonly description?: string;
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[] };
}

export interface TableSchema {
  readonly fields: readonly FieldSchema[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly {
    readonly fields: readonly string[];
    readonly reference: { readonly resource: string; readonly fields: readonly string[] };
  }[];
  readonly missingValues: readonly string[];
}

const req = { required: true } as const;
const KINDS = ['决算', '预算'] as const;
const SCOPES = ['部门', '单位'] as const;

const f = (name: string, title: string, type: FieldType, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  name,
  title,
  type,
  ...extra,
});

const toDocument = [
  { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } },
] as const;

export const DOCUMENTS_SCHEMA: TableSchema = {
  fields: [
    f('document_id', '文档标识', 'string', {
      description: '年度/种类/部门或单位/单位名称（同一文件包内唯一）',
      constraints: req,
    }),
    f('organisation', '单位名称', 'string', { constraints: req }),
    f('region', '地区', 'string'),
    f('code', '单位编码', 'string'),
    f('year', '年度', 'integer', { constraints: req }),
    f('kind', '种类', 'string', { constraints: { required: true, enum: KINDS } }),
    f('scope', '部门或单位', 'string', { constraints: { required: true, enum: SCOPES } }),
    f('version', '版本', 'integer', { description: '存储中的版本号；直接由文件导出时为空' }),
    f('title', '标题', 'string'),
    f('unit', '金额单位', 'string', { constraints: { required: true, enum: ['元', '万元'] } }),
    f('source_file', '来源文件', 'string'),
    f('errors', '错误数', 'integer', { constraints: req }),
    f('warnings', '警告数', 'integer', { constraints: req }),
    f('infos', '提示数', 'integer', { constraints: req }),
  ],
  primaryKey: ['document_id'],
  missingValues: [''],
};

export const CELLS_SCHEMA: TableSchema = {
  fields: [
    f('document_id', '文档标识', 'string', { constraints: req }),
    f('organisation', '单位名称', 'string', { constraints: req }),
    f('code', '单位编码', 'string'),
    f('year', '年度', 'integer', { constraints: req }),
    f('kind', '种类', 'string', { constraints: { required: true, enum: KINDS } }),
    f('table', '表', 'string', { description: '表的语义标识（t01…t11，预算表另有标识）', constraints: req }),
    f('table_title', '表名', 'string'),
    f('row_key', '行键', 'string', { description: '表内唯一：分类编码或行的键', constraints: req }),
    f('row_code', '科目编码', 'string'),
    f('row_label', '行名称', 'string'),
    f('column', '栏', 'string', { description: '栏的标识', constraints: req }),
    f('column_label', '栏名', 'string', { description: '表头，多级以“/”连接' }),
    f('value', '数值', 'number', { description: '金额、数量或百分数的数值；文字、“--”为空' }),
    f('printed', '印刷值', 'string', { description: '表中印出的文字', constraints: req }),
    f('unit', '单位', 'string', { description: '元、万元、%；数量为空' }),
  ],
  primaryKey: ['document_id', 'table', 'row_key', 'column'],
  foreignKeys: toDocument,
  missingValues: [''],
};

export const FINDINGS_SCHEMA: TableSchema = {
  fields: [
    f('document_id', '文档标识', 'string', { constraints: req }),
    f('fingerprint', '指纹', 'string', { description: '问题在各版本间的稳定标识', constraints: req }),
    f('rule_id', '规则', 'string', { constraints: req }),
    f('severity', '级别', 'string', { constraints: { required: true, enum: ['error', 'warning', 'info'] } }),
    f('message', '说明', 'string', { constraints: req }),
    f('table', '表', 'string'),
    f('row_code', '科目编码', 'string'),
    f('row_label', '行名称', 'string'),
    f('column', '栏', 'string'),
    f('section', '情况说明章节', 'string'),
    f('page', '页码', 'integer'),
    f('expected', '应为', 'string'),
    f('actual', '实为', 'string'),
  ],
  primaryKey: ['document_id', 'fingerprint'],
  foreignKeys: toDocument,
  missingValues: [''],
};

export const RESOURCES = [
  { name: 'documents', path: 'documents.csv', title: '文档', schema: DOCUMENTS_SCHEMA },
  { name: 'cells', path: 'cells.csv', title: '报表单元格（每格一行）', schema: CELLS_SCHEMA },
  { name: 'findings', path: 'findings.csv', title: '审核发现的问题', schema: FINDINGS_SCHEMA },
] as const;
