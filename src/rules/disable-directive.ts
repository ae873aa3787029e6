import { DISABLE_DIRECTIVE_RULE } from '../core/engine/disable-directives.js';
import type { Rule } from '../core/engine/rule.js';

/**
 * The engine applies the directives to every rule's problems, its own parse problems included, so it
 * reports what is wrong with them too; this registers the id, severity and page those reports carry.
 */
export const disableDirective: Rule = {
  meta: {
    id: DISABLE_DIRECTIVE_RULE,
    severity: 'warning',
    description:
      "Inline disable directives (`<!-- ticket-lint-disable-next-line rule -->`, frontmatter `ticket-lint: { disable: [rule] }`) name known rules and suppress something.",
  },
};
