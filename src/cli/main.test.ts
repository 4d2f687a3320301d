import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';

describe('commander speaks Chinese (src/cli/chinese.ts)', () => {
  const HINT = '（运行 juesuan --help 或 juesuan help <命令> 查看用法）\n';

  it.each([
    [['parse'], '错误：缺少参数“file”'],
    [['parse', 'a.txt', 'b.txt'], '错误：参数过多（应为 1 个，实际为 2 个）'],
    [['frob'], '错误：未知命令“frob”'],
    [['check', '--bogus', 'x.txt'], '错误：未知选项“--bogus”'],
    [['render', 'x.txt', '--to'], '错误：选项“-t, --to <format>”缺少取值'],
    [['template'], '错误：缺少必需的选项“-o, --output <file>”'],
    [
      ['check', 'x.txt', '--fail-on', 'maybe'],
      '错误：选项“--fail-on <level>”的取值“maybe”无效。可选值：error、warning、never。',
    ],
  ])('juesuan %j: a Chinese usage error, the hint, exit code 2', async (args, message) => {
    const r = await runCli(...args);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`${message}\n${HINT}`);
  });

  it('writes help with Chinese titles and option details', async () => {
    const r = await runCli('check', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法： juesuan check/);
    expect(r.stdout).toContain('参数：');
    expect(r.stdout).toContain('选项：');
    expect(r.stdout).toContain('（可选：text、json、sarif、html；默认：text）');
    expect(r.stdout).not.toMatch(/Usage|Options|Arguments|choices|default:/);
  });
});
