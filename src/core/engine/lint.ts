import type { Config } from '../config/config.js';
import { relatedTickets } from '../graph/related-tickets.js';
import { TicketGraph } from '../graph/ticket-graph.js';
import type { Pointer, Ticket } from '../parse/ticket.js';
import type { TicketParser } from '../parse/ticket-parser.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { PointerResolver } from '../resolve/pointer-resolver.js';
import { attachWhatGitSays } from '../resolve/history.js';
import type { PathChanges, PathHistoryLookup, PathIgnoreLookup, Resolution } from '../resolve/resolution.js';
import { SessionMeasurer, type TicketMeasure } from '../sizing/measure.js';
import type { TokenCounter } from '../sizing/tokens.js';
import { buildReport } from './build-report.js';
import type { Report } from './report.js';
import type { AnyRule } from './rule.js';
import { parseFiles } from './parse-files.js';
import { checkTicketFile, rulesOfRun, type TicketDiagnostic } from './run-rules.js';

export { RuleContractError } from './rule-contract.js';

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
  /** What the repository's history remembers of missing paths (git log), when the checkout has it. */
  history?: PathHistoryLookup;
  /** Which missing paths git's ignore rules match (git check-ignore), when there is a work tree. */
  ignored?: PathIgnoreLookup;
  /**
   * Every ticket file of the repository, for the rules that compare tickets (ticket-id, depends-on,
   * parallel-conflict) when only some are linted: the others are parsed, not measured or checked.
   */
  contextFiles?: readonly string[];
  /** Told as ticket files are read and parsed: how many of `files` are done. */
  onProgress?: (done: number, total: number) => void;
  /** Other threads to share the parsing with (a worker pool); without it, this thread parses alone. */
  parser?: TicketParser;
}

/** collect → parse → resolve → measure → check → report, for the given ticket files (docs/architecture.md). */
export async function lint({ repository, config, rules, files, tokenCounter, changes, history, ignored, contextFiles = [], onProgress, parser }: LintOptions): Promise<Report> {
  const ofRun = rulesOfRun(rules, config);
  const resolver = new PointerResolver(repository, changes);
  const resolveIn = () => (pointer: Pointer): Resolution => resolver.resolve(pointer);
  // Parse (on several threads when the parser shares), then resolve and plan file by file; the measurer
  // counts each file's tokens (on another thread when the counter is a worker) while the next ones are
  // planned, loading the tokenizer only once a ticket turns up.
  const measurer = new SessionMeasurer(repository, config, () => tokenCounter(config.encoding));
  const ticketFiles = await parseFiles(files, repository, config, parser, onProgress);
  for (const file of ticketFiles) {
    resolver.registerShared(file);
    for (const ticket of file.tickets) {
      resolver.register(ticket);
      measurer.plan(ticket, resolveIn(), config.lintDone || ticket.lifecycle.state !== 'done');
    }
    await measurer.flush();
  }
  onProgress?.(files.length, files.length);
  // git searches the history while the worker finishes counting.
  const whatGitSays = history || ignored ? attachWhatGitSays(ticketFiles, config.lintDone, (pointer) => resolver.resolve(pointer), { history, ignored }) : undefined;
  await Promise.all([whatGitSays, measurer.settled()]);
  const tickets = ticketFiles.flatMap((file) => file.tickets);
  const linted = new Set(files);
  const everyTicket = [...tickets, ...relatedTickets(tickets, contextFiles.filter((path) => !linted.has(path)), repository, config)];
  for (const ticket of everyTicket) resolver.register(ticket);
  let roadmap: TicketGraph | undefined;
  const graph = (): TicketGraph => (roadmap ??= new TicketGraph(everyTicket, (pointer, ticket) => resolver.resolve(pointer, ticket)));
  const measure = (ticket: Ticket): TicketMeasure => measurer.measure(ticket);
  const lintedTickets = new Set(tickets);
  const shared = { config, repository, tickets: everyTicket, isLinted: (ticket: Ticket) => lintedTickets.has(ticket), graph, measure, resolveIn };
  const found: TicketDiagnostic[] = ticketFiles.flatMap((file) => checkTicketFile(file, ofRun, shared));
  return buildReport({ files: ticketFiles, found, measure, resolve: (pointer, ticket) => resolver.resolve(pointer, ticket), graph });
}
