import type { SectionKind } from '../config/config.js';
import type { SourceText } from '../text/source-text.js';

/**
 * A problem found while reading a file, before any rule runs: the file cannot be read as a ticket
 * file at all, or its frontmatter is broken. The ticket-file and frontmatter rules report them.
 */
export interface ParseProblem {
  about: 'file' | 'frontmatter';
  line: number;
  message: string;
}

export interface Frontmatter {
  line: number;
  endLine: number;
  values: Record<string, unknown>;
  keyLines: Map<string, number>;
  itemLines: Map<string, number[]>;
}

/** A ticket id another ticket must wait for, and the line that says so. */
export interface Dependency {
  id: string;
  line: number;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  line: number;
  endLine: number;
  /** True when nothing but whitespace and HTML comments lies under the heading. */
  isEmpty: boolean;
}

export interface Criterion {
  text: string;
  line: number;
}

export type PointerSource = 'code' | 'link' | 'list';

/** A reference to a repository path, as written in the ticket. */
export interface Pointer {
  /** The text as written, suffixes included (`src/a.ts:12-30`). */
  raw: string;
  /** The path part, without line suffix or `::symbol`. */
  path: string;
  source: PointerSource;
  line: number;
  column: number;
  /** Link targets resolve from the ticket's folder, everything else from the repository root. */
  base: 'root' | 'ticket';
  lines?: { start: number; end: number };
  isGlob: boolean;
  /** Marked `(new)` or listed under "Files to create": the ticket will create it. */
  isNew: boolean;
  /** Introduced by "e.g." or "for example": an illustration, not necessarily a real path. */
  isExample: boolean;
}

export interface Ticket {
  file: string;
  /** First and last line of the ticket in its file. */
  line: number;
  endLine: number;
  /** The line a ticket-wide problem is reported on: its heading, else line 1. */
  anchorLine: number;
  id?: string;
  idLine?: number;
  title?: string;
  /** The ticket's own text (the whole file for a single-ticket file). */
  text: string;
  frontmatter?: Frontmatter;
  /** The ticket's metadata belongs in the file's frontmatter (one file, one ticket), where required keys are looked for. */
  ownsFrontmatter: boolean;
  sections: Section[];
  criteria: Criterion[];
  pointers: Pointer[];
  /** Pointers past 'max-pointers', which were counted and not kept. */
  droppedPointers?: number;
  /** Prose runs outside code, for checks on wording. */
  prose: Array<{ line: number; column: number; text: string }>;
  /** From frontmatter `depends_on`, or a roadmap ticket's "Depends on:" line. */
  dependsOn: Dependency[];
  /** Frontmatter `parallel: true`: meant to run beside other tickets. */
  parallel: boolean;
  /** Frontmatter `parent`: the master spec, as written. */
  parent?: { path: string; line: number };
}

export interface TicketFile {
  path: string;
  source: SourceText;
  /** The format that read the file (docs/ticket-format.md); none when the file could not be read. */
  format?: string;
  frontmatter?: Frontmatter;
  tickets: Ticket[];
  problems: ParseProblem[];
}
