import type { RootContent } from 'mdast';
import type { SectionKind } from '../../config/config.js';
import type { SourceText } from '../../text/source-text.js';
import type { StatusVocabulary } from '../lifecycle.js';
import type { MarkdownDocument } from '../markdown-document.js';
import type { Criterion, Dependency, Frontmatter, ParseProblem, Pointer, Section, Ticket } from '../ticket.js';

/** A stretch of the file, by offsets into its text, where the format declares the ticket's paths. */
export interface DeclaredRange {
  start: number;
  end: number;
  /** The paths of this field are files the ticket will create (`- Create: path`). */
  isNew?: boolean;
  /** The paths of this field are files the work writes, made or changed (`files_modified`): some may not exist yet. */
  planned?: boolean;
  /** The field is a list of paths and nothing else (GSD's `<files>`): a remark in it does not end it. */
  list?: boolean;
  /** The ticket reads these files before any of its work starts (GSD's `<context>`): they must be there, whatever the work writes. */
  read?: boolean;
  /** The range is one path, spaces and all (a Windows machine's, in GSD's `@` line): not split into words. */
  wholePath?: boolean;
  /**
   * The range is a sentence the format puts a task's files in (spec-kit's and Kiro's task lines), not a
   * field of paths: a code span in it may be code (`Asia/Shanghai`, `time/tzdata`), a path only by its look.
   */
  sentence?: boolean;
}

/** A path list item outside the Markdown (frontmatter `modified_files`), with where it is written. */
export interface DeclaredItem {
  raw: string;
  line: number;
  column: number;
  isNew?: boolean;
  planned?: boolean;
}

/** What the format says of a ticket's status: the word as written and its line, or a done mark. */
export interface StatusMark {
  word?: string;
  line?: number;
  /** The format marks the ticket finished without a word: a checked `- [x]` task. */
  checked?: boolean;
}

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
  /** Headings of this depth open the ticket's sections; any heading does when undefined; none when null. */
  sectionDepth?: number | null;
  id?: string;
  /** The id with its scope, where the format scopes ids (see Ticket.idKey). */
  idKey?: string;
  idLine?: number;
  title?: string;
  /** The file's frontmatter, when it is this ticket's own (one file, one ticket). */
  frontmatter?: Frontmatter;
  /** True when the ticket's metadata belongs in the file's frontmatter, so required keys are looked for there. */
  ownsFrontmatter: boolean;
  dependsOn: Dependency[];
  parallel: boolean;
  /** Marked tickets run beside those of the same scope only; '' (the default) for the whole repository. */
  parallelScope?: string;
  parent?: { path: string; line: number };
  status?: StatusMark;
  /** Sections the format finds in fields rather than headings (a `references` list is the context). */
  sections?: Section[];
  /** Criteria the format finds in fields (`<done>`, a test strategy), used when no acceptance heading has list items. */
  criteria?: Criterion[];
  declared?: DeclaredRange[];
  declaredItems?: DeclaredItem[];
  /** Text the format defines as a command to run (GSD's `<automated>`), by file offsets: read line by line as a shell block is. */
  commands?: Array<{ start: number; end: number }>;
  /**
   * Text the format defines as naming another tool's files, not the repository's (GSD's
   * `<execution_context>`: the workflows of the GSD install that runs the plan), by file offsets: no
   * pointer is read in it but a declared one written from the repository's root (an install inside it).
   */
  othersFiles?: Array<{ start: number; end: number }>;
}

/** What a format needs to know of the repository to claim a file: which files exist beside it. */
export interface ClaimContext {
  hasFile(path: string): boolean;
  /** Tracked files under a folder. */
  filesUnder?(folder: string): readonly string[];
}

interface FormatBase {
  /** The name the report, `--list-tickets` and the config's `formats` use. */
  name: string;
  /** Where files of this format live, as globs from the repository root: the default `tickets` cover them. */
  places: readonly string[];
  /** The sections a ticket of this format has by the format's own definition: required-sections asks only for these. */
  sections: readonly SectionKind[];
  /** A ticket is a whole session ('session'), or a step of a plan that a session works through ('step'). */
  unit: 'session' | 'step';
  /** The format runs a file's tickets side by side unless one depends on another (a roadmap's tickets). */
  siblingsInParallel?: boolean;
  /**
   * The format's tickets carry their context inline (a GSD plan, a superpowers plan: code to write,
   * commands to run) rather than pointing at it: the session budget sizes them, not a ticket's max.
   */
  inlinesContext?: boolean;
  /**
   * How the format writes a ticket, where a place names its ticket files (`.kiro/specs/<feature>/tasks.md`): a
   * file there that the format reads no ticket from is reported, saying what was expected.
   */
  writesTickets?: string;
  /** Headings that open a section in this format besides the configured ones (a bug report's Evidence). */
  headings?: Partial<Record<SectionKind, readonly string[]>>;
  /**
   * A cheap look at a file's text: true when it may hold a ticket marked to run in parallel. The
   * search for the tickets related to the linted ones parses only files that may.
   */
  mayMarkParallel(text: string): boolean;
}

/**
 * A way of writing tickets in Markdown. A format claims the files written its way (by place and
 * content, saying why) and splits each into ticket spans; the shared builder then finds each span's
 * sections, criteria, pointers and prose. Formats are tried in the order of FORMATS.
 */
export interface MarkdownFormat extends FormatBase {
  kind: 'markdown';
  /**
   * The format's context section holds evidence (observations, data, logs) rather than the files of the
   * work, so a path in it is a mention, not a declaration (a bug report's Evidence).
   */
  contextIsEvidence?: boolean;
  /**
   * The format's XML-like elements are the ticket's structure, not HTML: the text inside them is
   * Markdown and read as the rest of the ticket is (a GSD plan's `<action>`, `<done>`: "XML structure
   * for Claude parsing").
   */
  elementsAreText?: boolean;
  /** Takes whatever Markdown file no other format claims, but an index of other tickets. */
  fallback?: boolean;
  /**
   * Why the file is written in this format; undefined when it is not; `skip` when it is, but holds
   * no ticket to lint (a task file generated from a task list that is linted instead).
   */
  claim(document: MarkdownDocument, context: ClaimContext): string | { skip: string } | undefined;
  split(document: MarkdownDocument, context: ClaimContext): TicketSpan[];
}

/** What a data format reads a file into: its tickets (with everything the builder would find) and its problems. */
export interface DataTickets {
  tickets: Ticket[];
  problems: ParseProblem[];
}

/** A way of writing tickets as data (a JSON task list): the format reads its tickets itself. */
export interface DataFormat extends FormatBase {
  kind: 'data';
  claim(path: string, text: string): string | undefined;
  read(path: string, source: SourceText, context: DataContext): DataTickets;
}

/** What a data format is given to read a file with the same settings as the Markdown formats. */
export interface DataContext {
  status: StatusVocabulary;
  /** Path-like words of a text, as declared pointers, with their place in the file. */
  pointersIn(text: string, offset: number): Pointer[];
  /** Words of prose written as paths with a folder, as mentions, with their place in the file. */
  mentionsIn(text: string, offset: number): Pointer[];
}

export type TicketFormat = MarkdownFormat | DataFormat;
