import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { FileChange } from '../core/collect/changed-tickets.js';
import type { RepositoryHost } from '../core/repository/repository-view.js';
import { readHead } from './read-head.js';
import { decodeName } from './file-names.js';
import { runGit } from './run-git.js';
import { GITLINK_MODE, GitWorkTree, UNCHANGED_WORK_TREE, diffRecords, modeIn, pathsWithMode } from './work-tree.js';

export { repositoryFolder } from './work-tree.js';

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

/**
 * The files `git diff <revisions>` lists between commits (`base...HEAD` for a pull request), with
 * renames detected as git does. Undefined when git cannot tell, e.g. because a commit is missing. The
 * work tree's changes since a ref are GitWorkTree.changesSince.
 */
export function gitChanges(root: string, revisions: readonly string[]): FileChange[] | undefined {
  // --relative: paths from the root, as the file list has them, when the root is a folder of the repository.
  return diffRecords(root, ['diff', '-z', '--name-status', '-M', '--relative', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', ...revisions, '--']);
}

/** The best common ancestor of two commits (where a pull request's branch left its base), if git knows it. */
export function mergeBase(root: string, one: string, other: string): string | undefined {
  return git(root, ['merge-base', '--end-of-options', one, other])?.trim() || undefined;
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
export function createGitHost(root: string, workTree = new GitWorkTree(root), { indexOnly = false } = {}): RepositoryHost {
  const realRoot = realpathSync(root);
  // A lint reads a thousand files from a few folders: each folder is checked for being a link once.
  const realFolders = new Set<string>();
  let listing: Listing | undefined;
  const list = (): Listing => (listing ??= listGitFiles(workTree, indexOnly) ?? walk(root));
  return {
    listFiles: () => list().files,
    listSubmodules: () => list().submodules,
    listNamesNotUtf8: () => list().namesNotUtf8,
    readFile: (relativePath) => readInside(realRoot, relativePath, realFolders),
    readHead: (relativePath, limit) => readHeadInside(realRoot, relativePath, realFolders, limit),
    leadsOutside: (relativePath) => resolveInside(realRoot, relativePath, realFolders).kind === 'outside',
    throughLinks: (relativePath) => {
      const resolved = resolveInside(realRoot, relativePath, realFolders);
      if (resolved.kind !== 'inside' || isInGitFolder(realRoot, resolved.path)) return undefined;
      return path.relative(realRoot, resolved.path).split(path.sep).join('/');
    },
  };
}

/** What a repository holds: files, submodules (git's gitlinks), and the names among them that are not UTF-8 (see file-names.ts). */
interface Listing {
  files: string[];
  submodules: string[];
  namesNotUtf8: string[];
}


/** `indexOnly`: the index's files as if the work tree had them all and nothing else (see GitWorkTree.indexRead). */
function listGitFiles(workTree: GitWorkTree, indexOnly: boolean): Listing | undefined {
  const index = workTree.index();
  const status = index === undefined ? undefined : indexOnly ? UNCHANGED_WORK_TREE : workTree.read();
  if (index === undefined || status === undefined) return undefined;
  const { deleted, untracked } = status;
  const submodules = pathsWithMode(index, GITLINK_MODE);
  // The index's own list when the work tree has every file of it and nothing more (a clean checkout).
  let files = deleted.size === 0 && submodules.length === 0 ? index.paths : index.paths.filter((path) => !deleted.has(path) && modeIn(index, path) !== GITLINK_MODE);
  const namesNotUtf8 = [...index.namesNotUtf8].filter((path) => !deleted.has(path));
  if (untracked.length > 0) {
    // Sorted again only with untracked files to place: a nearly sorted list sorts in one pass.
    files = [...files, ...untracked.map(({ name }) => name)].sort();
    for (const { name, utf8 } of untracked) if (!utf8) namesNotUtf8.push(name);
  }
  return { files, submodules, namesNotUtf8 };
}


function walk(root: string): Listing {
  const files: string[] = [];
  const namesNotUtf8: string[] = [];
  const visit = (folder: Buffer, prefix: string, prefixUtf8: boolean): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    for (const entry of entries) {
      const { name, utf8 } = decodeName(entry.name);
      if (WALK_SKIPS.has(name)) continue;
      const relative = prefix === '' ? name : `${prefix}/${name}`;
      // Folder symlinks are not followed: they may lead out of the root or loop.
      if (entry.isDirectory()) visit(Buffer.concat([folder, Buffer.from(path.sep), entry.name]), relative, prefixUtf8 && utf8);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(relative);
        if (!prefixUtf8 || !utf8) namesNotUtf8.push(relative);
      }
    }
  };
  visit(Buffer.from(root), '', true);
  return { files: files.sort(), submodules: [], namesNotUtf8 };
}

const MAX_SYMLINK_HOPS = 40;
const LINK_SEPARATOR = path.sep === '\\' ? /[\\/]/ : '/';

/**
 * Reads a repository file only when it really lies inside the root. Symlinks are resolved one path
 * component at a time, by reading the link itself, so a link that leads out is refused before
 * anything outside the root is stat'ed or opened.
 */
function readInside(realRoot: string, relativePath: string, realFolders: Set<string>): Uint8Array | undefined {
  const last = { isFile: false };
  const resolved = resolveInside(realRoot, relativePath, realFolders, last);
  // git's own folder is not repository content, and its config may hold the checkout's token.
  if (resolved.kind !== 'inside' || !last.isFile || isInGitFolder(realRoot, resolved.path)) return undefined;
  try {
    return readFileSync(resolved.path);
  } catch {
    return undefined;
  }
}

/**
 * True for a path in the root's `.git` (a path inside the root, as resolveInside gives). Compared
 * without case: on a case-insensitive file system `.GIT/config` is git's config too.
 */
function isInGitFolder(realRoot: string, resolvedPath: string): boolean {
  const gitFolder = (realRoot.endsWith(path.sep) ? `${realRoot}.git` : `${realRoot}${path.sep}.git`).toLowerCase();
  const candidate = resolvedPath.toLowerCase();
  return candidate === gitFolder || candidate.startsWith(`${gitFolder}${path.sep}`);
}

/** The first `limit` bytes of a file inside the root (as readInside decides), and its size. */
function readHeadInside(realRoot: string, relativePath: string, realFolders: Set<string>, limit: number): { head: Uint8Array; size: number } | undefined {
  const last = { isFile: false };
  const resolved = resolveInside(realRoot, relativePath, realFolders, last);
  if (resolved.kind !== 'inside' || !last.isFile || isInGitFolder(realRoot, resolved.path)) return undefined;
  try {
    return readHead(resolved.path, limit);
  } catch {
    return undefined;
  }
}

export type ResolvedPath = { kind: 'inside'; path: string } | { kind: 'outside' } | { kind: 'missing' };

/**
 * `realFolders`: folders already found to be folders, not links, skipped instead of checked again.
 * `last.isFile` is set to whether the path found is a plain file (its own lstat, not taken twice).
 */
export function resolveInside(realRoot: string, relativePath: string, realFolders = new Set<string>(), last = { isFile: false }): ResolvedPath {
  last.isFile = false;
  if (path.isAbsolute(relativePath)) return { kind: 'outside' };
  // On Windows a name may hold a backslash, which the system reads as a separator: split there too, so `..` is seen.
  const pending = relativePath.split(LINK_SEPARATOR);
  let current = realRoot;
  let hops = 0;
  while (pending.length > 0) {
    const part = pending.shift() ?? '';
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (current === realRoot) return { kind: 'outside' };
      current = path.dirname(current);
      last.isFile = false;
      continue;
    }
    // `current` is a real, normalized path and `part` a plain name: joined without path.join's normalizing,
    // which was a tenth of the main thread's time reading a roadmap's thousand tickets.
    const next = current.endsWith(path.sep) ? `${current}${part}` : `${current}${path.sep}${part}`;
    if (realFolders.has(next)) {
      current = next;
      last.isFile = false;
      continue;
    }
    let isLink: boolean;
    try {
      const stats = lstatSync(next);
      isLink = stats.isSymbolicLink();
      if (stats.isDirectory()) realFolders.add(next);
      last.isFile = stats.isFile();
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
