import type { Config } from '../config/config.js';
import { FORMATS } from '../parse/formats/index.js';
import { parseTicketText, readTicketText } from '../parse/read-ticket-file.js';
import type { Ticket } from '../parse/ticket.js';
import { searchWordOf } from '../parse/ticket-ids.js';
import type { RepositoryView } from '../repository/repository-view.js';

/**
 * The tickets of other files that the rules comparing tickets can need: those naming an id the linted
 * tickets have or wait for (followed through their own dependencies), and every ticket marked to
 * run in parallel. A file is parsed only when its text holds such an id or its format says it may
 * mark a ticket parallel: on a pull request of one ticket in a roadmap of a thousand, a handful of
 * files instead of all of them.
 */
export function relatedTickets(linted: readonly Ticket[], candidates: readonly string[], repository: RepositoryView, config: Config): Ticket[] {
  const texts = new Map<string, string>();
  for (const path of candidates) {
    const read = readTicketText(path, repository, config);
    if (read.ok) texts.set(path, read.text);
  }
  const wanted = new Set<string>();
  const addIdsOf = (ticket: Ticket): void => {
    if (ticket.id !== undefined) wanted.add(ticket.id);
    if (ticket.idKey !== undefined) wanted.add(searchWordOf(ticket.idKey));
    for (const dependency of ticket.dependsOn) {
      wanted.add(dependency.id);
      wanted.add(searchWordOf(dependency.key));
    }
  };
  linted.forEach(addIdsOf);
  const found: Ticket[] = [];
  const parsed = new Set<string>();
  const searched = new Set<string>();
  let parallelSearched = false;
  for (;;) {
    const newIds = [...wanted].filter((id) => !searched.has(id));
    if (newIds.length === 0 && parallelSearched) return found;
    newIds.forEach((id) => searched.add(id));
    const lookForParallel = !parallelSearched;
    parallelSearched = true;
    for (const [path, text] of texts) {
      if (parsed.has(path)) continue;
      const mentions = newIds.some((id) => mentionsWord(text, id)) || (lookForParallel && FORMATS.some((format) => format.mayMarkParallel(text)));
      if (!mentions) continue;
      parsed.add(path);
      const tickets = parseTicketText(path, text, repository, config).tickets;
      tickets.forEach(addIdsOf);
      found.push(...tickets);
    }
  }
}

/** `word` in `text` with no letter, digit, `-` or `_` right before or after it. */
function mentionsWord(text: string, word: string): boolean {
  for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + 1)) {
    const before = text.charAt(index - 1);
    const after = text.charAt(index + word.length);
    if (!/[\p{L}\p{N}_-]/u.test(before) && !/[\p{L}\p{N}_-]/u.test(after)) return true;
  }
  return false;
}
