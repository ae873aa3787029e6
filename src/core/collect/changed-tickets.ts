import type { Config } from '../config/config.js';
import { parseTicketText, readTicketText } from '../parse/read-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { NAME_CHARACTERS, WordIndex } from '../text/word-index.js';
import { pointerTarget, type PathChanges } from '../resolve/resolve-pointer.js';
import type { Ticket } from '../parse/ticket.js';
import { selectTicketFiles } from './ticket-files.js';
import type { LineRange } from './diff-hunks.js';
import { losesAnId, type BaseText } from './lost-ids.js';

/** One file of a pull request (or of `git diff`), as the REST API names the statuses. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** For a rename: the path before. */
  previousPath?: string;
  /** The lines of the new file it changes, when the diff is known (a pull request file's patch). */
  changedLines?: LineRange[];
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
  /** For each affected file, the lines that make it affected: pointers at what is gone, dependencies left dangling. */
  affectedLines: Map<string, LineRange[]>;
}

/**
 * The ticket files a pull request touches (not the ones it removes), plus every ticket file it leaves
 * broken (docs/pull-requests.md): one whose pointers name a file or a folder it removes or renames
 * (only files that mention such a name are parsed to find out), and, when it removes a ticket file or
 * a ticket file it edits loses an id (read at the base with `baseText`), one whose dependencies name an
 * id no remaining ticket has.
 */
export function selectPullRequestTickets(
  changes: readonly FileChange[],
  ticketFiles: readonly string[],
  repository: RepositoryView,
  config: Config,
  baseText?: BaseText,
): PullRequestSelection {
  const touched = new Set(changes.filter((change) => change.status !== 'removed').map((change) => change.path));
  const changed = ticketFiles.filter((file) => touched.has(file));
  const changedSet = new Set(changed);
  const { removed, renamedTo } = pathChanges(changes, '');
  const goneFiles = [...removed, ...renamedTo.keys()];
  // A removed ticket, or an id gone from an edited one, may have been what others depend on: their dependencies are checked, all of them.
  const removedTicket = selectTicketFiles(goneFiles, config.tickets, config.ignore).length > 0 || (baseText !== undefined && losesAnId(changes, changedSet, repository, config, baseText));
  if (goneFiles.length === 0 && !removedTicket) return { changed, affected: [], affectedLines: new Map() };
  const gone = new Set([...goneFiles, ...goneFolders(goneFiles, repository)]);
  const names = [...new Set([...gone].map((file) => file.slice(file.lastIndexOf('/') + 1)))];
  const candidates = ticketFiles.filter((file) => !changedSet.has(file));
  const readable: Array<{ file: string; text: string }> = [];
  for (const file of candidates) {
    const read = readTicketText(file, repository, config);
    if (read.ok) readable.push({ file, text: read.text });
  }
  const parsed = new Map<string, Ticket[]>();
  for (const index of removedTicket ? readable.keys() : textsNaming(readable.map(({ text }) => text), names)) {
    const { file, text } = readable[index] ?? { file: '', text: '' };
    parsed.set(file, parseTicketText(file, text, repository, config).tickets);
  }
  const pointsAtGone = (file: string, ticket: Ticket): LineRange[] =>
    ticket.pointers
      .filter((pointer) => {
        const target = pointerTarget(pointer, file);
        return target.kind === 'inside' && gone.has(target.path);
      })
      .map((pointer) => ({ start: pointer.line, end: pointer.line }));
  const ids = removedTicket ? knownIds([...parsed.values()].flat(), changed, repository, config) : new Set<string>();
  const dangling = (ticket: Ticket): LineRange[] =>
    removedTicket
      ? ticket.dependsOn
          .filter((dependency) => ![dependency.key, ...(dependency.otherKeys ?? [])].some((key) => ids.has(key)))
          .map((dependency) => ({ start: dependency.line, end: dependency.line }))
      : [];
  const affectedLines = new Map<string, LineRange[]>();
  for (const [file, tickets] of parsed) {
    const lines = tickets.flatMap((ticket) => [...pointsAtGone(file, ticket), ...dangling(ticket)]);
    if (lines.length > 0) affectedLines.set(file, lines);
  }
  return { changed, affected: [...affectedLines.keys()], affectedLines };
}

/**
 * The indexes, in order, of the texts that name one of `names` (file and folder names), each text read
 * into words once. A pointer at a path names its last part whole, between characters that are not
 * letters or digits (`src/app.ts:12`, `[x](../app.ts)`, `_app.ts_`), so only those texts can point there.
 */
function textsNaming(texts: readonly string[], names: readonly string[]): number[] {
  const words = new WordIndex(texts, NAME_CHARACTERS);
  const found = new Set<number>();
  for (const name of names) for (const index of words.textsMentioning(name)) found.add(index);
  return [...found].sort((a, b) => a - b);
}

/** The folders that held removed files and hold nothing now. */
function goneFolders(goneFiles: readonly string[], repository: RepositoryView): string[] {
  const folders = new Set<string>();
  for (const file of goneFiles) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash);
      if (folders.has(folder) || repository.hasFolder(folder)) break;
      folders.add(folder);
    }
  }
  return [...folders];
}

/** The id keys of every remaining ticket: those parsed here and those of the changed files. */
function knownIds(tickets: readonly Ticket[], changed: readonly string[], repository: RepositoryView, config: Config): Set<string> {
  const ids = new Set<string>();
  const add = (ticket: Ticket): void => {
    const key = ticket.idKey ?? ticket.id;
    if (key !== undefined) ids.add(key);
  };
  tickets.forEach(add);
  for (const file of changed) {
    const read = readTicketText(file, repository, config);
    if (read.ok) parseTicketText(file, read.text, repository, config).tickets.forEach(add);
  }
  return ids;
}
