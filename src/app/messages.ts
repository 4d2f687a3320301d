import { CROSS_RULES, RULES } from '../check/index.js';
import { MESSAGES } from '../model/messages/index.js';

/** One sentence Juesuan can say: where it is defined and its Chinese template with `{{name}}` placeholders. */
export interface MessageEntry {
  /** `ingest.tooLarge` for the catalogue; `rule:sum/balance#mismatch` for a rule's (or cross rule's) message. */
  readonly id: string;
  readonly template: string;
  readonly origin: 'catalogue' | 'rule';
}

/**
 * Every user-visible message in one list: the catalogue (src/model/messages) and each rule's `meta.messages`
 * (rules keep their messages beside their logic, as ESLint's do). For docs and for the catalogue's tests.
 */
export function listMessages(): MessageEntry[] {
  const catalogue = Object.entries(MESSAGES).map(([id, template]): MessageEntry => ({
    id,
    template,
    origin: 'catalogue',
  }));
  const rules = [...RULES, ...CROSS_RULES].flatMap((rule) =>
    Object.entries(rule.meta.messages).map(([messageId, template]): MessageEntry => ({
      id: `rule:${rule.meta.id}#${messageId}`,
      template,
      origin: 'rule',
    })),
  );
  return [...catalogue, ...rules];
}
