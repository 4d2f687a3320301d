/** Storage and internal failures (a bug or the environment, never the user's input). */
export const STORE_MESSAGES = {
  'internal.byteaNotBinary': 'bytea 参数应为二进制数据',
  'internal.findingWithoutFingerprint': '问题缺少指纹：{{rule}}',
  'internal.pdfWorkerExited': 'PDF 解析线程意外退出（退出码 {{code}}）',
  'store.dataDirBusy':
    '数据目录 {{dir}} 正被另一个进程（pid {{pid}}）使用；请先停止它（例如正在运行的 juesuan serve），或设置 DATABASE_URL 使用 PostgreSQL',
  'store.dataDirLockFailed': '无法锁定数据目录 {{dir}}',
  'store.migrationFailed': '数据库迁移失败{{migration}}：{{why}}',
} as const;
