import type { SourceText } from '../text/source-text.js';
import { lineCount, lineText } from '../text/source-text.js';
import type { AnyRule, Finding } from './rule.js';

/** A rule broke the engine's contract (a line outside the file, a second rule of one id): a bug in ticket-lint, never the user's problem. */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
}

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Every rule of a run has its own id, in kebab-case, as config keys and docs pages name it. */
export function checkRuleIds(rules: readonly AnyRule[]): void {
  const seen = new Set<string>();
  for (const { meta } of rules) {
    if (!RULE_ID.test(meta.id)) throw new RuleContractError(`Rule id '${meta.id}' is not a kebab-case id`);
    if (seen.has(meta.id)) throw new RuleContractError(`Two rules have the id '${meta.id}'`);
    seen.add(meta.id);
  }
}

/**
 * What a rule reports must point into the file: whole lines from 1 to the last, an end line not
 * before the start, a column within its line, a message, and no severity but the milder 'warning'.
 */
export function checkFinding(finding: Finding, rule: AnyRule, path: string, source: SourceText): void {
  const broken = (what: string): never => {
    throw new RuleContractError(`Rule '${rule.meta.id}' reported ${what} in ${path}`);
  };
  const lastLine = lineCount(source);
  const endLine = finding.endLine ?? finding.line;
  const isLine = (line: number): boolean => Number.isInteger(line) && line >= 1 && line <= lastLine;
  if (!isLine(finding.line) || !isLine(endLine) || endLine < finding.line) {
    broken(`lines ${finding.line}-${endLine}, which has ${lastLine} lines`);
  }
  const { column } = finding;
  if (column !== undefined && (!Number.isInteger(column) || column < 1 || column > lineText(source, finding.line).length + 1)) {
    broken(`column ${column} of line ${finding.line}`);
  }
  if (typeof finding.message !== 'string' || finding.message.trim() === '') broken(`an empty message at line ${finding.line}`);
  if (finding.severity !== undefined && finding.severity !== 'warning') broken(`severity '${String(finding.severity)}' at line ${finding.line}`);
}
