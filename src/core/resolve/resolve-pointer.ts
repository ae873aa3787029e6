import path from 'node:path';
import { endsLikeFile } from '../parse/path-like.js';
import { isMachinePath } from '../text/machine-path.js';
import type { RepositoryView } from '../repository/repository-view.js';
import type { Pointer } from '../parse/ticket.js';
import { trimEnd } from '../text/source-text.js';

export type OutsideReason = 'absolute' | 'home' | 'parent' | 'symlink';

/** What a pointer names in the repository; `path` is repository-relative unless the pointer is outside. */
export type Resolution =
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  | { kind: 'glob'; path: string; files: readonly string[] }
  /** A bare file name (`cli.py`) that names tracked files somewhere in the repository. */
  | { kind: 'name'; path: string; files: readonly string[] }
  /**
   * Not there, but anchored in this repository (or close to a tracked path): a stale or wrong pointer;
   * `planned` when an open step of a plan names it and nothing says it should exist yet.
   */
  | { kind: 'missing'; path: string; suggestion?: string; planned?: true; change?: ({ removed: true } | { renamedTo: string }) & { where: string } }
  /**
   * Looks like a path but is not anchored in this repository and near nothing in it: a data file, a
   * path in another project or on a user's machine, a URL route. Not a pointer into the repository.
   */
  | { kind: 'foreign'; path: string }
  | { kind: 'outside'; path: string; reason: OutsideReason };

/** `settings.local.json`, `.env.local`: untracked by convention. */
const LOCAL_ONLY = /(?:^|\.)local(?:\.|$)/;

/** What a pull request (or the work since a ref) did to paths that tickets may point at. */
export interface PathChanges {
  removed: ReadonlySet<string>;
  renamedTo: ReadonlyMap<string, string>;
  /** How messages name the change: 'in this pull request', "since 'main'". */
  where: string;
}

export const NO_CHANGES: PathChanges = { removed: new Set(), renamedTo: new Map(), where: '' };

export type Target = { kind: 'inside'; path: string; wantsFolder: boolean } | { kind: 'outside'; reason: OutsideReason };

/**
 * Where a pointer points, before asking whether anything is there: code spans and list items from the
 * repository root, link targets from the ticket's folder, a leading `/` from the root.
 */
