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
/**
 * The checked-out commit's files: `<mode> <type> <object>\t<path>`, read as the index's records are. Not
 * with `--format`, whose `%(path)` git quotes even with `-z` (2.39: a name that is not UTF-8 came quoted).
 */
export const HEAD_TREE_ARGUMENTS = ['ls-tree', '-r', '-z', '--end-of-options', 'HEAD'];
// `.` keeps a folder root to its own files; submodules' insides are another repository's.
export const STATUS_ARGUMENTS = ['status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=all', '--', '.'];

/**
 * The git commands a run reads the repository with. A clean checkout (CI) is its commit, so its files
 * and its changes since a revision are read from commits (`ls-tree HEAD`, `diff-tree <revision> HEAD`):
 * git reads no index for them, and in a 100,000-file repository each command that reads it spends
 * 80 ms doing so. Otherwise the index and the work tree count (`ls-files`, `diff --cached`, `diff`).
 */
export interface GitQueries {
  /** The file list, each command tried when the one before it fails (an unborn HEAD, an older git). */
  listing: readonly [readonly string[], ...(readonly string[])[]];
  /** What changed since a revision, renames detected (`--name-status`). */
  changes(revision: string): string[];
  /** Each path changed since a commit, with its mode there (`--raw`; see commit-host.ts, listingAtCommit). */
  baseListing(commit: string): string[];
  /** The lines of a file that differ from a revision (`-U0`). */
  changedLines(revision: string, file: string): string[];
}

const DIFF_OPTIONS = ['--relative', '--no-color', '--no-ext-diff', '--no-textconv'];

const WORK_TREE_QUERIES: GitQueries = {
  listing: [INDEX_ARGUMENTS, INDEX_ARGUMENTS_BEFORE_GIT_2_38],
  changes: (revision) => ['diff', '--cached', '-z', '--name-status', '-M', ...DIFF_OPTIONS, '--end-of-options', revision, '--'],
  baseListing: (commit) => ['diff', '--cached', '--raw', '-z', '--no-renames', ...DIFF_OPTIONS, '--end-of-options', commit, '--'],
  changedLines: (revision, file) => ['diff', '-U0', ...DIFF_OPTIONS, '--end-of-options', revision, '--', file],
};

const COMMIT_QUERIES: GitQueries = {
  listing: [HEAD_TREE_ARGUMENTS, INDEX_ARGUMENTS, INDEX_ARGUMENTS_BEFORE_GIT_2_38],
  changes: (revision) => ['diff-tree', '-r', '-z', '--name-status', '-M', ...DIFF_OPTIONS, '--end-of-options', revision, 'HEAD', '--'],
  baseListing: (commit) => ['diff-tree', '-r', '--raw', '--abbrev', '-z', '--no-renames', ...DIFF_OPTIONS, '--end-of-options', commit, 'HEAD', '--'],
  changedLines: (revision, file) => ['diff-tree', '-p', '-U0', ...DIFF_OPTIONS, '--end-of-options', revision, 'HEAD', '--', file],
};

/** The commands for a run on a clean checkout (commits only) or on a work tree (the index and the files). */
export function gitQueries(cleanCheckout: boolean): GitQueries {
  return cleanCheckout ? COMMIT_QUERIES : WORK_TREE_QUERIES;
}

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
  const queries = gitQueries(cleanCheckout);
  // A clean checkout's status is known without asking (GitWorkTree).
  startGitEarly(root, [queries.listing[0], PREFIX_ARGUMENTS, ...(cleanCheckout ? [] : [STATUS_ARGUMENTS])]);
  const since = optionValue(argv, '--changed-since');
  if (since !== undefined && !since.startsWith('-')) void startChangesEarly(root, since, queries);
  return root;
}

/** What `--changed-since REF` compares with: where HEAD left REF (their merge base), or REF itself when that is REF's own commit or git knows none. */
export function changeBaseOf(ref: string, mergeBase: string | undefined, commit: string | undefined): string {
  return mergeBase === undefined || mergeBase === commit ? ref : mergeBase;
}

/**
 * The base of `--changed-since` found, and the two diffs against it started, while the CLI loads (the
 * run asks for the same diffs once it knows the base).
 */
export function startChangesEarly(root: string, ref: string, queries = gitQueries(false)): Promise<string | undefined> {
  const base = (async () => {
    const [mergeBase, commit] = await Promise.all([
      runGitBytesConcurrently(root, ['merge-base', '--end-of-options', ref, 'HEAD']),
      runGitBytesConcurrently(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]),
    ]);
    // git knows no such commit: the run finds it so and says so.
    if (commit === undefined) return undefined;
    const found = changeBaseOf(ref, textOf(mergeBase), textOf(commit));
    startGitEarly(root, [queries.changes(found), queries.baseListing(found)]);
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
