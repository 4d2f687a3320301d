import { Option, type Command } from 'commander';
import type { Role } from '../server/index.js';
import { storeLocation } from './serve-command.js';
import { UsageError, writeOut } from './io.js';
import { msg } from '../model/messages/index.js';

const ROLES: readonly Role[] = ['公众', '编制人', '审核人', '管理员'];
const ALIASES: Readonly<Record<string, Role>> = {
  public: '公众',
  preparer: '编制人',
  reviewer: '审核人',
  admin: '管理员',
};

/** `juesuan user add NAME --role 编制人|审核人|管理员 [--org 单位] [--region 地区]`: prints the new bearer token. */
export function registerUser(program: Command): void {
  const user = program.command('user').description('管理服务的用户与令牌');
  user
    .command('add')
    .description('新建用户并输出其访问令牌（Authorization: Bearer …）')
    .argument('<name>', '用户名')
    .addOption(
      new Option(
        '-r, --role <role>',
        '角色：编制人（上传本单位文档）、审核人（审核本地区的问题）、管理员、公众',
      ).makeOptionMandatory(),
    )
    .option('--org <name>', '编制人所属单位（与文档封面上的单位名称一致）')
    .option('--region <name>', '审核人负责的地区（如“上海市普陀区”）')
    .option('--password <password>', '密码（以 argon2 散列保存）')
    .option('-d, --data <dir>', '数据目录（默认 ./data 或 JUESUAN_DATA；设置 DATABASE_URL 则用 PostgreSQL）')
    .action(
      async (name: string, opts: { role: string; org?: string; region?: string; password?: string; data?: string }) => {
        const role = (ROLES as readonly string[]).includes(opts.role) ? (opts.role as Role) : ALIASES[opts.role];
        if (!role) throw new UsageError(msg('cli.badRole', { role: opts.role, roles: ROLES.join('、') }));
        if (role === '编制人' && !opts.org) throw new UsageError(msg('cli.preparerNeedsOrg'));
        if (role === '审核人' && !opts.region) throw new UsageError(msg('cli.reviewerNeedsRegion'));
        const { openStore, addUser } = await import('../server/index.js');
        const store = await openStore(storeLocation(opts.data));
        try {
          if (await store.userByName(name)) throw new UsageError(msg('cli.userExists', { name }));
          const { token } = await addUser(store, {
            name,
            role,
            organisation: opts.org ?? null,
            region: opts.region ?? null,
            password: opts.password,
          });
          process.stderr.write(msg('cli.userCreated', { name, role }));
          await writeOut(`${token}\n`);
        } finally {
          await store.close();
        }
      },
    );
}
