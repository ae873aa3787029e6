import type { Config } from '../config/config.js';
import { parseTicketText, parsedBefore, readTicketText, rememberParsed, ticketFileOf, type TicketText } from '../parse/read-ticket-file.js';
import type { TicketFile } from '../parse/ticket.js';
import type { TextToParse, TicketParser } from '../parse/ticket-parser.js';
import type { RepositoryView } from '../repository/repository-view.js';

/**
 * How many files this thread parses between letting the other threads' results in: unreceived, each
 * waits as a copy (about 12 KB a ticket) beside the tickets already built from it.
 */
const RECEIVE_EVERY = 16;

/**
 * Reads and parses the ticket files, in their order. With a parser, the texts not parsed before in
 * this run are shared with its threads, this thread parsing alongside them; whatever they do not give
 * back is parsed here, so a failed thread costs time, never a result.
 */
export async function parseFiles(
  files: readonly string[],
  repository: RepositoryView,
  config: Config,
  parser?: TicketParser,
  onProgress?: (done: number, total: number) => void,
): Promise<TicketFile[]> {
  const reads: TicketText[] = files.map((path) => readTicketText(path, repository, config));
  const parsed: Array<TicketFile | undefined> = new Array<TicketFile | undefined>(files.length);
  const toShare: TextToParse[] = [];
  const slots: number[] = [];
  reads.forEach((read, slot) => {
    const path = files[slot] as string;
    if (read.ok && parsedBefore(path, read.text, repository, config) === undefined) {
      toShare.push({ path, text: read.text });
      slots.push(slot);
    }
  });
  const shared = toShare.length > 0 ? parser?.(toShare) : undefined;
  if (shared) {
    for (let index = shared.take(), taken = 1; index !== undefined; index = shared.take(), taken += 1) {
      const { path, text } = toShare[index] as TextToParse;
      parsed[slots[index] as number] = parseTicketText(path, text, repository, config);
      onProgress?.(shared.parsed(), files.length);
      if (taken % RECEIVE_EVERY === 0) await shared.pause();
    }
    for (const [index, file] of await shared.results()) {
      const { path, text } = toShare[index] as TextToParse;
      rememberParsed(path, text, file, repository, config);
      parsed[slots[index] as number] = file;
    }
  }
  return files.map((path, slot) => {
    const file = parsed[slot] ?? ticketFileOf(path, reads[slot] as TicketText, repository, config);
    if (!shared) onProgress?.(slot + 1, files.length);
    return file;
  });
}
