import { isSorted, sortedIncludes, type RepositoryHost } from '../core/repository/repository-view.js';
import { splitRecords } from './file-names.js';
import { GITLINK_MODE, GitWorkTree, SYMLINK_MODE, baseListingArguments } from './work-tree.js';

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
  const listing = listingAtCommit(commit, gitWorkTree);
  const status = gitWorkTree.read();
  if (listing === undefined || status === undefined) return undefined;
  const { files, submodules, namesNotUtf8, links } = listing;
  const changed = new Set([...listing.changedSince, ...status.changed]);
  const known = (path: string): boolean => sortedIncludes(files, path);
  const blob = (path: string): Uint8Array | undefined => (known(path) && !links.has(path) ? gitWorkTree.blobAt(commit, path) : undefined);
  return {
    listFiles: () => files,
    listSubmodules: () => submodules,
    listNamesNotUtf8: () => namesNotUtf8,
    readFile: (path) => (changed.has(path) || links.has(path) ? blob(path) : known(path) ? workTree.readFile(path) : undefined),
    readHead: (path, limit) => {
      if (!changed.has(path) && !links.has(path)) return known(path) ? (workTree.readHead?.(path, limit) ?? wholeAsHead(workTree.readFile(path), limit)) : undefined;
      return wholeAsHead(blob(path), limit);
    },
    leadsOutside: (path) => !changed.has(path) && workTree.leadsOutside?.(path) === true,
  };
}

interface CommitListing {
  /** The commit's files (links included), sorted. */
  files: string[];
  submodules: string[];
  namesNotUtf8: string[];
  links: Set<string>;
  /** The paths whose content the index changed since the commit. */
  changedSince: string[];
}

/**
 * `git diff --cached --raw` gives each path the index changed since the commit with its mode there
 * (`000000` where the commit did not have it), a file in a merge conflict included; every other path
 * of the index is as the commit has it.
 */
function listingAtCommit(commit: string, workTree: GitWorkTree): CommitListing | undefined {
  const index = workTree.indexEntries();
  const difference = workTree.gitBytes(baseListingArguments(commit));
  if (index === undefined || difference === undefined) return undefined;
  const atCommit = new Map<string, CommitEntry | undefined>();
  const records = splitRecords(difference);
  // `:<mode at the commit> <mode in the index> <object> <object> <status>`, then the path.
  for (let record = 0; record + 1 < records.length; record += 2) {
    const meta = records[record]?.name ?? '';
    const { name: path, utf8 } = records[record + 1] ?? { name: '', utf8: true };
    const mode = meta.slice(1, meta.indexOf(' '));
    atCommit.set(path, /^0+$/.test(mode) ? undefined : { mode, utf8 });
  }
  const listing: CommitListing = { files: [], submodules: [], namesNotUtf8: [], links: new Set(), changedSince: [...atCommit.keys()] };
  const add = (path: string, { mode, utf8 }: CommitEntry): void => {
    // A submodule is a commit of another repository: a folder whose files are not this one's.
    if (mode === GITLINK_MODE) return void listing.submodules.push(path);
    listing.files.push(path);
    if (!utf8) listing.namesNotUtf8.push(path);
    if (mode === SYMLINK_MODE) listing.links.add(path);
  };
  // In the index's order, each path as the commit has it; sorted again only for paths the index no longer has.
  const placed = new Set<string>();
  let previous: string | undefined;
  for (const entry of index) {
    if (entry.path === previous) continue;
    previous = entry.path;
    if (!atCommit.has(entry.path)) add(entry.path, entry);
    else {
      placed.add(entry.path);
      const before = atCommit.get(entry.path);
      if (before !== undefined) add(entry.path, before);
    }
  }
  let unplaced = false;
  for (const [path, entry] of atCommit) {
    if (placed.has(path) || entry === undefined) continue;
    add(path, entry);
    unplaced = true;
  }
  // git sorts by bytes, a JavaScript string by UTF-16 units: they differ only past U+E000.
  if (unplaced || !isSorted(listing.files)) {
    listing.files.sort();
    listing.submodules.sort();
  }
  return listing;
}

function wholeAsHead(bytes: Uint8Array | undefined, limit: number): { head: Uint8Array; size: number } | undefined {
  return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}
