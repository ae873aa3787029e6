import type { HeadingBlock } from './markdown-document.js';

/** `## Ticket 2: Wire up DB queries`, `### Task T-12: Route tests`, `## Ticket: Untitled`. */
const TICKET_HEADING = /^(?:ticket|task)\b[ \t]*(?:#?([^\s:]+)[ \t]*)?:(.*)$/i;

export function isTicketHeading(heading: HeadingBlock): boolean {
  return TICKET_HEADING.test(heading.text);
}

/** The id and title a ticket heading gives its ticket. */
export function ticketHeadingParts(text: string): { id?: string; title?: string } {
  const match = TICKET_HEADING.exec(text);
  const id = match?.[1];
  const title = match?.[2]?.trim();
  return { ...(id ? { id } : {}), ...(title ? { title } : {}) };
}
