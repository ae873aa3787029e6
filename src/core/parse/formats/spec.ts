import type { MarkdownDocument } from '../markdown-document.js';
import { isTicketHeading } from '../ticket-heading.js';
import type { TicketFormat } from './format.js';

/** A master spec (`type: spec` in its frontmatter) whose tickets live in other files: no tickets here. */
export const specFormat: TicketFormat = {
  name: 'spec',
  mayMarkParallel: () => false,
  split(document: MarkdownDocument) {
    const isSpec = document.frontmatter?.values['type'] === 'spec' && !document.headings.some(isTicketHeading);
    return isSpec ? [] : undefined;
  },
};
