import { execFile, execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Every git process ticket-lint starts goes through here. The repository being linted is not trusted:
 * its own `.git/config` must not make git run a program (`core.fsmonitor` here; diffs also pass
 * `--no-ext-diff --no-textconv`), and no ref or path reaches git where it could be read as an option
 * (callers put values after `--end-of-options` or `--`) or as pathspec magic (`--literal-pathspecs`).
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '--literal-pathspecs', '--no-optional-locks'];

const GIT_OUTPUT_LIMIT = 512 * 1024 * 1024;

/** git's output, or undefined when it fails or cannot run. */
export function runGit(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], { cwd: root, encoding: 'utf8', maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** git's output as bytes (a file's content at a commit), or undefined when it fails. */
export function runGitBytes(root: string, args: readonly string[]): Uint8Array | undefined {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], { cwd: root, maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * git's exit status and output for an input on its stdin; undefined when git cannot run. Without
 * `--literal-pathspecs`, which `git check-ignore` refuses: its caller keeps pathspec magic (a leading
 * `:`) out of the input.
 */
export function runGitWithInput(root: string, args: readonly string[], input: string): { status: number; stdout: string } | undefined {
  const result = spawnSync('git', [...SAFE_CONFIG.filter((option) => option !== '--literal-pathspecs'), ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['pipe', 'pipe', 'ignore'] });
  return result.error || result.status === null ? undefined : { status: result.status, stdout: result.stdout };
}

/** Outputs asked for before anyone needed them (startGitEarly), by root and arguments, each taken once. */
const startedEarly = new Map<string, Promise<Uint8Array | undefined>>();

/**
 * Starts git commands a run will ask for, before the run has loaded: the CLI starts the work tree's
 * status and index while its modules load. runGitBytesConcurrently then takes their outputs.
 */
export function startGitEarly(root: string, commands: readonly (readonly string[])[]): Promise<Uint8Array | undefined>[] {
  return commands.map((args) => {
    const output = runGitBytesConcurrently(root, args);
    startedEarly.set(earlyKey(root, args), output);
    return output;
  });
}

const earlyKey = (root: string, args: readonly string[]): string => [root, ...args].join('\0');

/** git's output as bytes without blocking, so that several git commands run at once; undefined when it fails. */
export function runGitBytesConcurrently(root: string, args: readonly string[]): Promise<Uint8Array | undefined> {
  const early = startedEarly.get(earlyKey(root, args));
  if (early !== undefined) {
    startedEarly.delete(earlyKey(root, args));
    return early;
  }
  return new Promise((resolve) => {
    execFile('git', [...SAFE_CONFIG, ...args], { cwd: root, encoding: 'buffer', maxBuffer: GIT_OUTPUT_LIMIT }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** A git process whose output is read as it comes (stderr ignored). */
export function spawnGit(root: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...SAFE_CONFIG, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }) as unknown as ChildProcessWithoutNullStreams;
}
