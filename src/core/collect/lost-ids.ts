import type { Config } from '../config/config.js';
import { parseTicketText, parseTicketTextOnce, readTicketText } from '../parse/read-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';
import type { FileChange } from './changed-tickets.js';

/** The most changed ticket files read at the base to find ids they lost: a git process each. */
export const MAX_FILES_READ_AT_BASE = 200;

/** A file's text at the base commit, repository-relative path; undefined when git cannot tell. */
export type BaseText = (path: string) => string | undefined;

/**
 * True when a ticket file the change edits (or renames) no longer has an id one of its tickets had at
 * the base: tickets of other files may wait for that id, and are then left waiting for nothing.
 */
export function losesAnId(changes: readonly FileChange[], changed: ReadonlySet<string>, repository: RepositoryView, config: Config, baseText: BaseText): boolean {
  let read = 0;
  for (const change of changes) {
    if (!changed.has(change.path) || change.status === 'added' || change.status === 'copied') continue;
    if (read === MAX_FILES_READ_AT_BASE) return false;
    read += 1;
    const before = baseText(change.previousPath ?? change.path);
    if (before === undefined) continue;
    const idsBefore = idKeys(parseTicketTextOnce(change.previousPath ?? change.path, before, repository, config).tickets);
    if (idsBefore.size === 0) continue;
    const now = readTicketText(change.path, repository, config);
    const idsNow = now.ok ? idKeys(parseTicketText(change.path, now.text, repository, config).tickets) : new Set<string>();
    for (const id of idsBefore) if (!idsNow.has(id)) return true;
  }
  return false;
}

function idKeys(tickets: ReadonlyArray<{ idKey?: string; id?: string | undefined }>): Set<string> {
  const keys = new Set<string>();
  for (const ticket of tickets) {
    const key = ticket.idKey ?? ticket.id;
    if (key !== undefined) keys.add(key);
  }
  return keys;
}
