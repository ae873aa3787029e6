import { isGlobPattern } from '../parse/path-like.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { globTooComplex } from '../text/glob-limits.js';

/** git tracks a symlink as a file, so a path through one has the link itself, or a prefix, tracked as a file. */
export function crossesTrackedSymlink(repositoryPath: string, repository: RepositoryView): boolean {
  if (repository.hasFile(repositoryPath)) return true;
  for (let slash = repositoryPath.indexOf('/'); slash !== -1; slash = repositoryPath.indexOf('/', slash + 1)) {
    if (repository.hasFile(repositoryPath.slice(0, slash))) return true;
  }
  return false;
}

/**
 * What a path through tracked symlinks that stay inside the root leads to (`skills/active/x/SKILL.md`,
 * `skills/active/x` a link to `../real/x`): the file or folder there, as the checkout's file system
 * has it. git lists only the link, so its listing alone would call the path missing.
 */
export function throughLinks(repositoryPath: string, wantsFolder: boolean, repository: RepositoryView): { kind: 'file' | 'dir'; path: string } | undefined {
  const real = repository.throughLinks(repositoryPath);
  if (real === undefined || real === repositoryPath) return undefined;
  if (!wantsFolder && repository.hasFile(real)) return { kind: 'file', path: real };
  return repository.hasFolder(real) ? { kind: 'dir', path: real } : undefined;
}

/**
 * The files a glob matches through tracked symlinks to folders (`skills/active/*\/SKILL.md`, each
 * `skills/active/<name>` a link): the rest of the glob matched in each link's folder.
 */
export function globThroughLinks(glob: string, repository: RepositoryView): string[] {
  const segments = glob.split('/');
  for (let count = 1; count < segments.length; count += 1) {
    const prefix = segments.slice(0, count).join('/');
    const links = isGlobPattern(prefix) ? repository.globMatches(prefix) : repository.hasFile(prefix) ? [prefix] : [];
    const rest = segments.slice(count).join('/');
    const found = links.flatMap((link) => {
      const folder = repository.throughLinks(link);
      if (folder === undefined || folder === link || isGlobPattern(folder) || !repository.hasFolder(folder)) return [];
      const inFolder = `${folder}/${rest}`;
      return globTooComplex(inFolder) === undefined ? repository.globMatches(inFolder) : [];
    });
    if (found.length > 0) return found;
  }
  return [];
}
