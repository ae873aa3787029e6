import { selectTicketFiles } from '../core/collect/ticket-files.js';
import { parseTicketText, readTicketText } from '../core/parse/read-ticket-file.js';
import { compareWithBase, focusReport } from '../core/engine/focus-report.js';
import { lint } from '../core/engine/lint.js';
import type { Report } from '../core/engine/report.js';
import type { RuleMeta } from '../core/engine/rule.js';
import { RepositoryView, type RepositoryHost } from '../core/repository/repository-view.js';
import type { TokenCounter } from '../core/sizing/tokens.js';
import type { Config } from '../core/config/config.js';
import { createCommitHost } from '../host/commit-host.js';
import type { BundledWorkers } from '../host/bundled-workers.js';
import { workerTicketParser } from '../host/parse-workers.js';
import { WorkerTokenCounters } from '../host/token-worker.js';
import { RULES } from '../rules/index.js';
import type { Workspace } from './open-workspace.js';
import type { TicketSelection } from './select-tickets.js';

/** What every registered rule is (id, default severity, description, documentation page), for the reports that describe them. */
export const REGISTERED_RULES: readonly RuleMeta<Record<string, unknown>>[] = RULES.map((rule) => rule.meta);

export interface LintRun {
  report: Report;
  /** Why the problems could not be compared with the base commit that was asked for, if they could not. */
  baseUnavailable?: string;
}

export interface LintTicketsOptions {
  /** A commit to compare with (a pull request's base, or --changed-since's ref): only problems it did not have count. */
  base?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * The token counters, when the caller started them before the selection was known (see
   * ticketFilesAmong); closed here either way.
   */
  tokens?: WorkerTokenCounters;
}

/**
 * The ticket files among changed paths, told from what the index or a pull request's file list says
 * before git has read the work tree (a quarter of a second in a 100,000-file repository): when there are
 * some, the run will count tokens, and the counter's rank tables can load meanwhile (a tenth of a second).
 */
export function ticketFilesAmong(paths: readonly string[], config: Config): string[] {
  return selectTicketFiles(paths, config.tickets, config.ignore);
}

/** The most changed ticket files parsed ahead: the wait for git is a quarter of a second at most, and the parsing threads take big runs. */
export const MAX_FILES_PARSED_AHEAD = 20;

/**
 * Parses changed ticket files while git still reads the work tree (see Workspace.indexRepository), with
 * the repository as the index lists it: when the work tree adds and removes no file that is the run's
 * repository, and the lint finds them parsed. Otherwise the work was done in time the run spent waiting.
 */
export async function parseAhead(workspace: Workspace, files: readonly string[]): Promise<void> {
  const repository = await workspace.indexRepository();
  if (repository === undefined) return;
  for (const file of files.slice(0, MAX_FILES_PARSED_AHEAD)) {
    const read = readTicketText(file, repository, workspace.config);
    if (read.ok) parseTicketText(file, read.text, repository, workspace.config);
  }
}

/**
 * Lints the selected tickets with every registered rule, counting tokens on the bundled worker thread.
 * With a base commit (a pull request's, or --changed-since's ref), the same tickets are linted as they
 * were there, and only problems the base did not have count (docs/pull-requests.md).
 */
export async function lintTickets(
  workspace: Workspace,
  selection: TicketSelection,
  workers: BundledWorkers,
  { base, onProgress, tokens }: LintTicketsOptions = {},
): Promise<LintRun> {
  const counters = tokens ?? new WorkerTokenCounters(workers.tokens);
  // The rank tables load on the second thread while the tickets are read and parsed; a run with no
  // ticket to lint (most pull requests) never loads them.
  if (selection.files.length > 0) counters.warm(workspace.config.encoding);
  try {
    const head = await lint({
      repository: workspace.repository,
      config: workspace.config,
      rules: RULES,
      files: selection.files,
      contextFiles: selection.everyTicket,
      tokenCounter: counters.get,
      parser: workerTicketParser(workers.parse, workspace.repository, workspace.config),
      history: workspace.history,
      ignored: workspace.ignored,
      ...(selection.changes ? { changes: selection.changes } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (base === undefined) return { report: focusReport(head, selection.focus) };
    const host = createCommitHost(workspace.root, base, readThrough(workspace.repository), workspace.workTree);
    if (host === undefined) return { report: focusReport(head, selection.focus), baseUnavailable: `git cannot read the commit '${base}'` };
    const renamedTo = selection.changes?.renamedTo ?? new Map<string, string>();
    const baseView = new RepositoryView(host, workspace.repository.rootName);
    // A base with the head's very files (a pull request that adds and removes none) has the head's tickets.
    const baseTickets = baseView.files === workspace.repository.files ? selection.everyTicket : selectTicketFiles(baseView.files, workspace.config.tickets, workspace.config.ignore);
    const before = await lintAtBase(baseView, workspace.config, basePaths(selection.files, renamedTo), baseTickets, counters.get);
    const compared = compareWithBase(head, before, base, renamedTo);
    return { report: focusReport(compared, selection.focus, compared.diagnostics) };
  } finally {
    await counters.close();
  }
}

/**
 * The work tree as the head's lint read it: a file unchanged since the base is not read again for it,
 * nor a ticket's text, and the head's listing serves a base with the same files. What only the base
 * lint reads is kept by the base's view, not added to the head's as well (a ticket's bytes, which the
 * head keeps as its text).
 */
export function readThrough(view: RepositoryView): Omit<RepositoryHost, 'listFiles'> {
  return {
    readFile: (path) => view.readBytes(path, { keep: false }),
    readHead: (path, limit) => view.readHead(path, limit),
    leadsOutside: (path) => view.leadsOutside(path),
    sameListingAs: () => view,
    sameFileIn: () => view,
  };
}

/** Where each linted file was on the base: renamed files at their old path. */
function basePaths(files: readonly string[], renamedTo: ReadonlyMap<string, string>): string[] {
  const renamedFrom = new Map([...renamedTo].map(([from, to]) => [to, from]));
  return files.map((file) => renamedFrom.get(file) ?? file);
}

function lintAtBase(repository: RepositoryView, config: Config, files: readonly string[], everyTicket: string[], tokenCounter: (encoding: Config['encoding']) => Promise<TokenCounter>): Promise<Report> {
  return lint({
    repository,
    config,
    rules: RULES,
    files: files.filter((file) => repository.hasFile(file)),
    contextFiles: everyTicket,
    tokenCounter,
  });
}
