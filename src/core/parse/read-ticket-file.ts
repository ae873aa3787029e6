import type { Config } from '../config/config.js';
import { parseTicketFile } from './parse-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { decodeTextFile, toSourceText } from '../text/source-text.js';
import type { TicketFile } from './ticket.js';

export type TicketText = { ok: true; text: string } | { ok: false; reason: string };

/** A ticket file's text, or why it is not linted: unreadable or outside the root, over 'max-file-bytes', not UTF-8 text. */
export function readTicketText(path: string, repository: RepositoryView, config: Config): TicketText {
  const bytes = repository.readBytes(path);
  if (bytes === undefined) return { ok: false, reason: 'The file could not be read, or it resolves outside the repository' };
  if (bytes.length > config.maxFileBytes) {
    return {
      ok: false,
      reason: `The file is ${formatBytes(bytes.length)}, over the ${formatBytes(config.maxFileBytes)} limit ('max-file-bytes'); it was not parsed`,
    };
  }
  const decoded = decodeTextFile(bytes);
  return decoded.ok ? decoded : { ok: false, reason: `The file was not linted: ${decoded.reason}` };
}

/** Parses a ticket file's text with the configured sections and pointer cap, the repository giving the hints. */
export function parseTicketText(path: string, text: string, repository: RepositoryView, config: Config): TicketFile {
  return parseTicketFile(path, text, {
    sections: config.sections,
    hints: { topLevelEntries: repository.topLevelEntries },
    maxPointers: config.maxPointers,
  });
}

/** A ticket file as lint sees it; one that cannot be read carries a ticket-file problem and no tickets. */
export function readTicketFile(path: string, repository: RepositoryView, config: Config): TicketFile {
  const read = readTicketText(path, repository, config);
  if (read.ok) return parseTicketText(path, read.text, repository, config);
  return { path, source: toSourceText(''), tickets: [], problems: [{ about: 'file', line: 1, message: read.reason }] };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
