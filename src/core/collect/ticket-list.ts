import type { Config } from '../config/config.js';
import { readTicketFile } from '../parse/read-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';

/** A file the `tickets` globs match: the format that reads it and why, or why it is skipped. */
export interface ListedFile {
  file: string;
  /** null when no format reads the file: it is skipped, and `reason` says why. */
  format: string | null;
  tickets: number;
  open: number;
  done: number;
  reason: string;
}

/** What `--list-tickets` shows: each file, as which format it is read and why, or why it is not. */
export function listTicketFiles(files: readonly string[], repository: RepositoryView, config: Config): ListedFile[] {
  return files.map((path) => {
    const file = readTicketFile(path, repository, config);
    const done = file.tickets.filter((ticket) => ticket.lifecycle.state === 'done').length;
    const unreadable = file.problems.find((problem) => problem.about === 'file');
    return {
      file: path,
      format: file.format ?? null,
      tickets: file.tickets.length,
      open: file.tickets.length - done,
      done,
      reason: unreadable?.message ?? file.reason ?? '',
    };
  });
}
