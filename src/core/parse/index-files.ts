import type { Nodes } from 'mdast';
import type { MarkdownDocument } from './markdown-document.js';

/** Files that describe tickets rather than being one: a readme, a template, a spec. */
const NEVER_TICKETS = /^(?:readme|template|spec|.*[-_.](?:template|spec)|template[-_.].*)$/i;
/** `task-12 - Add-a-report-template`: an id, then a title in its own words, as Backlog.md names a task's file. */
const ID_THEN_TITLE = /^[A-Za-z]+-\d+(?:\.\d+)* - /;
/** Files whose name says they list tickets: they are read as tickets only when a format finds tickets in them. */
const INDEX_NAMES = /^(?:index|tickets|roadmap|backlog|todo|tasks|changelog)$/i;
const MARKDOWN_FILE = /\.(?:md|markdown|txt)$/i;

function stemOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Why a file is never a ticket, whatever it holds: it is a readme or a template. A ticket's id before
 * its title says the name is a ticket's, whatever words the title holds ("… document template").
 */
export function neverTicketReason(path: string): string | undefined {
  const stem = stemOf(path);
  return NEVER_TICKETS.test(stem) && !ID_THEN_TITLE.test(stem) ? `'${stem}' names a readme, a template or a spec, not a ticket` : undefined;
}

/**
 * Why a file that no ticket format claims is an index of tickets rather than a ticket: its name
 * (INDEX, TICKETS, ROADMAP), or its content: list items or table rows that each link to another
 * Markdown file, and nothing else of note.
 */
export function indexFileReason(document: MarkdownDocument): string | undefined {
  const stem = stemOf(document.path);
  if (INDEX_NAMES.test(stem)) return `'${stem}' names an index of tickets`;
  let entries = 0;
  let linking = 0;
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' || node.type === 'tableRow') {
      entries += 1;
      if (linksToMarkdown(node)) linking += 1;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const block of document.blocks) visit(block);
  return entries >= 3 && linking >= entries * 0.8 ? `it lists other ticket files (${linking} of its ${entries} entries link to one)` : undefined;
}

function linksToMarkdown(node: Nodes): boolean {
  if ((node.type === 'link' || node.type === 'definition') && MARKDOWN_FILE.test(node.url.split('#')[0] ?? '')) return true;
  return 'children' in node && node.children.some((child) => linksToMarkdown(child as Nodes));
}
