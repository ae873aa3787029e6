import type { FileChange } from '../core/collect/changed-tickets.js';
import { changedLinesOf, type LineRange } from '../core/collect/diff-hunks.js';
import { UNCHANGED_WORK_TREE, parseIndex, parseStatus, recordsOfDiff, type GitIndex, type WorkTreeStatus } from './git-records.js';
import { PREFIX_ARGUMENTS, STATUS_ARGUMENTS, gitQueries, type GitQueries } from './early-git.js';
import { runGit, runGitBytes, runGitBytesConcurrently } from './run-git.js';

export { GITLINK_MODE, SYMLINK_MODE, UNCHANGED_WORK_TREE, addsOrRemovesFiles, modeIn, pathsWithMode, type GitIndex, type WorkTreeStatus } from './git-records.js';

/**
 * The work tree of a repository as one run sees it. In a repository of 100,000 files every git command
 * that compares the work tree with something stats every file, a tenth of a second each; the file list,
 * the changes since a ref and the base commit's view asked three such commands, and now share this one.
 */
export class GitWorkTree {
  private status: WorkTreeStatus | null | undefined;
  private gitIndex: GitIndex | null | undefined;
  private folder: string | undefined;
  private indexReading: Promise<void> | undefined;
  /** git's output by its arguments: the diffs against a revision that load() reads ahead, files at a commit. */
  private readonly outputs = new Map<string, Uint8Array | undefined>();
  /** The diffs load() is reading, by their arguments, until they are in `outputs`. */
  private readonly reading = new Map<string, Promise<Uint8Array | undefined>>();
  /** The commands this run reads the repository with: a clean checkout's compare commits (early-git.ts). */
  readonly queries: GitQueries;

  /**
   * `cleanCheckout`: the work tree is the commit git checked out, as in CI: it holds exactly the index's
   * files, so `git status` (which stats every file and walks every folder) is not run and the work tree
   * is taken to change nothing (docs/pull-requests.md, "What a run in CI checks").
   */
  constructor(
    readonly root: string,
    private readonly cleanCheckout = false,
  ) {
    if (cleanCheckout) this.status = UNCHANGED_WORK_TREE;
    this.queries = gitQueries(cleanCheckout);
  }

  /**
   * A file's bytes at a commit (`git cat-file`), read once a run: a pull request's changed ticket is
   * read at the base to see what ids it lost, then again for the base lint.
   */
  blobAt(commit: string, path: string): Uint8Array | undefined {
    return this.gitBytes(blobArguments(commit, path));
  }

  /** The lines of `file` in the work tree that differ from `revision` (`git diff -U0`); undefined when git cannot tell. */
  changedLines(revision: string, file: string): LineRange[] | undefined {
    const patch = this.gitBytes(this.queries.changedLines(revision, file));
    return patch === undefined ? undefined : changedLinesOf(new TextDecoder().decode(patch));
  }

  /**
   * Asks git now, side by side, what the run will ask of these changed files: their lines that differ
   * from `revision` and their text there (a process each; run one after the other on the main thread
   * later, each waited a few tens of milliseconds).
   */
  async readAhead(revision: string, files: readonly string[]): Promise<void> {
    await Promise.all(
      files.flatMap((file) => [this.queries.changedLines(revision, file), blobArguments(revision, file)]).map(async (args) => {
        const key = args.join('\0');
        if (this.outputs.has(key)) return;
        const output = await runGitBytesConcurrently(this.root, args);
        if (!this.outputs.has(key)) this.outputs.set(key, output);
      }),
    );
  }

