import { isSorted, sortedIncludes, type RepositoryHost, type RepositoryView } from '../core/repository/repository-view.js';
import { splitRecords } from './file-names.js';
import { GITLINK_MODE, GitWorkTree, SYMLINK_MODE, addsOrRemovesFiles, modeIn, pathsWithMode, type GitIndex } from './work-tree.js';

/** A path at the commit: git's mode, and whether its name is UTF-8. */
interface CommitEntry {
  mode: string;
  utf8: boolean;
}

/**
 * The repository at a commit, as git stores it, without a checkout (docs/pull-requests.md). Its file
 * list is the index's with what `git diff --cached --raw <commit>` says the index changed since the
 * commit undone (on a clean checkout the head's listing and `git diff-tree --raw <commit> HEAD`, see GitQueries): in a monorepo a one-ticket pull request then reads a few records rather than listing
 * a hundred thousand files a second time, and when those records only change files' content and the
 * work tree adds and removes no file, the work tree's view is the listing (sameListingAs). Each file's
 * bytes come from the work tree when git says the file is the same there (that diff and the work tree's
 * status), else from the commit's blob. Links are not followed: at a commit a link is only its target's
 * name. Submodules and names that are not UTF-8 are as in createGitHost. Undefined when git cannot read
 * the commit.
 */
export function createCommitHost(root: string, commit: string, workTree: Omit<RepositoryHost, 'listFiles'>, gitWorkTree = new GitWorkTree(root)): RepositoryHost | undefined {
  const status = gitWorkTree.read();
  const changes = changesSinceCommit(commit, gitWorkTree);
  const index = gitWorkTree.index();
  if (changes === undefined || status === undefined || index === undefined) return undefined;
  // Content changes only, in the index and the work tree alike: the commit has the work tree's very files.
  const workTreeView = changes.keepFiles && !addsOrRemovesFiles(status) ? workTree.sameListingAs?.() : undefined;
  const listing = workTreeView ? listingOfView(workTreeView, index) : listingAtCommit(index, changes);
  const { files, links } = listing;
  const changed = new Set([...changes.atCommit.keys(), ...status.changed]);
  const known = workTreeView ? (path: string) => workTreeView.hasFile(path) : (path: string) => sortedIncludes(files(), path);
  const unchanged = (path: string): boolean => !changed.has(path) && !links().has(path) && known(path);
  const blob = (path: string): Uint8Array | undefined => (known(path) && !links().has(path) ? gitWorkTree.blobAt(commit, path) : undefined);
  return {
    listFiles: files,
    listSubmodules: listing.submodules,
    listNamesNotUtf8: listing.namesNotUtf8,
    sameListingAs: () => workTreeView,
    sameFileIn: (path) => (unchanged(path) ? workTree.sameFileIn?.(path) : undefined),
    readFile: (path) => (unchanged(path) ? workTree.readFile(path) : blob(path)),
    readHead: (path, limit) => {
      if (!unchanged(path)) return wholeAsHead(blob(path), limit);
      return workTree.readHead?.(path, limit) ?? wholeAsHead(workTree.readFile(path), limit);
    },
    leadsOutside: (path) => !changed.has(path) && workTree.leadsOutside?.(path) === true,
  };
}

/** What `git diff --cached --raw <commit>` says the index changed since the commit. */
interface ChangesSinceCommit {
  /** Each changed path with its mode and name at the commit; undefined where the commit did not have it. */
  atCommit: Map<string, CommitEntry | undefined>;
  /** True when every change kept the path and its mode: the commit has the index's files. */
  keepFiles: boolean;
}

/**
 * `git diff --cached --raw` gives each path the index changed since the commit with its mode there
 * (`000000` where the commit did not have it), a file in a merge conflict included; every other path
 * of the index is as the commit has it.
 */
function changesSinceCommit(commit: string, workTree: GitWorkTree): ChangesSinceCommit | undefined {
  const difference = workTree.gitBytes(workTree.queries.baseListing(commit));
  if (difference === undefined) return undefined;
  const atCommit = new Map<string, CommitEntry | undefined>();
  let keepFiles = true;
  const records = splitRecords(difference);
  // `:<mode at the commit> <mode in the index> <object> <object> <status>`, then the path.
  for (let record = 0; record + 1 < records.length; record += 2) {
    const [modeThen = '', modeNow = ''] = (records[record]?.name ?? '').slice(1).split(' ');
    const { name: path, utf8 } = records[record + 1] ?? { name: '', utf8: true };
    const absent = /^0+$/.test(modeThen);
    if (absent || modeThen !== modeNow) keepFiles = false;
    atCommit.set(path, absent ? undefined : { mode: modeThen, utf8 });
  }
  return { atCommit, keepFiles };
}

interface CommitListing {
  /** The commit's files (links included), sorted. */
  files: () => readonly string[];
  submodules: () => string[];
  namesNotUtf8: () => string[];
  links: () => ReadonlySet<string>;
}

/** The listing of a commit that has the work tree's files, taken from the work tree's view; its links are found only when a file is read. */
function listingOfView(view: RepositoryView, index: GitIndex): CommitListing {
  let links: Set<string> | undefined;
  return {
    files: () => view.files,
    submodules: () => [...view.submodules],
    namesNotUtf8: () => view.files.filter((file) => view.nameIsNotUtf8(file)),
    links: () => (links ??= new Set(pathsWithMode(index, SYMLINK_MODE))),
  };
}

/** The index's files, each as the commit has it; the paths the index no longer has put back. */
function listingAtCommit(index: GitIndex, { atCommit }: ChangesSinceCommit): CommitListing {
  const files: string[] = [];
  const submodules: string[] = [];
  const namesNotUtf8: string[] = [];
  const links = new Set<string>();
  const add = (path: string, { mode, utf8 }: CommitEntry): void => {
    // A submodule is a commit of another repository: a folder whose files are not this one's.
    if (mode === GITLINK_MODE) return void submodules.push(path);
    files.push(path);
    if (!utf8) namesNotUtf8.push(path);
    if (mode === SYMLINK_MODE) links.add(path);
  };
  // In the index's order, each path as the commit has it; sorted again only for paths the index no longer has.
  const placed = new Set<string>();
  for (const path of index.paths) {
    if (!atCommit.has(path)) add(path, { mode: modeIn(index, path), utf8: !index.namesNotUtf8.has(path) });
    else {
      placed.add(path);
      const before = atCommit.get(path);
      if (before !== undefined) add(path, before);
    }
  }
  let unplaced = false;
  for (const [path, entry] of atCommit) {
    if (placed.has(path) || entry === undefined) continue;
    add(path, entry);
    unplaced = true;
  }
  // git sorts by bytes, a JavaScript string by UTF-16 units: they differ only past U+E000.
  if (unplaced || !isSorted(files)) {
    files.sort();
    submodules.sort();
  }
  return { files: () => files, submodules: () => submodules, namesNotUtf8: () => namesNotUtf8, links: () => links };
}

function wholeAsHead(bytes: Uint8Array | undefined, limit: number): { head: Uint8Array; size: number } | undefined {
  return bytes === undefined ? undefined : { head: bytes.subarray(0, limit), size: bytes.length };
}
