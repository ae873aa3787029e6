import { isPlainMapping } from '../config/expectations.js';
import { closestWord } from '../config/rule-settings.js';
import type { DisableComment, Frontmatter, TicketFile } from '../parse/ticket.js';
import { describeValue } from '../text/describe-value.js';
import { lineCount } from '../text/source-text.js';
import type { Finding } from './rule.js';

/** The rule whose id the warnings about directives carry (src/rules/disable-directive.ts); it cannot be disabled by one. */
export const DISABLE_DIRECTIVE_RULE = 'disable-directive';

/** The frontmatter key whose `disable` list turns rules off for the whole file. */
const FRONTMATTER_KEY = 'ticket-lint';

/** A directive's hold on one rule (or on every rule), reported when it suppresses nothing. */
interface Holder {
  line: number;
  endLine: number;
  unusedMessage: string;
  used: boolean;
}

/** Lines `from` to `to` where one rule's problems are suppressed. */
interface Suppression {
  from: number;
  to: number;
  holder: Holder;
}

/** What a file's directives suppress, and what is wrong with them. */
export interface DisableDirectives {
  /** Whether a problem of `rule` on `line` is suppressed; the directives that suppress it count as used. */
  suppresses(rule: string, line: number): boolean;
  /** Unknown rule ids, a malformed frontmatter value, an enable with no disable to end. */
  problems: Finding[];
  /** The directives and frontmatter entries that suppressed nothing, of those on lines `reportsAt` accepts. */
  unused(reportsAt: (line: number) => boolean): Finding[];
}

/**
 * Reads a file's frontmatter `ticket-lint: { disable: [...] }` and its `<!-- ticket-lint-… -->`
 * comments, in markdownlint's manner: a disable holds from its line to the line before the matching
 * enable (or the end of the file), disable-line holds on its own lines, disable-next-line on the line
 * after the comment ends. No rule ids means every rule; `ruleIds` are the rules a directive may name.
 */
export function readDisableDirectives(file: TicketFile, ruleIds: readonly string[]): DisableDirectives {
  const reader = new DirectiveReader(ruleIds, lineCount(file.source));
  reader.readFrontmatter(file.frontmatter);
  for (const comment of file.disableComments ?? []) reader.readComment(comment);
  return reader.finish();
}

class DirectiveReader {
  private readonly suppressions = new Map<string, Suppression[]>();
  private readonly holders: Holder[] = [];
  private readonly problems: Finding[] = [];
  /** The disables no enable has ended yet, by rule. */
  private readonly open = new Map<string, { from: number; holder: Holder }>();

  constructor(
    private readonly ruleIds: readonly string[],
    private readonly lastLine: number,
  ) {}

  readFrontmatter(frontmatter: Frontmatter | undefined): void {
    const entries = frontmatterEntries(frontmatter);
    if (entries.problem) this.problems.push(entries.problem);
    for (const { ruleId, line } of entries.ruleIds) {
      for (const [id, holder] of this.holdersOf([ruleId], { line, endLine: line }, `'${FRONTMATTER_KEY}: disable' entry of the frontmatter`, 'in this file')) {
        this.suppress(id, 1, this.lastLine, holder);
      }
    }
  }

  readComment(comment: DisableComment): void {
    if (comment.kind === 'enable') {
      this.enable(comment);
      return;
    }
    const [from, to, where] = linesHeld(comment, this.lastLine);
    for (const [id, holder] of this.holdersOf(comment.ruleIds, comment, `ticket-lint-${comment.kind} directive`, where)) {
      if (comment.kind !== 'disable') this.suppress(id, from, to, holder);
      else if (!this.open.has(id)) this.open.set(id, { from, holder });
    }
  }

  finish(): DisableDirectives {
    for (const [ruleId, { from, holder }] of this.open) this.suppress(ruleId, from, this.lastLine, holder);
    const { suppressions, holders, problems } = this;
    return {
      suppresses(rule, line) {
        const holding = (suppressions.get(rule) ?? []).filter(({ from, to }) => from <= line && line <= to);
        for (const { holder } of holding) holder.used = true;
        return holding.length > 0;
      },
      problems,
      unused: (reportsAt) => holders.filter((holder) => !holder.used && reportsAt(holder.line)).map(({ line, endLine, unusedMessage }) => ({ line, endLine, message: unusedMessage })),
    };
  }

