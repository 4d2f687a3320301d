import { EVERYTHING, PUBLISHED_ONLY, type User, type Visibility } from '../store/index.js';

/**
 * What a reader sees: the public (no token, or 公众) published versions only; a 编制人 also the drafts of their
 * organisation; a 审核人 those of their region; a 管理员 everything.
 */
export function visibilityOf(user: User | undefined): Visibility {
  if (!user || user.role === '公众') return PUBLISHED_ONLY;
  if (user.role === '管理员') return EVERYTHING;
  if (user.role === '编制人') return { organisation: user.organisation };
  return { region: user.region };
}
