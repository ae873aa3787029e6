import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintTickets } from '../app/lint-tickets.js';
import { openWorkspace } from '../app/open-workspace.js';
import { selectTickets, type TicketRequest } from '../app/select-tickets.js';
import { ConfigError } from '../core/config/config.js';
import type { Report } from '../core/engine/report.js';
import { plural } from '../core/text/wording.js';
import { gitChanges, gitTopLevel } from '../host/git-host.js';
import { REPORT_FORMATS, reportFormat } from '../output/formats.js';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bundled token-counting worker (src/token-worker.ts). */
  tokenWorker: URL;
}

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** `--format` names: the report's text formats, and `github`, annotations printed as workflow commands. */
const FORMATS = [...REPORT_FORMATS.map((format) => format.name), 'github'];

export const USAGE = `Usage: ticket-lint [options] [paths or globs...]

Lints roadmap tickets (default: the configured 'tickets' globs).

Options:
  --root DIR           repository root (default: the git top level of the current folder)
  --config FILE        config file (default: <root>/.ticket-lint.yml when present)
  --format NAME        ${FORMATS.join(' | ')} (default: stylish)
  --changed-since REF  lint the tickets changed since REF (work tree included) and those pointing
                       at files removed or renamed since then, as a pull request would
  --max-warnings N     exit 1 when there are more than N warnings
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 bad usage, bad config or internal failure.
`;

/** A mistake in how ticket-lint was called; shown as one line, exit 2. */
class UsageError extends Error {}

interface CliOptions {
  root: string;
  configFile: string | undefined;
  format: string;
  maxWarnings: number;
  paths: string[];
  changedSince: string | undefined;
}

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
    return await lintAndPrint(parsed, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`ticket-lint: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr("Run 'ticket-lint --help' for usage.\n");
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ticket-lint: internal error: ${message}\n`);
    if (error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}

function parseCliArguments(argv: readonly string[], cwd: string): CliOptions | 'help' | 'version' {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'stylish' },
        'max-warnings': { type: 'string' },
        'changed-since': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format)) {
    throw new UsageError(`Invalid --format '${values.format}'; expected one of ${FORMATS.join(', ')}`);
  }
  let maxWarnings = Number.POSITIVE_INFINITY;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) {
      throw new UsageError(`Invalid --max-warnings '${values['max-warnings']}'; expected a whole number of 0 or more`);
    }
  }
  let root: string;
  if (values.root !== undefined) {
    root = path.resolve(cwd, values.root);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--root '${values.root}' is not a folder`);
  } else {
    root = gitTopLevel(cwd) ?? cwd;
  }
  if (values['changed-since'] !== undefined && positionals.length > 0) {
    throw new UsageError('Give either paths or --changed-since, not both');
  }
  return {
    root,
    configFile: values.config === undefined ? undefined : path.resolve(cwd, values.config),
    format,
    maxWarnings,
    paths: positionals.map((argument) => toRootRelative(argument, cwd, root)),
    changedSince: values['changed-since'],
  };
}

/** Command-line paths are relative to where the user stands; the core wants them relative to the root. */
function toRootRelative(argument: string, cwd: string, root: string): string {
  const relative = path.relative(root, path.resolve(cwd, argument));
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new UsageError(`'${argument}' is outside the repository root '${root}'`);
  }
  return relative.split(path.sep).join('/');
}

async function lintAndPrint(options: CliOptions, io: CliIo): Promise<number> {
  const workspace = openWorkspace({ root: options.root, ...(options.configFile ? { configFile: options.configFile } : {}) });
  const selection = selectTickets(workspace, ticketRequest(options));
  if (selection.unmatched.length > 0) {
    throw new UsageError(`No files match ${selection.unmatched.map((argument) => `'${argument}'`).join(', ')}`);
  }
  if (options.paths.length === 0 && options.changedSince === undefined && selection.files.length === 0) {
    io.stderr(`ticket-lint: no ticket files match ${workspace.config.tickets.join(', ')}\n`);
  }
  const report = await lintTickets(workspace, selection, io.tokenWorker);
  await print(report, options.format, io);
  const { errors, warnings } = report.counts;
  if (errors > 0) return EXIT_LINT_ERRORS;
  if (warnings > options.maxWarnings) {
    io.stderr(`ticket-lint: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_LINT_ERRORS;
  }
  return EXIT_OK;
}

function ticketRequest(options: CliOptions): TicketRequest {
  if (options.changedSince !== undefined) {
    const changes = gitChanges(options.root, [options.changedSince], { untracked: true });
    if (!changes) throw new UsageError(`--changed-since '${options.changedSince}' is not a commit git can diff against here`);
    return { kind: 'changes', changes, where: `since '${options.changedSince}'` };
  }
  return options.paths.length > 0 ? { kind: 'paths', paths: options.paths } : { kind: 'every-ticket' };
}

async function print(report: Report, format: string, io: CliIo): Promise<void> {
  const textFormat = reportFormat(format);
  if (textFormat) {
    io.stdout(textFormat.render(report));
    return;
  }
  // Loaded only when asked for: it brings the Actions toolkit, which a local run does not need.
  const { annotate } = await import('../github/annotate.js');
  annotate(report);
}
