import type { RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { lineCount } from '../../text/source-text.js';
import { startLine, type MarkdownDocument } from '../markdown-document.js';
import { dependsOnLines, frontmatterRelations, scalarText } from '../relations.js';
import { normalizeHeading } from '../sections.js';
import { dependency } from '../ticket-ids.js';
import { isTicketHeading, ticketHeadingParts } from '../ticket-heading.js';
import type { Dependency } from '../ticket.js';
import type { MarkdownFormat } from './format.js';
import { frontmatterStatus, preambleStatus } from './fields.js';

const PARALLEL_KEY = /^parallel:[ \t]*true\b/m;
/** `## Blocked by` / `## Depends on` / `## Dependencies`: a section that lists what the ticket waits for. */
const BLOCKED_BY = /^(?:blocked by|depends on|dependencies)$/;
/** An id in a "Blocked by" item: `#12`, `TICKET-3`, `ENG-120`, the first word of a link to another ticket. */
const ITEM_ID = /^#?([A-Za-z]*-?\d[\w.-]*)/;

/**
 * One file, one ticket: the whole file, its frontmatter (`id`, `title`, `status`, `depends_on`,
 * `parallel`, `parent`) its own, or a `Status:` line before its first section. The id may come from a
 * lone ticket heading (`# Ticket 7: …`), the title from the first heading; it waits for the tickets
 * of its "Depends on:" lines or its "Blocked by" section. This is the format of per-ticket folders
 * (`tickets/`, `roadmap/`), and it reads any file the config's globs match that no other format claims;
 * in a place another format owns, only one with a goal and an acceptance section.
 */
export const singleFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'single',
  places: ['roadmap/**/*.md', '**/tickets/**/*.md', '.scratch/*/issues/**/*.md'],
  sections: ['goal', 'context', 'acceptance'],
  unit: 'session',
  fallback: true,
  mayMarkParallel: (text) => PARALLEL_KEY.test(text),
  claim: () => 'one file, one ticket',
  split(document: MarkdownDocument) {
    const { headings, frontmatter, blocks } = document;
    const ticketHeading = headings.find(isTicketHeading);
    const titleHeading = ticketHeading ?? headings[0];
    const fromHeading = ticketHeading ? ticketHeadingParts(ticketHeading.text) : undefined;
    const frontmatterId = scalarText(frontmatter?.values['id']);
    const id = frontmatterId ?? fromHeading?.id;
    const title = scalarText(frontmatter?.values['title']) ?? fromHeading?.title ?? titleHeading?.text;
    const relations = frontmatter ? frontmatterRelations(frontmatter) : { dependsOn: dependsOnLines(blocks), parallel: false };
    const status = frontmatterStatus(frontmatter) ?? preambleStatus(document);
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
        dependsOn: [...relations.dependsOn, ...blockedBy(document)],
        ...(status ? { status } : {}),
      },
    ];
  },
};

/** The ids listed under a "Blocked by" heading, each at its item's line. */
function blockedBy(document: MarkdownDocument): Dependency[] {
  const found: Dependency[] = [];
  for (const heading of document.headings) {
    if (!BLOCKED_BY.test(normalizeHeading(heading.text))) continue;
    const next = document.headings.find((other) => other.index > heading.index && other.depth <= heading.depth);
    for (const block of document.blocks.slice(heading.index + 1, next?.index ?? document.blocks.length) as RootContent[]) {
      if (block.type !== 'list') continue;
      for (const item of block.children) {
        const id = ITEM_ID.exec(nodeText(item).trim())?.[1];
        if (id && /\d/.test(id)) found.push(dependency(id, startLine(item)));
      }
    }
  }
  return found;
}
