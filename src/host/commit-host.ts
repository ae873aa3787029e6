import type { RepositoryHost } from '../core/repository/repository-view.js';
import { runGit, runGitBytes } from './run-git.js';

/**
 * The repository at a commit, as git stores it, without a checkout (docs/pull-requests.md): its file
 * list from `git ls-tree`, and each file's bytes from the work tree when git says the file is the same
 * there (`git diff --name-only <commit>`), else from the commit's blob. Links are not followed: at a
 * commit a link is only its target's name. Undefined when git cannot read the commit.
 */
export function createCommitHost(root: string, commit: string, workTree: Omit<RepositoryHost, 'listFiles'>): RepositoryHost | undefined {
  const listing = runGit(root, ['ls-tree', '-r', '-z', '--end-of-options', commit]);
  const differing = runGit(root, ['diff', '--name-only', '-z', '--relative', '--no-renames', '--no-ext-diff', '--no-textconv', '--end-of-options', commit, '--']);
  if (listing === undefined || differing === undefined) return undefined;
  const files: string[] = [];
  const links = new Set<string>();
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    // A submodule is a commit, not a file of this repository.
    if (type !== 'blob') continue;
    files.push(path);
    if (mode === '120000') links.add(path);
  }
  const changed = new Set(differing.split('\0').filter((path) => path !== ''));
  const known = new Set(files);
  const blob = (path: string): Uint8Array | undefined => (known.has(path) && !links.has(path) ? runGitBytes(root, ['cat-file', 'blob', `${commit}:./${path}`]) : undefined);
  return {
    listFiles: () => files,
    readFile: (path) => (changed.has(path) || links.has(path) ? blob(path) : known.has(path) ? workTree.readFile(path) : undefined),
    readHead: (path, limit) => {
      if (!changed.has(path) && !links.has(path)) return known.has(path) ? (workTree.readHead?.(path, limit) ?? wholeAsHead(workTree.readFile(path), limit)) : undefined;
      return wholeAsHead(blob(path), limit);
    },
    leadsOutside: (path) => !changed.has(path) && workTree.leadsOutside?.(path) === true,
  };
}

function wholeAsHead(bytes: Uint8Array | undefined, limit: number): { head: Uint8Array; size: number } | undefined {
  return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}
