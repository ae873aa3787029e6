import type { Config } from '../config/config.js';
import { FORMATS } from '../parse/formats/index.js';
import { parseTicketText, readTicketText } from '../parse/read-ticket-file.js';
import type { Ticket } from '../parse/ticket.js';
import { searchWordOf } from '../parse/ticket-ids.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { ID_CHARACTERS, WordIndex } from '../text/word-index.js';

/**
 * The tickets of other files that the rules comparing tickets can need: those naming an id the linted
 * tickets have or wait for (followed through their own dependencies), and every ticket marked to
 * run in parallel. A file is parsed only when its text holds such an id or its format says it may
 * mark a ticket parallel: on a pull request of one ticket in a roadmap of a thousand, a handful of
 * files instead of all of them.
 */
export function relatedTickets(linted: readonly Ticket[], candidates: readonly string[], repository: RepositoryView, config: Config): Ticket[] {
  const paths: string[] = [];
  const texts: string[] = [];
  for (const path of candidates) {
    const read = readTicketText(path, repository, config);
    if (read.ok) {
      paths.push(path);
      texts.push(read.text);
    }
  }
  // Each text is read into words once; an id is then looked up, not searched for in every text.
  const words = new WordIndex(texts, ID_CHARACTERS);
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
  const parsed = new Set<number>();
  const searched = new Set<string>();
  const parse = (index: number): void => {
    parsed.add(index);
    const tickets = parseTicketText(paths[index] ?? '', texts[index] ?? '', repository, config).tickets;
    tickets.forEach(addIdsOf);
    found.push(...tickets);
  };
  // First every file that mentions a linted ticket's id or may mark a ticket parallel, in order; then,
  // round by round, the files that mention an id the files found so far brought.
  const firstIds = takeNew(wanted, searched);
  const mentioning = textsMentioningAny(words, firstIds);
  texts.forEach((text, index) => {
    if (mentioning.has(index) || FORMATS.some((format) => format.mayMarkParallel(text))) parse(index);
  });
  for (let newIds = takeNew(wanted, searched); newIds.length > 0; newIds = takeNew(wanted, searched)) {
    const next = [...textsMentioningAny(words, newIds)].filter((index) => !parsed.has(index)).sort((a, b) => a - b);
    next.forEach(parse);
  }
  return found;
}

/** The ids of `wanted` not searched for yet, now marked searched. */
function takeNew(wanted: ReadonlySet<string>, searched: Set<string>): string[] {
  const fresh = [...wanted].filter((id) => !searched.has(id));
  fresh.forEach((id) => searched.add(id));
  return fresh;
}

function textsMentioningAny(words: WordIndex, ids: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const id of ids) for (const index of words.textsMentioning(id)) found.add(index);
  return found;
}
