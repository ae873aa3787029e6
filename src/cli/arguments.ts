import { globTooComplex } from '../core/text/glob-limits.js';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitTopLevel } from '../host/git-host.js';
import { REPORT_FORMATS } from '../output/formats.js';

/** `--format` names: the report's text formats, and `github`, annotations printed as workflow commands. */
export const FORMATS = [...REPORT_FORMATS.map((format) => format.name), 'github'];

export const USAGE = `Usage: ticket-lint [options] [paths or globs...]
       ticket-lint init [--root DIR]

Lints roadmap tickets (default: the configured 'tickets' globs).

Options:
  --root DIR           repository root (default: the git top level of the current folder; outside
                       git, give it)
  --config FILE        config file (default: <root>/.ticket-lint.yml, .yaml or .json when present)
  --format NAME        ${FORMATS.join(' | ')} (default: stylish)
  --changed-since REF  lint the tickets changed since HEAD left REF (their merge base; work tree
                       included, but in CI) and those pointing at files removed or renamed since, as
                       a pull request would
  --only-new BOOL      with --changed-since: count only problems the merge base did not have
                       (default: true); the others are listed as existing
  --max-warnings N     exit 1 when there are more than N warnings
  --quiet              report errors only: warnings are neither printed nor counted
  --list-tickets       list the files the 'tickets' globs match: the format that reads each, or why
                       it is skipped (with --format json, as JSON); lints nothing
  --baseline FILE      suppress the problems FILE records (default: <root>/.ticket-lint-baseline.json
                       when present); with --write-baseline or --prune-baseline, the file to write
  --print-config       print the config the run would use, each key with where its value came
                       from; lints nothing
  --write-baseline     record every problem of the tickets linted in the baseline file, exit 0
  --prune-baseline     remove the baseline's entries whose problems are gone, exit 0
  -h, --help           show this help
  -v, --version        show the version

Commands:
  init                 find the repository's tickets and write .ticket-lint.yml and
                       .github/workflows/tickets.yml that fit them (never overwrites)

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 bad usage, bad config or internal failure.
`;

/** A mistake in how ticket-lint was called; shown as one line, exit 2. */
export class UsageError extends Error {}

export interface CliOptions {
  command: 'lint' | 'list' | 'init' | 'print-config' | BaselineCommand;
  root: string;
  configFile: string | undefined;
  format: string;
  maxWarnings: number;
  paths: string[];
  changedSince: string | undefined;
  /** With changedSince: problems the ref already had are listed, not counted. */
  onlyNew: boolean;
  /** The baseline file named with --baseline, absolute. */
  baselineFile: string | undefined;
  /** Errors only: warnings are left out of the report and its counts. */
  quiet: boolean;
}

export type BaselineCommand = 'write-baseline' | 'prune-baseline';

/** What the baseline commands, which print no report and exit 0 once the file is written, cannot be given with. */
const NOT_WITH_BASELINE_COMMANDS = {
  'changed-since': 'the baseline holds the problems of whole tickets, not of a change',
  format: 'it prints no report',
  'max-warnings': 'it prints no report and exits 0 once the file is written',
  'list-tickets': '--list-tickets lints nothing',
  'print-config': '--print-config lints nothing',
} as const;

function baselineCommand(values: Partial<Record<BaselineCommand | keyof typeof NOT_WITH_BASELINE_COMMANDS, unknown>>, isInit: boolean): BaselineCommand | undefined {
  if (values['write-baseline'] && values['prune-baseline']) {
    throw new UsageError('Give either --write-baseline or --prune-baseline, not both: writing records the problems there are now, which drops the stale entries too');
  }
  const command = values['write-baseline'] ? 'write-baseline' : values['prune-baseline'] ? 'prune-baseline' : undefined;
  if (command === undefined) return undefined;
  if (isInit) throw new UsageError(`'init' takes no --${command}; run it after 'init'`);
  for (const [flag, reason] of Object.entries(NOT_WITH_BASELINE_COMMANDS)) {
    if (values[flag as keyof typeof NOT_WITH_BASELINE_COMMANDS] !== undefined) throw new UsageError(`Give --${command} without --${flag}: ${reason}`);
  }
  return command;
}

export function parseCliArguments(argv: readonly string[], cwd: string): CliOptions | 'help' | 'version' {
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
        format: { type: 'string' },
        'max-warnings': { type: 'string' },
        'changed-since': { type: 'string' },
        'only-new': { type: 'string' },
        'list-tickets': { type: 'boolean' },
        'print-config': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'boolean' },
        'prune-baseline': { type: 'boolean' },
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
    const topLevel = gitTopLevel(cwd);
    // Without a repository every Markdown file below would be a candidate and no pointer could be checked against git.
    if (topLevel === undefined) throw new UsageError(`'${cwd}' is not in a git repository (or git is not installed); run ticket-lint in one, or give --root DIR to lint a folder`);
    root = topLevel;
  }
  const isInit = positionals[0] === 'init';
  if (isInit && positionals.length > 1) throw new UsageError("'init' takes no paths; give --root to set up another folder");
  for (const argument of positionals) {
    const tooComplex = globTooComplex(argument);
    if (tooComplex !== undefined) throw new UsageError(`'${argument}' is not matched: ${tooComplex}`);
  }
  if (values['changed-since']?.startsWith('-')) {
    throw new UsageError(`--changed-since takes a git revision, not '${values['changed-since']}'`);
  }
  if (values['changed-since'] !== undefined && positionals.length > 0) {
    throw new UsageError('Give either paths or --changed-since, not both');
  }
  const onlyNew = values['only-new'] ?? 'true';
  if (onlyNew !== 'true' && onlyNew !== 'false') throw new UsageError(`Invalid --only-new '${onlyNew}'; expected true or false`);
  const baseline = baselineCommand(values, isInit);
  return {
    command: isInit ? 'init' : (baseline ?? (values['list-tickets'] ? 'list' : values['print-config'] ? 'print-config' : 'lint')),
    root,
    configFile: values.config === undefined ? undefined : path.resolve(cwd, values.config),
    format,
    maxWarnings,
    paths: isInit ? [] : positionals.map((argument) => toRootRelative(argument, cwd, root)),
    changedSince: values['changed-since'],
    onlyNew: onlyNew === 'true',
    baselineFile: values.baseline === undefined ? undefined : path.resolve(cwd, values.baseline),
    quiet: values.quiet === true,
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
