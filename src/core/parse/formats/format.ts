import type { RootContent } from 'mdast';
import type { MarkdownDocument } from '../markdown-document.js';
import type { Dependency, Frontmatter } from '../ticket.js';

/**
 * One ticket of a file, as its format marks it out: a run of blocks (a whole file, a heading and
 * what follows it, or a list item's content) and what the format says about it.
 */
export interface TicketSpan {
  /** The blocks the ticket is made of, in order. */
  nodes: readonly RootContent[];
  line: number;
  endLine: number;
  /** Where a problem with the ticket as a whole is reported: its heading, else its first line. */
  anchorLine: number;
  /** Headings of this depth open the ticket's sections; any heading does when undefined. */
  sectionDepth?: number;
  id?: string;
  idLine?: number;
  title?: string;
  /** The file's frontmatter, when it is this ticket's own (one file, one ticket). */
  frontmatter?: Frontmatter;
  /** True when the ticket's metadata belongs in the file's frontmatter, so required keys are looked for there. */
  ownsFrontmatter: boolean;
  dependsOn: Dependency[];
  parallel: boolean;
  parent?: { path: string; line: number };
}

/**
 * A way of writing tickets. A format claims the files written its way and splits each into ticket
 * spans; the shared builder then finds each span's sections, criteria and pointers. Formats are
 * tried in the order of FORMATS; the first to claim a file reads it.
 */
export interface TicketFormat {
  /** The name the report and the config use. */
  name: string;
  /** The file's tickets, or undefined when the file is not written in this format. */
  split(document: MarkdownDocument): TicketSpan[] | undefined;
  /**
   * A cheap look at a file's text: true when it may hold a ticket marked to run in parallel. The
   * search for the tickets related to the linted ones parses only files that may.
   */
  mayMarkParallel(text: string): boolean;
}