  /** A file's text at a commit (see blobAt). */
  textAt(commit: string, path: string): string | undefined {
    const bytes = this.blobAt(commit, path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  }

  /**
   * Reads the work tree's status and the index at once, two git processes side by side (in a
   * 100,000-file repository the status stats every file for a quarter of a second, and the index is
   * parsed meanwhile); with the revision a run compares with, also the index's differences from it
   * (changesSince, the base commit's listing), which then wait for nothing. Without it, `read`,
   * `index` and the diffs ask git when first called.
   */
  async load(revision?: string): Promise<void> {
    // Asked beside the rest (and started early by the CLI), not before it: git's answer is 3 ms of waiting.
    const prefix = this.folder === undefined ? runGitBytesConcurrently(this.root, PREFIX_ARGUMENTS) : undefined;
    const ahead = revision === undefined ? [] : [this.queries.changes(revision), this.queries.baseListing(revision)];
    this.indexReading = firstOutputOf(this.root, this.queries.listing).then(parsedLater).then((index) => {
      this.gitIndex ??= index;
    });
    const [status, prefixOutput] = await Promise.all([
      this.cleanCheckout ? undefined : runGitBytesConcurrently(this.root, STATUS_ARGUMENTS),
      prefix,
      this.indexReading,
      ...ahead.map(async (args) => {
        const key = args.join('\0');
        const reading = runGitBytesConcurrently(this.root, args);
        this.reading.set(key, reading);
        const output = await reading;
        if (!this.outputs.has(key)) this.outputs.set(key, output);
        this.reading.delete(key);
      }),
    ]);
    if (prefixOutput !== undefined) this.folder ??= new TextDecoder().decode(prefixOutput).trim();
    this.status ??= (status && parseStatus(status, this.repositoryFolder())) ?? null;
  }

  /** The index's files as soon as git lists them, while load() still waits for the status (Workspace.indexRepository). */
  async indexRead(): Promise<GitIndex | undefined> {
    await this.indexReading;
    return this.index();
  }

  /** git's output for `args`, read once a run (or ahead, by load()). */
  gitBytes(args: readonly string[]): Uint8Array | undefined {
    const key = args.join('\0');
    if (!this.outputs.has(key)) this.outputs.set(key, runGitBytes(this.root, args));
    return this.outputs.get(key);
  }

  /** The work tree's state, or undefined outside git. */
  read(): WorkTreeStatus | undefined {
    if (this.status === undefined) {
      const output = runGitBytes(this.root, STATUS_ARGUMENTS);
      this.status = (output && parseStatus(output, this.repositoryFolder())) ?? null;
    }
    return this.status ?? undefined;
  }

  /** The index's files under the root (the work tree's list and the base commit's view both start from it), or undefined outside git. */
  index(): GitIndex | undefined {
    if (this.gitIndex === undefined) {
      const output = this.queries.listing.reduce<Uint8Array | undefined>((found, args) => found ?? runGitBytes(this.root, args), undefined);
      this.gitIndex = (output && parseIndex(output)) ?? null;
    }
    return this.gitIndex ?? undefined;
  }

  /** Where the root is in its repository: `git status` names files from the top level. */
  repositoryFolder(): string {
    return (this.folder ??= repositoryFolder(this.root));
  }

  /**
   * What the index changed since `revision` (commits and staged files: `git diff --cached`), as soon as
   * git says, without waiting for the work tree's status that load() reads beside it. Undefined when git
   * cannot tell.
   */
  async indexChangesSince(revision: string): Promise<FileChange[] | undefined> {
    const args = this.queries.changes(revision);
    const reading = this.reading.get(args.join('\0'));
    return recordsOfDiff(reading ? await reading : this.gitBytes(args));
  }

  /**
   * What changed between `revision` and the work tree, untracked files as added: `git diff --cached`
   * (the index against the revision, renames detected; no file is stat'ed), then what the work tree
   * changed beyond the index. Undefined when git cannot tell (a revision it does not know).
   */
  changesSince(revision: string): FileChange[] | undefined {
    const status = this.read();
    const staged = recordsOfDiff(this.gitBytes(this.queries.changes(revision)));
    return status === undefined || staged === undefined ? undefined : withWorkTreeChanges(staged, status);
  }
}

/**
 * The listing parsed in a later turn of the event loop: what waits on the diffs (the token counter's
 * start, a tenth of a second of rank tables on the second thread) then starts before, not after, the
 * parse of a monorepo's listing (80 ms).
 */
async function parsedLater(output: Uint8Array | undefined): Promise<GitIndex | null> {
  await new Promise((resolve) => setImmediate(resolve));
  return (output && parseIndex(output)) ?? null;
}

/** The first output git gives of `commands` (see GitQueries.listing), each started when the one before failed. */
async function firstOutputOf(root: string, commands: readonly (readonly string[])[]): Promise<Uint8Array | undefined> {
  for (const args of commands) {
    const output = await runGitBytesConcurrently(root, args);
    if (output !== undefined) return output;
  }
  return undefined;
}

/** The index's changes since a revision, and then what the work tree changed beyond the index. */
function withWorkTreeChanges(staged: readonly FileChange[], status: WorkTreeStatus): FileChange[] {
  const changes = new Map<string, FileChange>();
  for (const change of staged) changes.set(change.path, change);
  for (const path of status.changed) {
    const known = changes.get(path);
    if (status.deleted.has(path)) {
      if (known?.status === 'added') changes.delete(path);
      else if (known?.status === 'renamed' && known.previousPath !== undefined) changes.set(path, { path: known.previousPath, status: 'removed' });
      else changes.set(path, { path, status: 'removed' });
    } else if (known === undefined) {
      changes.set(path, { path, status: 'modified' });
    }
  }
  for (const { name } of status.untracked) if (!changes.has(name)) changes.set(name, { path: name, status: 'added' });
  return [...changes.values()];
}

/**
 * Where `root` is in its repository, as the paths GitHub shows (annotations, blob links, a pull request's
 * files) start: `packages/app/` for a folder of a monorepo, '' at the top level or outside git.
 */
export function repositoryFolder(root: string): string {
  return runGit(root, PREFIX_ARGUMENTS)?.trim() ?? '';
}

function blobArguments(commit: string, path: string): string[] {
  return ['cat-file', 'blob', `${commit}:./${path}`];
}




/** The files a `git diff -z --name-status` lists, renames with the path before. */
export function diffRecords(root: string, args: readonly string[]): FileChange[] | undefined {
  return recordsOfDiff(runGitBytes(root, args));
}