export function pointerTarget(pointer: Pointer, ticketFile: string): Target {
  const written = pointer.path;
  if (written === '~' || written.startsWith('~/')) return { kind: 'outside', reason: 'home' };
  if (isMachinePath(written) && pointer.source !== 'link') return { kind: 'outside', reason: 'absolute' };
  // A leading slash means the repository root, as GitHub renders links and as `/src/x.ts` is meant.
  const joined = written.startsWith('/')
    ? written.slice(1)
    : pointer.base === 'ticket'
      ? path.posix.join(path.posix.dirname(ticketFile), written)
      : written;
  const normalized = trimEnd(path.posix.normalize(joined), '/');
  if (normalized === '..' || normalized.startsWith('../')) return { kind: 'outside', reason: 'parent' };
  return { kind: 'inside', path: normalized === '.' ? '' : normalized.replace(/^\.\//, ''), wantsFolder: joined.endsWith('/') };
}

/**
 * Resolves a pointer (docs/pointers.md) from the repository view alone, so nothing outside the root is
 * touched. `changes` names files the pull request removed or renamed: a pointer at one is reported
 * as such.
 */
export function resolvePointer(pointer: Pointer, ticketFile: string, repository: RepositoryView, changes: PathChanges = NO_CHANGES): Resolution {
  const target = pointerTarget(pointer, ticketFile);
  if (target.kind === 'outside') return { kind: 'outside', path: pointer.path, reason: target.reason };
  const { path: repositoryPath, wantsFolder } = target;
  if (crossesTrackedSymlink(repositoryPath, repository) && repository.leadsOutside(repositoryPath)) {
    return { kind: 'outside', path: pointer.path, reason: 'symlink' };
  }
  if (pointer.isGlob) {
    const files = repository.globMatches(repositoryPath);
    return files.length > 0 || (!pointer.isExample && isAnchored(repositoryPath, pointer, repository) && repository.hasFolder(staticBase(repositoryPath)))
      ? { kind: 'glob', path: repositoryPath, files }
      : { kind: 'foreign', path: repositoryPath };
  }
  if (!wantsFolder && repository.hasFile(repositoryPath)) return { kind: 'file', path: repositoryPath };
  if (repository.hasFolder(repositoryPath)) return { kind: 'dir', path: repositoryPath };
  if (pointer.base === 'root' && !pointer.path.includes('/')) {
    const named = repository.filesNamed(repositoryPath);
    if (named.length > 0) return { kind: 'name', path: repositoryPath, files: named };
  }
  if (pointer.isNew) return { kind: 'missing', path: repositoryPath };
  if (changes.removed.has(repositoryPath)) return { kind: 'missing', path: repositoryPath, change: { removed: true, where: changes.where } };
  const renamedTo = changes.renamedTo.get(repositoryPath);
  if (renamedTo !== undefined) return { kind: 'missing', path: repositoryPath, change: { renamedTo, where: changes.where } };
  // A file a plan's open step names may be one the plan writes: missing, it is a problem only when a
  // line range says it should have content, or a tracked path close to it says it was meant.
  if (pointer.planned && !pointer.lines) {
    const meant = repository.surelyMeant(repositoryPath);
    return meant === undefined ? { kind: 'missing', path: repositoryPath, planned: true } : { kind: 'missing', path: repositoryPath, suggestion: meant };
  }
  return missingOrForeign(repositoryPath, pointer, repository);
}

/**
 * Precision over recall: a path that is not there is reported only when it is clearly meant for this
 * repository. A link target always is. Otherwise it needs a close tracked path to suggest, or a file
 * name with an extension in a folder the repository has, under one of its own top-level folders.
 * Illustrations ("e.g. `src/core/auth.ts`"), local-only files, extension-less words (`tools/list`,
 * `origin/main`) and `/favicon.png`-style routes are not pointers into the repository.
 */
function missingOrForeign(repositoryPath: string, pointer: Pointer, repository: RepositoryView): Resolution {
  const foreign: Resolution = { kind: 'foreign', path: repositoryPath };
  if (pointer.source === 'link') return { kind: 'missing', path: repositoryPath, ...suggestionFor(repositoryPath, repository) };
  const name = repositoryPath.slice(repositoryPath.lastIndexOf('/') + 1);
  const isRouteLike = pointer.path.startsWith('/') && !repositoryPath.includes('/');
  if (pointer.isExample || isRouteLike || LOCAL_ONLY.test(name)) return foreign;
  const suggested = suggestionFor(repositoryPath, repository);
  if (suggested.suggestion !== undefined) return { kind: 'missing', path: repositoryPath, ...suggested };
  const parent = repositoryPath.includes('/') ? repositoryPath.slice(0, repositoryPath.lastIndexOf('/')) : '';
  return endsLikeFile(name) && isAnchored(repositoryPath, pointer, repository) && repository.hasFolder(parent)
    ? { kind: 'missing', path: repositoryPath }
    : foreign;
}

function suggestionFor(repositoryPath: string, repository: RepositoryView): { suggestion?: string } {
  const suggestion = repository.suggest(repositoryPath);
  return suggestion === undefined ? {} : { suggestion };
}

/** The folder part of a glob before its first wildcard segment: `src/routes` for `src/routes/**\/*.ts`. */
function staticBase(glob: string): string {
  const segments = glob.split('/');
  const firstWild = segments.findIndex((segment) => /[*?{[]/.test(segment));
  return segments.slice(0, firstWild === -1 ? segments.length - 1 : firstWild).join('/');
}

/**
 * A path is meant for this repository when it is a link target (written to be followed here) or its
 * first folder is one of the repository's own top-level entries.
 */
function isAnchored(repositoryPath: string, pointer: Pointer, repository: RepositoryView): boolean {
  if (pointer.source === 'link') return true;
  const slash = repositoryPath.indexOf('/');
  return slash !== -1 && repository.topLevelEntries.has(repositoryPath.slice(0, slash));
}

/** git tracks a symlink as a file, so a path through one has the link itself, or a prefix, tracked as a file. */
function crossesTrackedSymlink(repositoryPath: string, repository: RepositoryView): boolean {
  if (repository.hasFile(repositoryPath)) return true;
  for (let slash = repositoryPath.indexOf('/'); slash !== -1; slash = repositoryPath.indexOf('/', slash + 1)) {
    if (repository.hasFile(repositoryPath.slice(0, slash))) return true;
  }
  return false;
}

/** For an absolute path pasted from a laptop: the longest tail of it that is a tracked path. */
export function trackedTail(absolute: string, repository: RepositoryView): string | undefined {
  const segments = absolute.split('/').filter((segment) => segment !== '');
  for (let start = 1; start < segments.length; start += 1) {
    const tail = segments.slice(start).join('/');
    if (repository.hasFile(tail) || (start < segments.length - 1 && repository.hasFolder(tail))) return tail;
  }
  return undefined;
}
