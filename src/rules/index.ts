import type { AnyRule, Rule } from '../core/engine/rule.js';
import { acceptanceCriteria } from './acceptance-criteria.js';
import { contextPointers } from './context-pointers.js';
import { dependsOn } from './depends-on.js';
import { disableDirective } from './disable-directive.js';
import { frontmatter } from './frontmatter.js';
import { lineRange } from './line-range.js';
import { newFile } from './new-file.js';
import { parallelConflict } from './parallel-conflict.js';
import { pathExists } from './path-exists.js';
import { pathOutsideRepo } from './path-outside-repo.js';
import { requiredSections } from './required-sections.js';
import { sessionBudget } from './session-budget.js';
import { ticketFile } from './ticket-file.js';
import { ticketId } from './ticket-id.js';
import { ticketSize } from './ticket-size.js';
import { ticketStatus } from './ticket-status.js';
import { vagueLanguage } from './vague-language.js';

/** Where docs/rules/<id>.md is published; package.json's repository, a test keeps them in step. */
export const RULE_DOCS_BASE_URL = 'https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/';

const withDocs = <Options>(rule: Rule<Options>): Rule<Options> => ({ ...rule, meta: { ...rule.meta, url: `${RULE_DOCS_BASE_URL}${rule.meta.id}.md` } });

/** Every rule, in the order their problems are worth reading. */
export const RULES: readonly AnyRule[] = [
  ticketFile,
  frontmatter,
  ticketStatus,
  requiredSections,
  acceptanceCriteria,
  contextPointers,
  pathExists,
  pathOutsideRepo,
  lineRange,
  newFile,
  ticketSize,
  sessionBudget,
  ticketId,
  dependsOn,
  parallelConflict,
  vagueLanguage,
  disableDirective,
].map((rule: AnyRule) => withDocs(rule));

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
