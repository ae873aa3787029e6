import type { HeadingBlock, MarkdownDocument } from '../markdown-document.js';
import { dependsOnLines } from '../relations.js';
import { isTicketHeading } from '../ticket-heading.js';
import type { MarkdownFormat } from './format.js';
import { headingTickets } from './heading-tickets.js';

/**
 * A roadmap: a file of ticket headings (`## Ticket 2: …`, `### Task T-12 — …`), each a ticket running
 * to the next heading of its level or higher, its sections the headings one level below, its id
 * from the heading, what it waits for in a "Depends on:" line. The tickets of a roadmap may run side
 * by side unless one depends on another. A lone ticket heading at the top of a file is a single
 * ticket's title, not a roadmap.
 */
export const roadmapFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'roadmap',
  places: [],
  sections: ['goal', 'context', 'acceptance'],
  unit: 'session',
  siblingsInParallel: true,
  mayMarkParallel: () => false,
  claim(document) {
    const ticketHeadings = document.headings.filter(isTicketHeading);
    return isRoadmap(document.headings, ticketHeadings) ? `${ticketHeadings.length} ticket headings (${ticketHeadings[0]?.text ?? ''} …)` : undefined;
  },
  split(document: MarkdownDocument) {
    return headingTickets(document, document.headings.filter(isTicketHeading)).map((ticket) => {
      const nodes = document.blocks.slice(ticket.heading.index, ticket.endIndex);
      return {
        nodes,
        line: ticket.line,
        endLine: ticket.endLine,
        anchorLine: ticket.line,
        sectionDepth: ticket.heading.depth + 1,
        ...(ticket.id !== undefined ? { id: ticket.id, idLine: ticket.line } : {}),
        ...(ticket.title ? { title: ticket.title } : {}),
        ownsFrontmatter: false,
        dependsOn: dependsOnLines(nodes),
        parallel: false,
      };
    });
  },
};

export function isRoadmap(headings: readonly HeadingBlock[], ticketHeadings: readonly HeadingBlock[]): boolean {
  const [first] = ticketHeadings;
  if (first === undefined) return false;
  if (ticketHeadings.length > 1) return true;
  return headings.some((heading) => heading.index < first.index && heading.depth <= first.depth);
}
