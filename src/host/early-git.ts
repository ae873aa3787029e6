import { existsSync } from 'node:fs';
import path from 'node:path';
import { runGitBytesConcurrently, startGitEarly } from './run-git.js';

/**
 * The index, as GitWorkTree reads it: `ls-files --stage` without the object names, half its output in a
 * monorepo (`--format` is git 2.38's; older git is asked for INDEX_ARGUMENTS_BEFORE_GIT_2_38).
 */
export const INDEX_ARGUMENTS = ['ls-files', '-z', '--format=%(objectmode) %(stage)%x09%(path)'];
/** `<mode> <object> <stage>\t<path>`: parsed alike. */
export const INDEX_ARGUMENTS_BEFORE_GIT_2_38 = ['ls-files', '-z', '--stage'];
// `.` keeps a folder root to its own files; submodules' insides are another repository's.
export const STATUS_ARGUMENTS = ['status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=all', '--', '.'];

/** Where the root is in its repository (GitWorkTree.repositoryFolder). */
export const PREFIX_ARGUMENTS = ['rev-parse', '--show-prefix'];

/** Arguments after which the CLI lints nothing, or lints in a way that has no use for the work tree's state read ahead. */
const NO_LINT = new Set(['--help', '-h', '--version', '-v', 'init', '--print-config']);

/**
 * Starts the two git commands every lint of a repository begins with (its status and index: in a
 * monorepo a tenth of a second each) before the CLI has loaded its modules, for the root a run will
 * have: `--root`, else the working folder when it is a repository's top level. In any other case
 * nothing starts, and the run asks git when it needs to. Returns the root it started them for.
 */
export function startWorkTreeReads(argv: readonly string[], cwd: string, { cleanCheckout = false } = {}): string | undefined {
  if (argv.some((argument) => NO_LINT.has(argument))) return undefined;
  const root = rootOf(argv, cwd);
  if (root === undefined) return undefined;
  // A clean checkout's status is known without asking (GitWorkTree).
  startGitEarly(root, cleanCheckout ? [INDEX_ARGUMENTS, PREFIX_ARGUMENTS] : [INDEX_ARGUMENTS, PREFIX_ARGUMENTS, STATUS_ARGUMENTS]);
  const since = optionValue(argv, '--changed-since');
  if (since !== undefined && !since.startsWith('-')) void startChangesEarly(root, since);
  return root;
}

/** The index's changes since a revision, renames detected: `git diff --cached` stats no file. */
export function changesArguments(revision: string): string[] {
  return ['diff', '--cached', '-z', '--name-status', '-M', '--relative', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', revision, '--'];
}

/** Each path the index changed since a commit, with its mode there (see commit-host.ts, listingAtCommit). */
export function baseListingArguments(commit: string): string[] {
  return ['diff', '--cached', '--raw', '-z', '--relative', '--no-renames', '--no-ext-diff', '--no-textconv', '--end-of-options', commit, '--'];
}

/** What `--changed-since REF` compares with: where HEAD left REF (their merge base), or REF itself when that is REF's own commit or git knows none. */
export function changeBaseOf(ref: string, mergeBase: string | undefined, commit: string | undefined): string {
  return mergeBase === undefined || mergeBase === commit ? ref : mergeBase;
}

/**
 * The base of `--changed-since` found, and the index's two diffs against it started, while the CLI
 * loads (the run asks for the same diffs once it knows the base: a 100,000-file index takes 20 ms).
 */
export function startChangesEarly(root: string, ref: string): Promise<string | undefined> {
  const base = (async () => {
    const [mergeBase, commit] = await Promise.all([
      runGitBytesConcurrently(root, ['merge-base', '--end-of-options', ref, 'HEAD']),
      runGitBytesConcurrently(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]),
    ]);
    // git knows no such commit: the run finds it so and says so.
    if (commit === undefined) return undefined;
    const found = changeBaseOf(ref, textOf(mergeBase), textOf(commit));
    startGitEarly(root, [changesArguments(found), baseListingArguments(found)]);
    return found;
  })();
  basesStarted.set(`${root}\0${ref}`, base);
  return base;
}

/** The bases of `--changed-since` found early, by root and ref, each taken once. */
const basesStarted = new Map<string, Promise<string | undefined>>();

/** The base startChangesEarly found for the root and ref (undefined when it did not look, or git knows no such commit). */
export async function changeBaseFoundEarly(root: string, ref: string): Promise<string | undefined> {
  const base = basesStarted.get(`${root}\0${ref}`);
  basesStarted.delete(`${root}\0${ref}`);
  return base;
}

function textOf(output: Uint8Array | undefined): string | undefined {
  return output === undefined ? undefined : new TextDecoder().decode(output).trim() || undefined;
}

/** The value of a `--name value` or `--name=value` option before `--`. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--') break;
    if (argument === name) return argv[index + 1];
    if (argument.startsWith(`${name}=`)) return argument.slice(name.length + 1);
  }
  return undefined;
}

/** `CI` set, as every CI service sets it (and not to `false` or `0`): the run checks a checked-out commit. */
export function inCi(environment: NodeJS.ProcessEnv): boolean {
  const value = environment['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

function rootOf(argv: readonly string[], cwd: string): string | undefined {
  const root = optionValue(argv, '--root');
  if (root !== undefined) return path.resolve(cwd, root);
  return argv.includes('--root') ? undefined : existsSync(path.join(cwd, '.git')) ? cwd : undefined;
}
