import type { Config } from '../config/config.js';
import { optionsWith } from '../config/rule-options.js';
import { inDoneFolder } from '../parse/lifecycle.js';
import type { Ticket, TicketFile } from '../parse/ticket.js';
import type { Diagnostic, ReportedSeverity } from './report.js';
import type { AnyRule, Finding, RuleContext } from './rule.js';
import { checkFinding, checkRuleIds } from './rule-contract.js';
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

/** The rules the config leaves on, each with its severity and resolved options. */
export function enabledRules(rules: readonly AnyRule[], config: Config): EnabledRule[] {
  checkRuleIds(rules);
  return rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.severity;
    return severity === 'off' ? [] : [{ rule, severity, options: optionsWith(rule.meta, setting?.options) }];
  });
}

/** Runs every enabled rule on a file and its tickets; each finding is checked and stamped with rule, severity, file and ticket. */
export function checkTicketFile(file: TicketFile, rules: readonly EnabledRule[], shared: SharedContext): TicketDiagnostic[] {
  const found: TicketDiagnostic[] = [];
  const { resolveIn, ...rest } = shared;
  const resolve = resolveIn(file.path);
  const digests = new Map<number, string>();
  const digestOf = (line: number): string => {
    let known = digests.get(line);
    if (known === undefined) {
      known = lineDigest(lineText(file.source, line));
      digests.set(line, known);
    }
    return known;
  };
  for (const { rule, severity, options } of rules) {
    const context: RuleContext<Record<string, unknown>> = { ...rest, options, file, resolve };
    const stamp = (findings: Finding[], ticket: Ticket | undefined): void => {
      for (const finding of findings) {
        checkFinding(finding, rule, file.path, file.source);
        const holder = ticket ?? ticketHolding(file, finding.line);
        const fingerprint = problemFingerprint(rule.meta.id, holder && ticketShortName(holder), digestOf(finding.line));
        found.push({ diagnostic: toDiagnostic(finding, rule, severity, file.path, ticket, fingerprint), ticket: holder });
      }
    };
    // A file whose tickets are all done is checked for what the graph needs only, like its tickets.
    const allDone = file.tickets.length > 0 ? file.tickets.every((ticket) => ticket.lifecycle.state === 'done') : inDoneFolder(file.path);
    if (rule.checkFile && (!allDone || rule.meta.checksDone || rest.config.lintDone)) stamp(rule.checkFile(file, context), undefined);
    if (!rule.check) continue;
    for (const ticket of file.tickets) {
      if (ticket.lifecycle.state === 'done' && !rule.meta.checksDone && !rest.config.lintDone) continue;
      stamp(rule.check(ticket, context), ticket);
    }
  }
  return found;
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
