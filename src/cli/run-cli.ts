import { REGISTERED_RULES, lintTickets, parseAhead, ticketFilesAmong } from '../app/lint-tickets.js';
import { openWorkspace, type Workspace } from '../app/open-workspace.js';
import { MAX_FILES_DIFFED, selectTickets, type TicketRequest } from '../app/select-tickets.js';
import { BaselineError, baselineScope } from '../app/baseline-file.js';
import { ConfigError } from '../core/config/config.js';
import { applyBaseline } from '../core/engine/baseline.js';
import { errorsOnly, type Report } from '../core/engine/report.js';
import { plural } from '../core/text/wording.js';
import { listTicketFiles } from '../core/collect/ticket-list.js';
import { commitOf, gitTopLevel, mergeBase } from '../host/git-host.js';
import { changeBaseFoundEarly, changeBaseOf } from '../host/early-git.js';
import type { ReportTool } from '../output/format.js';
import { reportFormat } from '../output/formats.js';
import { printable, printableLineStart } from '../output/escape.js';
import { renderTicketList } from '../output/ticket-list.js';
import { inBlocks } from '../output/text-sink.js';
import { USAGE, UsageError, parseCliArguments, type CliOptions } from './arguments.js';
import { openBaseline, updateBaseline } from './baseline-command.js';
import { initRepository } from './init-command.js';
import type { GitWorkTree } from '../host/work-tree.js';
import type { BundledWorkers } from '../host/bundled-workers.js';
import { WorkerTokenCounters } from '../host/token-worker.js';
import { renderConfig } from './print-config.js';
import { progressLine } from './progress.js';

