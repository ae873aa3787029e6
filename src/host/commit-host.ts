import type { RepositoryHost } from '../core/repository/repository-view.js';
import { splitRecords } from './file-names.js';
import { runGitBytes } from './run-git.js';
import { GITLINK_MODE, GitWorkTree, SYMLINK_MODE } from './work-tree.js';

/** A path at the commit: git's mode, and whether its name is UTF-8. */
interface CommitEntry {
  mode: string;
  utf8: boolean;
}

/**
 * The repository at a commit, as git stores it, without a checkout (docs/pull-requests.md). Its file
 * list is the index's with what `git diff --cached --raw <commit>` says the index changed since the
 * commit undone: in a monorepo a one-ticket pull request then reads a few records rather than listing
 * a hundred thousand files a second time. Each file's bytes come from the work tree when git says the file is the same
 * there (that diff and the work tree's status), else from the commit's blob. Links are not followed: at a
 * commit a link is only its target's name. Submodules and names that are not UTF-8 are as in
 * createGitHost. Undefined when git cannot read the commit.
 */
export function createCommitHost(root: string, commit: string, workTree: Omit<RepositoryHost, 'listFiles'>, gitWorkTree = new GitWorkTree(root)): RepositoryHost | undefined {
  const entries = entriesAtCommit(root, commit, gitWorkTree);
  const status = gitWorkTree.read();
  if (entries === undefined || status === undefined) return undefined;
  const files: string[] = [];
  const submodules: string[] = [];
  const namesNotUtf8: string[] = [];
  const links = new Set<string>();
  for (const [path, { mode, utf8 }] of entries.atCommit) {
    // A submodule is a commit of another repository: a folder whose files are not this one's.
    if (mode === GITLINK_MODE) {
      submodules.push(path);
      continue;
    }
    files.push(path);
    if (!utf8) namesNotUtf8.push(path);
    if (mode === SYMLINK_MODE) links.add(path);
  }
  const changed = new Set([...entries.changedSince, ...status.changed]);
  const blob = (path: string): Uint8Array | undefined => (entries.atCommit.has(path) && !links.has(path) ? runGitBytes(root, ['cat-file', 'blob', `${commit}:./${path}`]) : undefined);
  const known = (path: string): boolean => entries.atCommit.get(path)?.mode !== GITLINK_MODE && entries.atCommit.has(path);
  return {
    listFiles: () => files.sort(),
    listSubmodules: () => submodules.sort(),
    listNamesNotUtf8: () => namesNotUtf8,
    readFile: (path) => (changed.has(path) || links.has(path) ? blob(path) : known(path) ? workTree.readFile(path) : undefined),
    readHead: (path, limit) => {
      if (!changed.has(path) && !links.has(path)) return known(path) ? (workTree.readHead?.(path, limit) ?? wholeAsHead(workTree.readFile(path), limit)) : undefined;
      return wholeAsHead(blob(path), limit);
    },
    leadsOutside: (path) => !changed.has(path) && workTree.leadsOutside?.(path) === true,
  };
}

/**
 * Every path the commit holds, and the paths whose content the index changed since it. `git diff --cached
 * --raw` gives each changed path's mode at the commit (`000000` where the commit did not have it), a
 * file in a merge conflict included.
 */
function entriesAtCommit(root: string, commit: string, workTree: GitWorkTree): { atCommit: Map<string, CommitEntry>; changedSince: string[] } | undefined {
  const index = workTree.indexEntries();
  const difference = runGitBytes(root, ['diff', '--cached', '--raw', '-z', '--relative', '--no-renames', '--no-ext-diff', '--no-textconv', '--end-of-options', commit, '--']);
  if (index === undefined || difference === undefined) return undefined;
  const atCommit = new Map<string, CommitEntry>();
  for (const { path, mode, utf8 } of index) atCommit.set(path, { mode, utf8 });
  const changedSince: string[] = [];
  const records = splitRecords(difference);
  // `:<mode at the commit> <mode in the index> <object> <object> <status>`, then the path.
  for (let record = 0; record + 1 < records.length; record += 2) {
    const [meta, target] = [records[record], records[record + 1]];
    if (meta === undefined || target === undefined) break;
    const { name: path, utf8 } = target;
    changedSince.push(path);
    const modeAtCommit = meta.name.slice(1, meta.name.indexOf(' '));
    if (/^0+$/.test(modeAtCommit)) atCommit.delete(path);
    else atCommit.set(path, { mode: modeAtCommit, utf8 });
  }
  return { atCommit, changedSince };
}

function wholeAsHead(bytes: Uint8Array | undefined, limit: number): { head: Uint8Array; size: number } | undefined {
  return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}
