import type { Command } from 'commander';

/**
 * `--part FILE` (repeatable): a further file of the same disclosure (a 预算 published as narrative and tables
 * apart). Every command that reads a document takes it; the files are read as one, the first with the cover.
 */
export function addPartOption(command: Command): Command {
  return command.option(
    '-p, --part <file>',
    '同一份公开文档的其余文件（如说明和报表分成两个 PDF 发布），可重复；与第一个文件合并为一份读取',
    (value: string, previous: string[] = []) => [...previous, value],
  );
}

/** The sources to read: the document, then its parts in the order given. */
export function withParts(file: string, parts: readonly string[] | undefined): Array<{ readonly path: string }> {
  return [{ path: file }, ...(parts ?? []).map((path) => ({ path }))];
}
