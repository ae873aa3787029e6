import type { HeadingBlock } from './markdown-document.js';

/** `Ticket` or `Task` as a word at the start of a heading. */
const TICKET_WORD = /^(?:ticket|task)(?![\p{L}\p{N}_])[ \t]*/iu;
/** An id: letters and digits, dots, dashes or underscores between them, and a digit somewhere (`2`, `T-12`, `2.1`). */
const ID = /^#?([A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*)/;
/** What separates the id from the title: `:`, `.`, a dash of any length, or spaces. */
const SEPARATOR = /^[ \t]*(?:[:.—–-]+[ \t]*|[ \t]+|$)/;

/**
 * The id and title a ticket heading gives its ticket (`Ticket 2: Wire up DB queries`, `Task T-12 —
 * Route tests`, `Ticket 1. Title`, `Ticket: Untitled`), or undefined for a heading that is no ticket
 * heading (`Tasks`, `Task list`).
 */
export function ticketHeadingParts(text: string): { id?: string; title?: string } | undefined {
  const word = TICKET_WORD.exec(text);
  if (!word) return undefined;
  let rest = text.slice(word[0].length);
  const id = ID.exec(rest);
  if (id?.[1] && /\d/.test(id[1])) {
    const after = rest.slice(id[0].length);
    const separator = SEPARATOR.exec(after);
    if (separator) {
      const title = after.slice(separator[0].length).trim();
      return { id: id[1], ...(title ? { title } : {}) };
    }
  }
  if (!rest.startsWith(':')) return undefined;
  rest = rest.slice(1).trim();
  return rest ? { title: rest } : {};
}

export function isTicketHeading(heading: HeadingBlock): boolean {
  return ticketHeadingParts(heading.text) !== undefined;
}
