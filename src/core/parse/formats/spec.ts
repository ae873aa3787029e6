import { isTicketHeading } from '../ticket-heading.js';
import type { MarkdownFormat } from './format.js';

/** A master spec (`type: spec` in its frontmatter) whose tickets live in other files: no tickets here. */
export const specFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'spec',
  places: [],
  sections: [],
  unit: 'session',
  mayMarkParallel: () => false,
  claim: (document) =>
    document.frontmatter?.values['type'] === 'spec' && !document.headings.some(isTicketHeading) ? 'a master spec (type: spec), whose tickets are other files' : undefined,
  split: () => [],
};
