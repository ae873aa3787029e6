import path from 'node:path';
import { endsLikeFile } from '../parse/path-like.js';
import { compareShortestFirst, type RepositoryView } from '../repository/repository-view.js';
import { trimEnd } from '../text/source-text.js';

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
  const first = written.slice(0, written.indexOf('/'));
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
