import path from 'node:path';
import { endsLikeFile } from '../parse/path-like.js';
import { compareShortestFirst, type RepositoryView } from '../repository/repository-view.js';
import { trimEnd } from '../text/source-text.js';
import type { Resolution } from './resolution.js';

const SHOWN_CANDIDATES = 3;

/**
 * The tracked paths a path missing from the root may mean, written from somewhere else: paths that end
 * with it (from a subfolder), or from a folder the ticket names. A bare name is not here: it names a
 * file anywhere, and is resolved as such; nor is a path from the ticket's own folder, which is there
 * (resolvePointer), as a link's is.
 */
export function relativeCandidates(missing: string, namedFolders: readonly string[], repository: RepositoryView): string[] {
  if (!missing.includes('/')) return [];
  const found = new Set<string>();
  const exists = (candidate: string): boolean => repository.hasFile(candidate) || (candidate !== '' && repository.hasFolder(candidate));
  const bare = trimEnd(missing, '/');
  for (const { joined } of fromNamedFolders(bare, namedFolders)) if (exists(joined)) found.add(joined);
  // Where the ticket says its paths are written from, the path there is the one meant, over any other project's with that tail.
  if (found.size === 0) for (const tracked of repository.pathsEndingWith(missing)) found.add(tracked);
  return [...found].sort(compareShortestFirst).slice(0, SHOWN_CANDIDATES + 1);
}

export { SHOWN_CANDIDATES };

/**
 * The path read from each folder the ticket names (`from`, and the path from the root); one that starts
 * with the folder's own name (`backend/app/x.py`, the folder `w2/app/backend/`) is read from the folder
 * above it too, as it is written from there.
 */
export function fromNamedFolders(written: string, namedFolders: readonly string[]): { from: string; joined: string }[] {
  const slash = written.indexOf('/');
  const first = slash === -1 ? written : written.slice(0, slash);
  return namedFolders.flatMap((base) => {
    const bases = path.posix.basename(base) === first ? [base, path.posix.dirname(base)] : [base];
    return bases.map((from) => ({ from, joined: path.posix.normalize(path.posix.join(from, written)) })).filter(({ joined }) => !joined.startsWith('../') && joined !== written);
  });
}

/**
 * A path written as a file or a folder: a file name's ending, a closing `/`, or the tail of tracked
 * files. A mention meant for the repository is written so; a slash between two words (`mm/pixel`) is not.
 */
export function writtenAsFileOrFolder(written: string, wantsFolder: boolean, repository: RepositoryView): boolean {
  return wantsFolder || endsLikeFile(written) || repository.endsAsTrackedFiles(written);
}

/**
 * A file the ticket creates is to come, unless it is written from a subfolder: under a top-level folder
 * the repository does not have, the path of the one tracked file that ends with it (a monorepo's
 * `apps/web/src/services/auth.ts` for "Create `src/services/auth.ts`"): that file is there already.
 */
export function createdResolution(repositoryPath: string, first: string, namedFolders: readonly string[], repository: RepositoryView): Resolution {
  if (repositoryPath.includes('/') && !repository.topLevelEntries.has(first)) {
    const placed = placedByNamedFolders(repositoryPath, first, namedFolders, repository);
    if (placed !== undefined) return placed;
    const tracked = repository.pathsEndingWith(repositoryPath).filter((candidate) => repository.hasFile(candidate));
    if (tracked.length === 1) return { kind: 'relative', path: repositoryPath, candidates: tracked };
  }
  return { kind: 'missing', path: repositoryPath };
}

/** Where the ticket says its paths are written from (a folder it names), a file the work writes is there, or still to come there. */
export function placedByNamedFolders(repositoryPath: string, first: string, namedFolders: readonly string[], repository: RepositoryView): Resolution | undefined {
  const placed = fromNamedFolders(repositoryPath, namedFolders).filter(({ from }) => repository.hasFolder(path.posix.join(from, first)));
  const there = placed.map(({ joined }) => joined).filter((candidate) => repository.hasFile(candidate));
  if (there.length > 0) return { kind: 'relative', path: repositoryPath, candidates: there.slice(0, SHOWN_CANDIDATES + 1) };
  return placed.length > 0 ? { kind: 'missing', path: repositoryPath, planned: true } : undefined;
}
