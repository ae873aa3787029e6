import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { FileChange } from '../core/collect/changed-tickets.js';
import { changedLinesOf, type LineRange } from '../core/collect/diff-hunks.js';
import type { RepositoryHost } from '../core/repository/repository-view.js';
import { readHead } from './read-head.js';
import { runGit, runGitBytes } from './run-git.js';

const WALK_SKIPS = new Set(['.git', 'node_modules']);

const git = runGit;

/** True when the checkout has this commit (a shallow clone may not have a pull request's base). */
export function hasCommit(root: string, revision: string): boolean {
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]) !== undefined;
}

/** The commit a revision names, as a full hash; undefined when git does not know it. */
export function commitOf(root: string, revision: string): string | undefined {
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])?.trim() || undefined;
}

const STATUS: Record<string, FileChange['status']> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

/**
 * The files `git diff <revisions>` lists (`base...HEAD` for a pull request; a single ref for the work
 * tree against it, where untracked files count as added), with renames detected as git does.
 * Undefined when git cannot tell, e.g. because a commit is missing.
 */
export function gitChanges(root: string, revisions: readonly string[], options: { untracked: boolean }): FileChange[] | undefined {
  // --relative: paths from the root, as the file list has them, when the root is a folder of the repository.
  const output = git(root, ['diff', '-z', '--name-status', '-M', '--relative', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', ...revisions, '--']);
  if (output === undefined) return undefined;
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length - 1; ) {
    const code = fields[index] ?? '';
    const status = STATUS[code[0] ?? ''] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[index + 1] ?? '';
      changes.push({ path: fields[index + 2] ?? '', status, ...(status === 'renamed' ? { previousPath } : {}) });
      index += 3;
    } else {
      changes.push({ path: fields[index + 1] ?? '', status });
      index += 2;
    }
  }
  if (options.untracked) {
    const untracked = splitNul(git(root, ['ls-files', '-z', '--others', '--exclude-standard']) ?? '');
    for (const path of untracked) changes.push({ path, status: 'added' });
  }
  return changes;
}

/** The best common ancestor of two commits (where a pull request's branch left its base), if git knows it. */
export function mergeBase(root: string, one: string, other: string): string | undefined {
  return git(root, ['merge-base', '--end-of-options', one, other])?.trim() || undefined;
}

