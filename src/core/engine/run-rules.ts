import type { Config } from '../config/config.js';
import { optionsWith } from '../config/rule-options.js';
import { inDoneFolder } from '../parse/lifecycle.js';
import type { Ticket, TicketFile } from '../parse/ticket.js';
import type { Diagnostic, ReportedSeverity } from './report.js';
import type { AnyRule, Finding, RuleContext } from './rule.js';
import { checkFinding, checkRuleIds } from './rule-contract.js';
import { DISABLE_DIRECTIVE_RULE, readDisableDirectives } from './disable-directives.js';
import { ticketShortName } from '../parse/ticket-names.js';
import { lineText } from '../text/source-text.js';
import { lineDigest, problemFingerprint } from './fingerprint.js';

interface EnabledRule {
  rule: AnyRule;
  severity: ReportedSeverity;
  options: Record<string, unknown>;
}

/** A diagnostic and the ticket it is about, before the report numbers the tickets. */
export interface TicketDiagnostic {
  diagnostic: Diagnostic;
  ticket: Ticket | undefined;
}

/** What every rule's context shares in a run; the engine adds the file and the rule's options. */
export type SharedContext = Omit<RuleContext<Record<string, unknown>>, 'file' | 'options' | 'resolve'> & {
  resolveIn(file: string): RuleContext['resolve'];
};

/** The rules of a run: those the config leaves on, each with its severity and resolved options, and the id of every rule, which directives may name. */
export interface RunRules {
  enabled: EnabledRule[];
  ids: readonly string[];
}

export function rulesOfRun(rules: readonly AnyRule[], config: Config): RunRules {
  checkRuleIds(rules);
  const enabled = rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.severity;
    return severity === 'off' ? [] : [{ rule, severity, options: optionsWith(rule.meta, setting?.options) }];
  });
  return { enabled, ids: rules.map((rule) => rule.meta.id) };
}

/**
 * Runs every enabled rule on a file and its tickets; each finding is checked and stamped with rule,
 * severity, file and ticket. The file's disable directives then remove what they suppress, and
 * what is wrong with them is reported as the disable-directive rule's (when it is on).
 */
export function checkTicketFile(file: TicketFile, rules: RunRules, shared: SharedContext): TicketDiagnostic[] {
  const found: TicketDiagnostic[] = [];
  const resolve = shared.resolveIn(file.path);
  const checksDone = (rule: AnyRule): boolean => rule.meta.checksDone === true || shared.config.lintDone;
  // A file whose tickets are all done is checked for what the graph needs only, like its tickets.
  const allDone = file.tickets.length > 0 ? file.tickets.every((ticket) => ticket.lifecycle.state === 'done') : inDoneFolder(file.path);
  for (const enabled of rules.enabled) {
    const { rule, options } = enabled;
    // Written out, not spread: a spread context is a slow-mode object of ~600 bytes, 250,000 of them
    // for 10,000 tickets (148 MB the collector had to sweep).
    const context: RuleContext<Record<string, unknown>> = {
      config: shared.config,
      repository: shared.repository,
      tickets: shared.tickets,
      isLinted: shared.isLinted,
      graph: shared.graph,
      measure: shared.measure,
      options,
      file,
      resolve,
    };
    if (rule.checkFile && (!allDone || checksDone(rule))) stamp(found, rule.checkFile(file, context), enabled, file, undefined);
    if (!rule.check) continue;
    for (const ticket of file.tickets) {
      if (ticket.lifecycle.state === 'done' && !checksDone(rule)) continue;
      stamp(found, rule.check(ticket, context), enabled, file, ticket);
    }
  }
  const directives = readDisableDirectives(file, rules.ids);
  const kept = found.filter(({ diagnostic }) => !directives.suppresses(diagnostic.rule, diagnostic.line));
  const directiveRule = rules.enabled.find(({ rule }) => rule.meta.id === DISABLE_DIRECTIVE_RULE);
  if (directiveRule === undefined) return kept;
  // Most rules skip done tickets, so a directive in one suppressing nothing says nothing about it.
  const rulesRanAt = (line: number): boolean => {
    const ticket = ticketHolding(file, line);
    return shared.config.lintDone || (ticket === undefined ? !allDone : ticket.lifecycle.state !== 'done');
  };
  stamp(kept, [...directives.problems, ...directives.unused(rulesRanAt)], directiveRule, file, undefined);
  return kept;
}

/** Checks each finding against the engine's contract and adds it to `found` as a diagnostic of its rule, file and ticket. */
function stamp(found: TicketDiagnostic[], findings: readonly Finding[], { rule, severity }: EnabledRule, file: TicketFile, ticket: Ticket | undefined): void {
  for (const finding of findings) {
    checkFinding(finding, rule, file.path, file.source);
    const holder = ticket ?? ticketHolding(file, finding.line);
    const fingerprint = problemFingerprint(rule.meta.id, holder && ticketShortName(holder), lineDigestOf(file, finding.line));
    found.push({ diagnostic: toDiagnostic(finding, rule, severity, file.path, ticket, fingerprint), ticket: holder });
  }
}

// A line may be megabytes and hold thousands of problems: each line of a file is hashed once.
const lineDigests = new WeakMap<TicketFile, Map<number, string>>();

function lineDigestOf(file: TicketFile, line: number): string {
  let digests = lineDigests.get(file);
  if (digests === undefined) {
    digests = new Map();
    lineDigests.set(file, digests);
  }
  let known = digests.get(line);
  if (known === undefined) {
    known = lineDigest(lineText(file.source, line));
    digests.set(line, known);
  }
  return known;
}

/** A problem with the file as a whole belongs to the ticket whose lines hold it (a single ticket's frontmatter), if any. */
function ticketHolding(file: TicketFile, line: number): Ticket | undefined {
  return file.tickets.find((ticket) => line >= ticket.line && line <= ticket.endLine);
}

function toDiagnostic(finding: Finding, rule: AnyRule, severity: ReportedSeverity, path: string, ticket: Ticket | undefined, fingerprint: string): Diagnostic {
  const ticketName = ticket === undefined || (ticket.id === undefined && ticket.title === undefined) ? undefined : ticketShortName(ticket);
  return {
    file: path,
    line: finding.line,
    endLine: finding.endLine ?? finding.line,
    ...(finding.column !== undefined ? { column: finding.column } : {}),
    rule: rule.meta.id,
    severity: finding.severity ?? severity,
    message: finding.message,
    ...(ticketName !== undefined ? { ticket: ticketName } : {}),
    ...(rule.meta.url !== undefined ? { url: rule.meta.url } : {}),
    fingerprint,
  };
}
