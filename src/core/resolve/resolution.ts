/** Why a pointer leads out of the repository. */
export type OutsideReason = 'absolute' | 'home' | 'parent' | 'symlink';

/** What git remembers of a path that is not there: when it was deleted, or what it was renamed to. */
export interface PathHistory {
  kind: 'deleted' | 'renamed';
  /** The commit that did it: its short hash, its date (YYYY-MM-DD) and its subject. */
  commit: string;
  date: string;
  subject: string;
  renamedTo?: string;
}

/** Looks up what the repository's history remembers of paths that are not there (a host's job: git). */
export type PathHistoryLookup = (paths: readonly string[]) => Promise<ReadonlyMap<string, PathHistory>>;

/**
 * Which of the paths git's ignore rules match (a host's job): files no checkout of the repository
 * has, by the repository's own choice.
 */
export type PathIgnoreLookup = (paths: readonly string[]) => Promise<ReadonlySet<string>>;

/** What a pull request (or the work since a ref) did to a path a ticket points at. */
export type PathChange = ({ removed: true } | { renamedTo: string }) & { where: string };

/** What a pointer names in the repository; `path` is repository-relative unless the pointer is outside. */
export type Resolution =
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  | { kind: 'glob'; path: string; files: readonly string[]; tooComplex?: string }
  /**
   * In a submodule, or the submodule itself: its files are another repository's (and may not be
   * checked out), so the path is taken as there, unread, 0 tokens.
   */
  | { kind: 'submodule'; path: string; submodule: string }
  /** A bare file name (`cli.py`) that names tracked files somewhere in the repository. */
  | { kind: 'name'; path: string; files: readonly string[] }
  /**
   * Not there from the root, but the tail of tracked paths: written from a subfolder, the ticket's
   * folder or a folder the ticket names. `candidates`: the paths from the root it may mean.
   * `throughRoot`: written through the repository's own folder (`<name>/tests/`), from the folder above it.
   * `elided`: written with `...` for folders left out; `abbreviated`: with folders left out and no mark
   * (`ui/components/dialog.tsx` for `packages/ui/src/components/dialog.tsx`).
   */
  | { kind: 'relative'; path: string; candidates: readonly string[]; throughRoot?: true; elided?: true; abbreviated?: true }
  /**
   * Not there, and meant for this repository: a stale or wrong pointer. `planned` when the work to come
   * may write it; `gone` when the ticket says it deletes it; `history` what git remembers of it;
   * `ignored` when git's ignore rules match it (a local file: `.env`).
   */
  | {
      kind: 'missing';
      path: string;
      suggestion?: string;
      planned?: true;
      gone?: true;
      change?: PathChange;
      history?: PathHistory;
      ignored?: true;
      /** Written with part of it left out (`test/.../RunnerTest.kt`), and no tracked file matches it. */
      elided?: true;
    }
  /**
   * Looks like a path but is not meant for this repository: a data file, a path in another project or
   * on a user's machine, a URL route. Not a pointer into the repository.
   */
  | { kind: 'foreign'; path: string }
  /**
   * Leads out of the repository; `tail`: the tracked path a copy of the repository on a machine ends with
   * ('' for the copy itself), or, `tailMissing`, the path in the copy under one of the repository's top-level folders that is not tracked.
   */
  | { kind: 'outside'; path: string; reason: OutsideReason; tail?: string; tailMissing?: true };

/** What a pull request (or the work since a ref) did to paths that tickets may point at. */
export interface PathChanges {
  removed: ReadonlySet<string>;
  renamedTo: ReadonlyMap<string, string>;
  /** How messages name the change: 'in this pull request', "since 'main'". */
  where: string;
}

export const NO_CHANGES: PathChanges = { removed: new Set(), renamedTo: new Map(), where: '' };
