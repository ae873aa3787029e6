import { lastContentLine, type HeadingBlock, type MarkdownDocument } from '../markdown-document.js';
import { ticketHeadingParts } from '../ticket-heading.js';

/** A ticket that runs from its ticket heading to the next heading of its level or higher, or the next ticket heading. */
export interface HeadingTicket {
  heading: HeadingBlock;
  /** Index of the first block after the ticket. */
  endIndex: number;
  line: number;
  endLine: number;
  id?: string;
  title?: string;
}

/** The tickets of a file marked out by ticket headings (`## Ticket 2: …`, `### Task 3: …`). */
export function headingTickets(document: MarkdownDocument, ticketHeadings: readonly HeadingBlock[]): HeadingTicket[] {
  const { headings, blocks } = document;
  return ticketHeadings.map((heading) => {
    // `#### Task 10a` under `### Task 10` is a ticket of its own, not a part of Task 10.
    const end = headings.find((other) => other.index > heading.index && (other.depth <= heading.depth || ticketHeadings.includes(other)));
    const endIndex = end?.index ?? blocks.length;
    return { heading, endIndex, line: heading.line, endLine: lastContentLine(blocks, heading.index, endIndex), ...ticketHeadingParts(heading.text) };
  });
}