/** The lines of `file` in the work tree that differ from `revision` (`git diff -U0`); undefined when git cannot tell. */
export function gitChangedLines(root: string, revision: string, file: string): LineRange[] | undefined {
  const patch = git(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--relative', '--end-of-options', revision, '--', file]);
  return patch === undefined ? undefined : changedLinesOf(patch);
}

/** A file's text at a commit (its path from the root), or undefined when the commit has no such file. */
export function textAtCommit(root: string, commit: string, path: string): string | undefined {
  const bytes = runGitBytes(root, ['cat-file', 'blob', `${commit}:./${path}`]);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/**
 * Where `root` is in its repository, as the paths GitHub shows (annotations, blob links, a pull request's
 * files) start: `packages/app/` for a folder of a monorepo, '' at the top level or outside git.
 */
export function repositoryFolder(root: string): string {
  return git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
}

/** The top level of the git work tree that holds `folder`, or undefined outside git. */
export function gitTopLevel(folder: string): string | undefined {
  return git(folder, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/**
 * The repository at `root` as git sees it: tracked files plus untracked ones that are not ignored (a
 * ticket written but not yet added is still linted locally), minus files deleted from the work tree.
 * Outside git, every file under `root` except `.git` and `node_modules` folders.
 */
export function createGitHost(root: string): RepositoryHost {
  const realRoot = realpathSync(root);
  // A lint reads a thousand files from a few folders: each folder is checked for being a link once.
  const realFolders = new Set<string>();
  return {
    listFiles: () => listGitFiles(root) ?? walk(root),
    readFile: (relativePath) => readInside(realRoot, relativePath, realFolders),
    readHead: (relativePath, limit) => readHeadInside(realRoot, relativePath, realFolders, limit),
    leadsOutside: (relativePath) => resolveInside(realRoot, relativePath, realFolders).kind === 'outside',
  };
}

function listGitFiles(root: string): string[] | undefined {
  const listed = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (listed === undefined) return undefined;
  const deleted = new Set(splitNul(git(root, ['ls-files', '-z', '--deleted']) ?? ''));
  return [...new Set(splitNul(listed))].filter((file) => !deleted.has(file)).sort();
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((entry) => entry !== '');
}

function walk(root: string): string[] {
  const files: string[] = [];
  const visit = (folder: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (WALK_SKIPS.has(entry.name)) continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      // Folder symlinks are not followed: they may lead out of the root or loop.
      if (entry.isDirectory()) visit(path.join(folder, entry.name), relative);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative);
    }
  };
  visit(root, '');
  return files.sort();
}

const MAX_SYMLINK_HOPS = 40;
const LINK_SEPARATOR = path.sep === '\\' ? /[\\/]/ : '/';

/**
 * Reads a repository file only when it really lies inside the root. Symlinks are resolved one path
 * component at a time, by reading the link itself, so a link that leads out is refused before
 * anything outside the root is stat'ed or opened.
 */
function readInside(realRoot: string, relativePath: string, realFolders: Set<string>): Uint8Array | undefined {
  const resolved = resolveInside(realRoot, relativePath, realFolders);
  if (resolved.kind !== 'inside') return undefined;
  // git's own folder is not repository content, and its config may hold the checkout's token.
  if (isInside(path.join(realRoot, '.git'), resolved.path)) return undefined;
  try {
    return lstatSync(resolved.path).isFile() ? readFileSync(resolved.path) : undefined;
  } catch {
    return undefined;
  }
}

/** The first `limit` bytes of a file inside the root (as readInside decides), and its size. */
function readHeadInside(realRoot: string, relativePath: string, realFolders: Set<string>, limit: number): { head: Uint8Array; size: number } | undefined {
  const resolved = resolveInside(realRoot, relativePath, realFolders);
  if (resolved.kind !== 'inside' || isInside(path.join(realRoot, '.git'), resolved.path)) return undefined;
  try {
    return lstatSync(resolved.path).isFile() ? readHead(resolved.path, limit) : undefined;
  } catch {
    return undefined;
  }
}

export type ResolvedPath = { kind: 'inside'; path: string } | { kind: 'outside' } | { kind: 'missing' };

/** `realFolders`: folders already found to be folders, not links, skipped instead of checked again. */
export function resolveInside(realRoot: string, relativePath: string, realFolders = new Set<string>()): ResolvedPath {
  if (path.isAbsolute(relativePath)) return { kind: 'outside' };
  const pending = relativePath.split('/');
  let current = realRoot;
  let hops = 0;
  while (pending.length > 0) {
    const part = pending.shift() ?? '';
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (current === realRoot) return { kind: 'outside' };
      current = path.dirname(current);
      continue;
    }
    const next = path.join(current, part);
    if (realFolders.has(next)) {
      current = next;
      continue;
    }
    let isLink: boolean;
    try {
      const stats = lstatSync(next);
      isLink = stats.isSymbolicLink();
      if (stats.isDirectory()) realFolders.add(next);
    } catch {
      return { kind: 'missing' };
    }
    if (!isLink) {
      current = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) return { kind: 'missing' };
    const target = readlinkSync(next);
    if (path.isAbsolute(target)) {
      if (!isInside(realRoot, target)) return { kind: 'outside' };
      current = realRoot;
      pending.unshift(...path.relative(realRoot, target).split(path.sep));
    } else {
      pending.unshift(...target.split(LINK_SEPARATOR));
    }
  }
  return { kind: 'inside', path: current };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
