import type { RepositoryHost } from '../core/repository/repository-view.js';
import { splitRecords } from './file-names.js';
import { runGitBytes } from './run-git.js';
import { GitWorkTree } from './work-tree.js';

/**
 * The repository at a commit, as git stores it, without a checkout (docs/pull-requests.md): its file
 * list from `git ls-tree`, and each file's bytes from the work tree when git says the file is the same
 * there (`git diff --cached --name-only <commit>` and the work tree's status), else from the commit's blob. Links are not followed: at a
 * commit a link is only its target's name. Submodules and names that are not UTF-8 are as in
 * createGitHost. Undefined when git cannot read the commit.
 */
export function createCommitHost(root: string, commit: string, workTree: Omit<RepositoryHost, 'listFiles'>, gitWorkTree = new GitWorkTree(root)): RepositoryHost | undefined {
  const listing = runGitBytes(root, ['ls-tree', '-r', '-z', '--end-of-options', commit]);
  // What differs from the commit: the index against it (no file stat'ed), and what the work tree changed beyond the index.
  const staged = runGitBytes(root, ['diff', '--cached', '--name-only', '-z', '--relative', '--no-renames', '--no-ext-diff', '--no-textconv', '--end-of-options', commit, '--']);
  const status = gitWorkTree.read();
  if (listing === undefined || staged === undefined || status === undefined) return undefined;
  const files: string[] = [];
  const submodules: string[] = [];
  const namesNotUtf8: string[] = [];
  const links = new Set<string>();
  for (const { name: entry, utf8 } of splitRecords(listing)) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    // A submodule is a commit of another repository: a folder whose files are not this one's.
    if (type === 'commit') submodules.push(path);
    if (type !== 'blob') continue;
    files.push(path);
    if (!utf8) namesNotUtf8.push(path);
    if (mode === '120000') links.add(path);
  }
  const changed = new Set([...splitRecords(staged).map(({ name }) => name), ...status.changed]);
  const known = new Set(files);
  const blob = (path: string): Uint8Array | undefined => (known.has(path) && !links.has(path) ? runGitBytes(root, ['cat-file', 'blob', `${commit}:./${path}`]) : undefined);
  return {
    listFiles: () => files,
    listSubmodules: () => submodules,
    listNamesNotUtf8: () => namesNotUtf8,
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
