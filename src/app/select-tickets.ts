import { pathChanges, selectPullRequestTickets, type FileChange } from '../core/collect/changed-tickets.js';
import { selectArgumentFiles, selectTicketFiles } from '../core/collect/ticket-files.js';
import type { PathChanges } from '../core/resolve/resolve-pointer.js';
import type { Workspace } from './open-workspace.js';
import type { LineRange } from '../core/collect/diff-hunks.js';
import type { BaseText } from '../core/collect/lost-ids.js';

/** What to lint, as the CLI or the action asks for it. */
export type TicketRequest =
  /** Every ticket file the config's globs match. */
  | { kind: 'every-ticket' }
  /** Files, folders and globs named on a command line, repository-relative. */
  | { kind: 'paths'; paths: readonly string[] }
  /** What a pull request (or the work since a ref) changed: the tickets it touches and those left pointing at files it removed. */
  | {
      kind: 'changes';
      changes: readonly FileChange[];
      where: string;
      /** The lines of a changed file the change touches, when its FileChange does not say (from git). */
      linesOf?: (path: string) => LineRange[] | undefined;
      /** A file's text before the change (from git), to find the ids a changed ticket file lost. */
      baseText?: BaseText;
    };

export interface TicketSelection {
  /** The ticket files to lint, repository-relative. */
  files: string[];
  /** Every ticket file of the repository: the rules that compare tickets see them all. */
  everyTicket: string[];
  /** For a change: the files it removed or renamed, so that pointers at them say so. */
  changes?: PathChanges;
  /** For a change: how many ticket files it adds or changes, and how many others point at files it removed or renamed. */
  changed: number;
  affected: number;
  /** Paths of the request that matched no file. */
  unmatched: string[];
  /**
   * For a change, the lines of each linted file it is about (docs/pull-requests.md): only the tickets
   * holding one of them are reported. A file not in the map is reported whole (an added file, or one
   * whose diff is not known).
   */
  focus: Map<string, LineRange[]>;
}

/** The most changed ticket files whose changed lines are asked of `linesOf` in one run. */
export const MAX_FILES_DIFFED = 200;

/** The ticket files a request names (docs/pull-requests.md for a change). */
export function selectTickets({ repository, config }: Workspace, request: TicketRequest): TicketSelection {
  const everyTicket = selectTicketFiles(repository.files, config.tickets, config.ignore);
  const none = { everyTicket, changed: 0, affected: 0, unmatched: [], focus: new Map<string, LineRange[]>() };
  if (request.kind === 'every-ticket') return { ...none, files: everyTicket };
  if (request.kind === 'paths') {
    const { files, unmatched } = selectArgumentFiles(repository.files, request.paths, config.ignore);
    return { ...none, files, unmatched };
  }
  const { changed, affected, affectedLines } = selectPullRequestTickets(request.changes, everyTicket, repository, config, request.baseText);
  const focus = new Map(affectedLines);
  const changeOf = new Map(request.changes.map((change) => [change.path, change]));
  let asked = 0;
  for (const file of changed) {
    const change = changeOf.get(file);
    if (change === undefined || change.status === 'added' || change.status === 'copied') continue;
    // `linesOf` starts a git process a file: past a few hundred, the API's patch or the whole file will do.
    let fromGit: LineRange[] | undefined;
    if (request.linesOf !== undefined && asked < MAX_FILES_DIFFED) {
      asked += 1;
      fromGit = request.linesOf(file);
    }
    const lines = fromGit ?? change.changedLines;
    if (lines !== undefined) focus.set(file, lines);
  }
  return {
    ...none,
    focus,
    files: [...changed, ...affected].sort(),
    changes: pathChanges(request.changes, request.where),
    changed: changed.length,
    affected: affected.length,
  };
}