  /** Ends the open disables an enable names (all of them when it names none); a rule it names that is not disabled is a problem. */
  private enable(comment: DisableComment): void {
    const at = { line: comment.line, endLine: comment.endLine };
    const directive = 'ticket-lint-enable directive';
    if (comment.ruleIds.length === 0 && this.open.size === 0) {
      this.problems.push({ ...at, message: `Unused ${directive} (no ticket-lint-disable is in effect here)` });
    }
    for (const ruleId of comment.ruleIds.length === 0 ? [...this.open.keys()] : new Set(comment.ruleIds)) {
      const disabled = this.open.get(ruleId);
      const problem = unknownRuleProblem(ruleId, this.ruleIds, directive) ?? (disabled === undefined ? `Unused ${directive} (no ticket-lint-disable of '${ruleId}' is in effect here)` : undefined);
      if (problem !== undefined) this.problems.push({ ...at, message: problem });
      if (disabled === undefined) continue;
      this.suppress(ruleId, disabled.from, comment.line - 1, disabled.holder);
      this.open.delete(ruleId);
    }
  }

  private suppress(ruleId: string, from: number, to: number, holder: Holder): void {
    const list = this.suppressions.get(ruleId) ?? [];
    list.push({ from, to, holder });
    this.suppressions.set(ruleId, list);
  }

  /**
   * Each rule a directive names with the holder its unused warning is reported by: one for each rule
   * named, one for all when it names none. An unknown rule id is a problem instead.
   */
  private holdersOf(named: readonly string[], at: { line: number; endLine: number }, directive: string, where: string): Array<[string, Holder]> {
    const newHolder = (ruleId?: string): Holder => {
      const rules = ruleId === undefined ? '' : `from '${ruleId}' `;
      const holder = { line: at.line, endLine: at.endLine, used: false, unusedMessage: `Unused ${directive} (no problems ${rules}were reported ${where})` };
      this.holders.push(holder);
      return holder;
    };
    if (named.length === 0) {
      const holder = newHolder();
      return this.ruleIds.filter((id) => id !== DISABLE_DIRECTIVE_RULE).map((id) => [id, holder]);
    }
    return [...new Set(named)].flatMap((ruleId): Array<[string, Holder]> => {
      const problem = unknownRuleProblem(ruleId, this.ruleIds, directive);
      if (problem === undefined) return [[ruleId, newHolder(ruleId)]];
      this.problems.push({ line: at.line, endLine: at.endLine, message: problem });
      return [];
    });
  }
}

/** The lines a disable comment holds from and to (a disable: from its line on), and how an unused warning says where. */
function linesHeld(comment: DisableComment, lastLine: number): [number, number, string] {
  if (comment.kind === 'disable-line') return [comment.line, comment.endLine, 'on its line'];
  if (comment.kind === 'disable-next-line') return [comment.endLine + 1, comment.endLine + 1, 'on the next line'];
  return [comment.line, lastLine, 'here'];
}

function unknownRuleProblem(ruleId: string, ruleIds: readonly string[], directive: string): string | undefined {
  if (ruleId === DISABLE_DIRECTIVE_RULE) return `'${DISABLE_DIRECTIVE_RULE}' cannot be named in a ${directive}; turn it off in the config instead`;
  if (ruleIds.includes(ruleId)) return undefined;
  const near = closestWord(ruleId, ruleIds);
  return `Unknown rule '${ruleId}' in a ${directive}${near === undefined ? '' : `; did you mean '${near}'?`}`;
}

/** The rule ids of the frontmatter's `ticket-lint: { disable: [...] }`, each with its line; any other value is a problem. */
function frontmatterEntries(frontmatter: Frontmatter | undefined): { ruleIds: Array<{ ruleId: string; line: number }>; problem?: Finding } {
  if (frontmatter === undefined || !Object.hasOwn(frontmatter.values, FRONTMATTER_KEY)) return { ruleIds: [] };
  const value = frontmatter.values[FRONTMATTER_KEY];
  const keyLine = frontmatter.keyLines.get(FRONTMATTER_KEY) ?? frontmatter.line;
  const list = isPlainMapping(value) && Object.keys(value).length === 1 ? value['disable'] : undefined;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
    const message = `Frontmatter key '${FRONTMATTER_KEY}' must be a mapping { disable: [rule ids] }; got ${describeValue(value, 40)}`;
    return { ruleIds: [], problem: { line: keyLine, message } };
  }
  const lines = frontmatter.itemLines.get(`${FRONTMATTER_KEY}.disable`) ?? [];
  return { ruleIds: (list as string[]).map((ruleId, index) => ({ ruleId: ruleId.trim(), line: lines[index] ?? keyLine })) };
}
