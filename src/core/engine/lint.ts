import type { Config } from '../config/config.js';
import { TicketGraph } from '../graph/ticket-graph.js';
import type { Diagnostic, PointerKind, PointerReport, Report, ReportedSeverity, TicketReport } from './report.js';
import { compareDiagnostics } from './report.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { SessionMeasurer, type TicketMeasure } from '../sizing/measure.js';
import { resolvePointer, type PathChanges, type Resolution } from '../resolve/resolve-pointer.js';
import { optionsWith } from '../config/rule-options.js';
import type { AnyRule, Finding, RuleContext } from './rule.js';
import { readTicketFile } from '../parse/read-ticket-file.js';
import { relatedTickets } from '../graph/related-tickets.js';
import { lineCount } from '../text/source-text.js';
import type { Pointer, Ticket, TicketFile } from '../parse/ticket.js';
import type { TokenCounter } from '../sizing/tokens.js';

export interface LintOptions {
  repository: RepositoryView;
  config: Config;
  rules: readonly AnyRule[];
  /** Repository-relative paths of the ticket files to lint. */
  files: readonly string[];
  /**
   * Where token counts come from (loadTokenCounter on this thread, or a worker); asked for only once a
   * ticket turns up.
   */
  tokenCounter: (encoding: Config['encoding']) => Promise<TokenCounter>;
  /** Files the pull request removed or renamed, so that pointers at them say so. */
  changes?: PathChanges;
  /**
   * Every ticket file of the repository, for the rules that compare tickets (ticket-id, depends-on,
   * parallel-conflict) when only some are linted: the others are parsed, not measured or checked.
   */
  contextFiles?: readonly string[];
}

/** A rule reported a line outside the file: a bug in the rule, never the user's problem. */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
}

/** parse → resolve → measure → check → report, for the given ticket files. */
export async function lint({ repository, config, rules, files, tokenCounter, changes, contextFiles = [] }: LintOptions): Promise<Report> {
  const resolutions = new Map<Pointer, Resolution>();
  const resolveIn = (file: string) => (pointer: Pointer): Resolution => {
    let resolution = resolutions.get(pointer);
    if (!resolution) {
      resolution = resolvePointer(pointer, file, repository, changes);
      resolutions.set(pointer, resolution);
    }
    return resolution;
  };
  // Parse, resolve and plan file by file; the measurer counts tokens meanwhile (on another thread when
  // the counter is a worker), loading the tokenizer only once a ticket turns up.
  const measurer = new SessionMeasurer(repository, config, () => tokenCounter(config.encoding));
  const ticketFiles: TicketFile[] = [];
  for (const path of files) {
    const file = readTicketFile(path, repository, config);
    ticketFiles.push(file);
    for (const ticket of file.tickets) measurer.plan(ticket, resolveIn(file.path));
    await measurer.flush();
  }
  await measurer.settled();
  const tickets = ticketFiles.flatMap((file) => file.tickets);
  const linted = new Set(files);
  const otherTickets = relatedTickets(tickets, contextFiles.filter((path) => !linted.has(path)), repository, config);
  const everyTicket = [...tickets, ...otherTickets];
  let roadmap: TicketGraph | undefined;
  const graph = (): TicketGraph => (roadmap ??= new TicketGraph(everyTicket, (pointer, ticket) => resolveIn(ticket.file)(pointer)));
  const measures = new Map<Ticket, TicketMeasure>();
  const measure = (ticket: Ticket): TicketMeasure => {
    let measured = measures.get(ticket);
    if (!measured) {
      measured = measurer.measure(ticket);
      measures.set(ticket, measured);
    }
    return measured;
  };
  const diagnostics: Diagnostic[] = [];
  const enabled = rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.severity;
    return severity === 'off' ? [] : [{ rule, severity, options: optionsWith(rule.meta, setting?.options) }];
  });
  for (const file of ticketFiles) {
    for (const { rule, severity, options } of enabled) {
      const context: RuleContext<Record<string, unknown>> = { config, options, file, repository, tickets: everyTicket, graph, resolve: resolveIn(file.path), measure };
      const stamp = (findings: Finding[], ticket?: Ticket): void => {
        for (const finding of findings) diagnostics.push(toDiagnostic(finding, rule, severity, file, ticket));
      };
      if (rule.checkFile) stamp(rule.checkFile(file, context));
      if (rule.check) for (const ticket of file.tickets) stamp(rule.check(ticket, context), ticket);
    }
  }
  diagnostics.sort(compareDiagnostics);
  const name = (ticket: Ticket): string => ticket.id ?? `${ticket.file}:${ticket.line}`;
  const ticketReports: TicketReport[] = tickets.map((ticket) => {
    const measured = measure(ticket);
    return {
      file: ticket.file,
      line: ticket.line,
      endLine: ticket.endLine,
      id: ticket.id ?? null,
      title: ticket.title ?? null,
      tokens: measured.tokens,
      pointerTokens: measured.pointerTokens,
      sessionTokens: measured.sessionTokens,
      budget: measured.budget,
      pointers: ticket.pointers
        .map((pointer) => ({ pointer, resolution: resolveIn(ticket.file)(pointer) }))
        .filter(({ resolution }) => resolution.kind !== 'foreign')
        .map(({ pointer, resolution }) => pointerReport(pointer, resolution, measured.byPointer.get(pointer) ?? 0)),
      dependsOn: ticket.dependsOn.map((dependency) => dependency.id),
      parallelWith: graph().parallelWith(ticket).map(name),
    };
  });
  const count = (severity: ReportedSeverity): number => diagnostics.filter((d) => d.severity === severity).length;
  return {
    version: 1,
    tickets: ticketReports,
    diagnostics,
    counts: { tickets: tickets.length, files: ticketFiles.length, errors: count('error'), warnings: count('warning') },
  };
}

function pointerReport(pointer: Pointer, resolution: Resolution, tokens: number): PointerReport {
  const exists =
    resolution.kind === 'file' ||
    resolution.kind === 'dir' ||
    resolution.kind === 'name' ||
    (resolution.kind === 'glob' && resolution.files.length > 0);
  const kind: PointerKind = pointer.isNew ? 'new' : resolution.kind === 'glob' ? 'glob' : resolution.kind === 'dir' ? 'dir' : 'file';
  return { path: resolution.path, line: pointer.line, exists, kind, tokens };
}

function toDiagnostic(
  finding: Finding,
  rule: AnyRule,
  severity: ReportedSeverity,
  file: TicketFile,
  ticket: Ticket | undefined,
): Diagnostic {
  const lastLine = lineCount(file.source);
  const endLine = finding.endLine ?? finding.line;
  if (!Number.isInteger(finding.line) || finding.line < 1 || finding.line > lastLine || endLine < finding.line || endLine > lastLine) {
    throw new RuleContractError(
      `Rule '${rule.meta.id}' reported lines ${finding.line}-${endLine} in ${file.path}, which has ${lastLine} lines`,
    );
  }
  const ticketName = ticket?.id ?? ticket?.title;
  return {
    file: file.path,
    line: finding.line,
    endLine,
    ...(finding.column !== undefined ? { column: finding.column } : {}),
    rule: rule.meta.id,
    severity: finding.severity ?? severity,
    message: finding.message,
    ...(ticketName !== undefined ? { ticket: ticketName } : {}),
    ...(rule.meta.url !== undefined ? { url: rule.meta.url } : {}),
  };
}
