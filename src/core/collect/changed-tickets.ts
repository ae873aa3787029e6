import type { Config } from '../config/config.js';
import { parseTicketText, readTicketText } from '../parse/read-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { pointerTarget, type PathChanges } from '../resolve/resolve-pointer.js';

/** One file of a pull request (or of `git diff`), as the REST API names the statuses. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** For a rename: the path before. */
  previousPath?: string;
}

export function pathChanges(changes: readonly FileChange[], where: string): PathChanges {
  const removed = new Set<string>();
  const renamedTo = new Map<string, string>();
  for (const change of changes) {
    if (change.status === 'removed') removed.add(change.path);
    else if (change.status === 'renamed' && change.previousPath !== undefined) renamedTo.set(change.previousPath, change.path);
  }
  return { removed, renamedTo, where };
}

export interface PullRequestSelection {
  /** Ticket files the pull request adds, modifies or renames. */
  changed: string[];
  /** Other ticket files that point at a file the pull request removes or renames. */
  affected: string[];
}

/**
 * The ticket files a pull request touches (not the ones it removes), plus every ticket file whose
 * pointers name a file it removes or renames (docs/pull-requests.md). Only files that mention such a
 * file's name are parsed to find out.
 */
export function selectPullRequestTickets(
  changes: readonly FileChange[],
  ticketFiles: readonly string[],
  repository: RepositoryView,
  config: Config,
): PullRequestSelection {
  const touched = new Set(changes.filter((change) => change.status !== 'removed').map((change) => change.path));
  const changed = ticketFiles.filter((file) => touched.has(file));
  const { removed, renamedTo } = pathChanges(changes, '');
  const gone = new Set([...removed, ...renamedTo.keys()]);
  if (gone.size === 0) return { changed, affected: [] };
  const names = [...new Set([...gone].map((file) => file.slice(file.lastIndexOf('/') + 1)))];
  const changedSet = new Set(changed);
  const affected = ticketFiles.filter((file) => {
    if (changedSet.has(file)) return false;
    const read = readTicketText(file, repository, config);
    if (!read.ok || !names.some((name) => read.text.includes(name))) return false;
    const parsed = parseTicketText(file, read.text, repository, config);
    return parsed.tickets.some((ticket) =>
      ticket.pointers.some((pointer) => {
        const target = pointerTarget(pointer, file);
        return target.kind === 'inside' && gone.has(target.path);
      }),
    );
  });
  return { changed, affected };
}
