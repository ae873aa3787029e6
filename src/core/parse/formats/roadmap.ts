import { lastContentLine, type HeadingBlock, type MarkdownDocument } from '../markdown-document.js';
import { dependsOnLines } from '../relations.js';
import { isTicketHeading, ticketHeadingParts } from '../ticket-heading.js';
import type { TicketFormat } from './format.js';

/**
 * A roadmap: a file of ticket headings (`## Ticket 2: …`, `### Task T-12: …`), each a ticket running
 * to the next heading of its level or higher, its sections the headings one level below, its id
 * from the heading, what it waits for in a "Depends on:" line. A lone ticket heading at the top of a
 * file is a single ticket's title, not a roadmap.
 */
export const roadmapFormat: TicketFormat = {
  name: 'roadmap',
  mayMarkParallel: () => false,
  split(document: MarkdownDocument) {
    const { headings, blocks } = document;
    const ticketHeadings = headings.filter(isTicketHeading);
    if (!isRoadmap(headings, ticketHeadings)) return undefined;
    return ticketHeadings.map((heading) => {
      const end = headings.find((other) => other.index > heading.index && other.depth <= heading.depth);
      const endIndex = end?.index ?? blocks.length;
      const nodes = blocks.slice(heading.index, endIndex);
      const { id, title } = ticketHeadingParts(heading.text);
      return {
        nodes,
        line: heading.line,
        endLine: lastContentLine(blocks, heading.index, endIndex),
        anchorLine: heading.line,
        sectionDepth: heading.depth + 1,
        ...(id !== undefined ? { id, idLine: heading.line } : {}),
        ...(title ? { title } : {}),
        ownsFrontmatter: false,
        dependsOn: dependsOnLines(nodes),
        parallel: false,
      };
    });
  },
};

function isRoadmap(headings: readonly HeadingBlock[], ticketHeadings: readonly HeadingBlock[]): boolean {
  const [first] = ticketHeadings;
  if (first === undefined) return false;
  if (ticketHeadings.length > 1) return true;
  return headings.some((heading) => heading.index < first.index && heading.depth <= first.depth);
}
