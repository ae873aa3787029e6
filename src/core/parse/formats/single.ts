import { lineCount } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { dependsOnLines, frontmatterRelations, scalarText } from '../relations.js';
import { isTicketHeading, ticketHeadingParts } from '../ticket-heading.js';
import type { TicketFormat } from './format.js';

const PARALLEL_KEY = /^parallel:[ \t]*true\b/m;

/**
 * One file, one ticket: the whole file, its frontmatter (`id`, `title`, `depends_on`, `parallel`,
 * `parent`) its own. The id may come from a lone ticket heading (`# Ticket 7: …`) instead, the title
 * from the first heading. Any file no other format claims is read this way.
 */
export const singleFormat: TicketFormat = {
  name: 'single',
  mayMarkParallel: (text) => PARALLEL_KEY.test(text),
  split(document: MarkdownDocument) {
    const { headings, frontmatter, blocks } = document;
    const ticketHeading = headings.find(isTicketHeading);
    const titleHeading = ticketHeading ?? headings[0];
    const fromHeading = ticketHeading ? ticketHeadingParts(ticketHeading.text) : undefined;
    const frontmatterId = scalarText(frontmatter?.values['id']);
    const id = frontmatterId ?? fromHeading?.id;
    const title = scalarText(frontmatter?.values['title']) ?? fromHeading?.title ?? titleHeading?.text;
    const relations = frontmatter ? frontmatterRelations(frontmatter) : { dependsOn: dependsOnLines(blocks), parallel: false };
    return [
      {
        nodes: blocks,
        line: 1,
        endLine: lineCount(document.source),
        anchorLine: titleHeading?.line ?? 1,
        ...(id !== undefined ? { id, idLine: frontmatterId !== undefined ? frontmatter?.keyLines.get('id') : ticketHeading?.line } : {}),
        ...(title ? { title } : {}),
        ...(frontmatter ? { frontmatter } : {}),
        ownsFrontmatter: true,
        ...relations,
      },
    ];
  },
};
