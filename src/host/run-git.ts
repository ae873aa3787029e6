import { execFile, execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every git process ticket-lint starts goes through here. The repository being linted is not trusted:
 * its own `.git/config` must not make git run a program (`core.fsmonitor` here; diffs also pass
 * `--no-ext-diff --no-textconv`), and no ref or path reaches git where it could be read as an option
 * (callers put values after `--end-of-options` or `--`) or as pathspec magic (`--literal-pathspecs`).
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '--literal-pathspecs', '--no-optional-locks'];

const GIT_OUTPUT_LIMIT = 512 * 1024 * 1024;

/**
 * Commands that list or compare commits (`ls-tree`, `diff-tree`) are given an index that is not there
 * (git reads a missing index as empty): their answer is the commits', yet git reads the index for
 * them, which in a 100,000-file repository is 80 ms of each command. A fresh name in the temporary
 * folder, never made: git only writes an index it was asked to, and these commands are not.
 */
const NO_INDEX = path.join(os.tmpdir(), `ticket-lint-no-index-${randomUUID()}`);
const COMMIT_COMMANDS = new Set(['ls-tree', 'diff-tree']);

/** The environment git runs in: the process's own (undefined), or without an index for a command on commits only. */
function environmentFor(args: readonly string[]): NodeJS.ProcessEnv | undefined {
  return COMMIT_COMMANDS.has(args[0] ?? '') ? { ...process.env, GIT_INDEX_FILE: NO_INDEX } : undefined;
}

/** git's output, or undefined when it fails or cannot run. */
export function runGit(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), encoding: 'utf8', maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** git's output as bytes (a file's content at a commit), or undefined when it fails. */
export function runGitBytes(root: string, args: readonly string[]): Uint8Array | undefined {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), maxBuffer: GIT_OUTPUT_LIMIT, stdio: ['ignore', 'pipe', 'ignore'] });
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
  const output = outputFile();
  if (output === undefined) {
    return new Promise((resolve) => {
      execFile('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), encoding: 'buffer', maxBuffer: GIT_OUTPUT_LIMIT }, (error, stdout) => resolve(error ? undefined : stdout));
    });
  }
  return new Promise((resolve) => {
    const git = spawn('git', [...SAFE_CONFIG, ...args], { cwd: root, env: environmentFor(args), stdio: ['ignore', output.descriptor, 'ignore'] });
    let settled = false;
    const settle = (bytes: Uint8Array | undefined): void => {
      if (settled) return;
      settled = true;
      output.remove();
      resolve(bytes);
    };
    git.on('error', () => settle(undefined));
    git.on('close', (code) => settle(code === 0 ? output.read() : undefined));
  });
}

/**
 * A new temporary file git writes its output to, read once git is done. Through a pipe, git waits
 * whenever the pipe's 64 KiB are full until the main thread reads them, and while the CLI's modules
 * load the main thread reads nothing for a third of a second: a monorepo's file list (5 MB) took four
 * times as long as git needs for it. Undefined when no temporary file can be made (then a pipe it is).
 */
function outputFile(): { descriptor: number; read: () => Uint8Array | undefined; remove: () => void } | undefined {
  const file = path.join(os.tmpdir(), `ticket-lint-git-${randomUUID()}`);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  return {
    descriptor,
    read: () => {
      const size = fstatSync(descriptor).size;
      if (size > GIT_OUTPUT_LIMIT) return undefined;
      const bytes = Buffer.allocUnsafe(size);
      for (let at = 0; at < size; ) {
        const read = readSync(descriptor, bytes, at, size - at, at);
        if (read === 0) return bytes.subarray(0, at);
        at += read;
      }
      return bytes;
    },
    // A file left behind if this fails is an empty or finished output in the temporary folder: no run reads it.
    remove: () => {
      try {
        closeSync(descriptor);
        unlinkSync(file);
      } catch {
        // nothing more to do
      }
    },
  };
}

/** A git process whose output is read as it comes (stderr ignored). */
export function spawnGit(root: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...SAFE_CONFIG, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }) as unknown as ChildProcessWithoutNullStreams;
}
