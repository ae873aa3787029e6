import { pathChanges, selectPullRequestTickets, type FileChange } from '../core/collect/changed-tickets.js';
import { selectArgumentFiles, selectTicketFiles } from '../core/collect/ticket-files.js';
import type { PathChanges } from '../core/resolve/resolve-pointer.js';
import type { Workspace } from './open-workspace.js';

/** What to lint, as the CLI or the action asks for it. */
export type TicketRequest =
  /** Every ticket file the config's globs match. */
  | { kind: 'every-ticket' }
  /** Files, folders and globs named on a command line, repository-relative. */
  | { kind: 'paths'; paths: readonly string[] }
  /** What a pull request (or the work since a ref) changed: the tickets it touches and those left pointing at files it removed. */
  | { kind: 'changes'; changes: readonly FileChange[]; where: string };

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
}

/** The ticket files a request names (docs/pull-requests.md for a change). */
export function selectTickets({ repository, config }: Workspace, request: TicketRequest): TicketSelection {
  const everyTicket = selectTicketFiles(repository.files, config.tickets, config.ignore);
  const none = { everyTicket, changed: 0, affected: 0, unmatched: [] };
  if (request.kind === 'every-ticket') return { ...none, files: everyTicket };
  if (request.kind === 'paths') {
    const { files, unmatched } = selectArgumentFiles(repository.files, request.paths, config.ignore);
    return { ...none, files, unmatched };
  }
  const { changed, affected } = selectPullRequestTickets(request.changes, everyTicket, repository, config);
  return {
    ...none,
    files: [...changed, ...affected].sort(),
    changes: pathChanges(request.changes, request.where),
    changed: changed.length,
    affected: affected.length,
  };
}