export { USAGE } from './arguments.js';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bundled worker entries (token counting, parsing). */
  workers: BundledWorkers;
  /** stderr is a terminal a person watches (not a CI log): a long run shows its progress there. */
  interactive?: boolean;
  /** The run is a CI job's (`CI` set): the work tree is the checked-out commit, its files the index's. */
  inCi?: boolean;
  /** After how long a run shows progress, when not the default second (for tests). */
  progressAfterMs?: number;
}

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** The whole CLI behind `bin`: arguments in, exit code out; prints only through `io`. */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  try {
    const parsed = parseCliArguments(argv, io.cwd);
    if (parsed === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (parsed === 'version') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (parsed.command === 'init') return await initRepository(parsed.root, io);
    return await lintAndPrint(parsed, io, { version, rules: REGISTERED_RULES });
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`ticket-lint: ${printable(error.message)}\n`);
      if (error instanceof UsageError) io.stderr("Run 'ticket-lint --help' for usage.\n");
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ticket-lint: internal error: ${printable(message)}\n`);
    if (error instanceof Error && error.stack) io.stderr(`${error.stack.split('\n').map(printableLineStart).join('\n')}\n`);
    return EXIT_USAGE;
  }
}

async function lintAndPrint(options: CliOptions, io: CliIo, tool: ReportTool): Promise<number> {
  const workspace = openWorkspace({ root: options.root, ...(options.configFile ? { configFile: options.configFile } : {}), cleanCheckout: io.inCi === true });
  if (options.command === 'print-config') {
    io.stdout(renderConfig(workspace));
    return EXIT_OK;
  }
  // Like a pull request, the change is what HEAD and the work tree did since they left REF: what REF's
  // branch did since is not theirs.
  // Before the first commit (a pre-commit hook in a new repository) every file is new: every ticket is linted.
  const unborn = options.changedSince === 'HEAD' && commitOf(options.root, 'HEAD') === undefined && gitTopLevel(options.root) !== undefined;
  const since = options.changedSince === undefined || unborn ? undefined : ((await changeBaseFoundEarly(options.root, options.changedSince)) ?? changeBase(options.root, options.changedSince));
  const tokens = new WorkerTokenCounters(io.workers.tokens);
  try {
    // The base found first (a few milliseconds), its diffs are read beside the status, not after it,
    // and what they show the run will need starts meanwhile too.
    await Promise.all([workspace.workTree.load(since), options.command === 'list' ? undefined : startEarly(tokens, workspace, since)]);
    return await lintLoaded(options, io, tool, workspace, since, tokens);
  } finally {
    await tokens.close();
  }
}

/**
 * What a run can start while git reads the work tree: the token counter, at once for a run of every
 * ticket or of named files; for a change, once git's index shows it names ticket files, the counter,
 * what the run will ask git of those files (their changed lines, their text at the base), and their parse.
 */
async function startEarly(tokens: WorkerTokenCounters, workspace: Workspace, since: string | undefined): Promise<void> {
  if (since === undefined) {
    tokens.warm(workspace.config.encoding);
    return;
  }
  const changes = await workspace.workTree.indexChangesSince(since);
  const tickets = ticketFilesAmong((changes ?? []).map((change) => change.path), workspace.config);
  if (tickets.length === 0) return;
  tokens.warm(workspace.config.encoding);
  const diffed = tickets.slice(0, MAX_FILES_DIFFED);
  await Promise.all([workspace.workTree.readAhead(since, diffed), parseAhead(workspace, diffed)]);
}

async function lintLoaded(options: CliOptions, io: CliIo, tool: ReportTool, workspace: Workspace, since: string | undefined, tokens: WorkerTokenCounters): Promise<number> {
  const request = ticketRequest(options, since, workspace.workTree);
  const selection = selectTickets(workspace, request);
  if (selection.unmatched.length > 0) {
    throw new UsageError(`No files match ${selection.unmatched.map((argument) => `'${argument}'`).join(', ')}`);
  }
  if (options.paths.length === 0 && options.changedSince === undefined && selection.files.length === 0) {
    io.stderr(`ticket-lint: no ticket files match ${printable(workspace.config.tickets.join(', '))}\n`);
  }
  if (options.command === 'list') {
    const listed = listTicketFiles(selection.files, workspace.repository, workspace.config);
    io.stdout(options.format === 'json' ? `${JSON.stringify(listed, null, 2)}\n` : renderTicketList(listed));
    return EXIT_OK;
  }
  const linted = baselineScope(request, selection);
  const baseline = openBaseline(options, linted);
  const base = since !== undefined && options.onlyNew ? since : undefined;
  // Progress is for the human format; JSON and workflow commands are read by programs.
  const progress = progressLine(io.stderr, io.interactive === true && options.format === 'stylish', Date.now, io.progressAfterMs);
  let run: Awaited<ReturnType<typeof lintTickets>>;
  try {
    run = await lintTickets(workspace, selection, io.workers, { ...(base === undefined ? {} : { base }), onProgress: progress.update, tokens });
  } finally {
    progress.end();
  }
  const { report: linting, baseUnavailable } = run;
  if (baseUnavailable !== undefined) io.stderr(`ticket-lint: every problem counts as new: ${printable(baseUnavailable)}
`);
  if (options.command === 'write-baseline' || options.command === 'prune-baseline') return updateBaseline(options.command, linting, baseline, options, linted, io);
  const baselined = baseline ? applyBaseline(linting, baseline.baseline, baseline.name, linted) : linting;
  const report = options.quiet ? errorsOnly(baselined) : baselined;
  await print(report, options.format, io, { ...tool, repositoryFolder: workspace.workTree.repositoryFolder() });
  const { errors, warnings } = report.counts;
  if (errors > 0) return EXIT_LINT_ERRORS;
  if (warnings > options.maxWarnings) {
    io.stderr(`ticket-lint: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_LINT_ERRORS;
  }
  return EXIT_OK;
}

/** Where HEAD left `ref`: the ref itself when HEAD has all of it (messages then name it as the user did), else their merge base. */
function changeBase(root: string, ref: string): string {
  return changeBaseOf(ref, mergeBase(root, ref, 'HEAD'), commitOf(root, ref));
}

function ticketRequest(options: CliOptions, since: string | undefined, workTree: GitWorkTree): TicketRequest {
  if (options.changedSince !== undefined && since !== undefined) {
    const changes = workTree.changesSince(since);
    if (!changes) throw new UsageError(`--changed-since '${options.changedSince}' is not a commit git can diff against here`);
    return {
      kind: 'changes',
      changes,
      where: `since '${options.changedSince}'`,
      linesOf: (file) => workTree.changedLines(since, file),
      baseText: (file) => workTree.textAt(since, file),
    };
  }
  return options.paths.length > 0 ? { kind: 'paths', paths: options.paths } : { kind: 'every-ticket' };
}

async function print(report: Report, format: string, io: CliIo, tool: ReportTool): Promise<void> {
  const textFormat = reportFormat(format);
  if (textFormat) {
    const stdout = inBlocks(io.stdout);
    textFormat.write(report, tool, stdout.write);
    stdout.flush();
    return;
  }
  // Loaded only when asked for: it brings the Actions toolkit, which a local run does not need.
  const { annotate } = await import('../github/annotate.js');
  annotate(report, tool.repositoryFolder ?? '');
}
