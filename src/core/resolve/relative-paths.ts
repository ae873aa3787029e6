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
  for (const base of namedFolders) {
    const joined = path.posix.normalize(path.posix.join(base, bare));
    if (!joined.startsWith('../') && joined !== bare && exists(joined)) found.add(joined);
  }
  for (const tracked of repository.pathsEndingWith(missing)) found.add(tracked);
  return [...found].sort(compareShortestFirst).slice(0, SHOWN_CANDIDATES + 1);
}

export { SHOWN_CANDIDATES };

/**
 * A path written as a file or a folder: a file name's ending, a closing `/`, or the tail of tracked
 * files. A mention meant for the repository is written so; a slash between two words (`mm/pixel`) is not.
 */
export function writtenAsFileOrFolder(written: string, wantsFolder: boolean, repository: RepositoryView): boolean {
  return wantsFolder || endsLikeFile(written) || repository.endsAsTrackedFiles(written);
}
