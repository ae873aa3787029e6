import type { SectionKind } from '../config/config.js';
import type { SourceText } from '../text/source-text.js';
import type { Intent } from './intent.js';
import type { TicketState } from './lifecycle.js';

/**
 * A problem found while reading a file, before any rule runs: the file cannot be read as a ticket
 * file at all, or its frontmatter is broken. The ticket-file and frontmatter rules report them.
 */
export interface ParseProblem {
  about: 'file' | 'frontmatter';
  line: number;
  message: string;
  /** A file that is read but says less than its place promises (no ticket in a tool's task list): never above a warning. */
  severity?: 'warning';
}

/**
 * A `<!-- ticket-lint-disable … -->` comment as written (docs/rules/disable-directive.md); the engine
 * decides what it suppresses.
 */
export interface DisableComment {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** The rule ids it names, as written; none names every rule. */
  ruleIds: string[];
  line: number;
  endLine: number;
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
  /** As written. */
  id: string;
  /** What it matches: a ticket's `idKey` (see Ticket). */
  key: string;
  /** Where else the id may be found when no ticket has `key` (a Backlog.md id among the archived tasks). */
  otherKeys?: readonly string[];
  line: number;
  /** The format records the work as done without a ticket of that id (a GSD summary of work that had no plan). */
  met?: true;
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

/**
 * Where a pointer was written: a code span, a link target, the first word of a context list item, a
 * word of a field the ticket's format declares for paths (`File: src/a.ts`, `<files>`), or an item
 * of a frontmatter path list (`modified_files`).
 */
/** Where a pointer was written: a code span, a link target, a list item's first word, a word of a declared field, a frontmatter list, an argument of a command, a word of prose. */
export type PointerSource = 'code' | 'link' | 'list' | 'field' | 'frontmatter' | 'command' | 'text';

/** A reference to a repository path, as written in the ticket. */
export interface Pointer {
  /** The text as written, suffixes included (`src/a.ts:12-30`). */
  raw: string;
  /** The path part, without line suffix or `::symbol`. */
  path: string;
  /** How messages quote the path where `path` is not as written: a Windows path, its backslashes read as `/`. */
  shownAs?: string;
  source: PointerSource;
  line: number;
  column: number;
  /** Link targets resolve from the ticket's folder, everything else from the repository root; a `file:` link is a path on the author's machine. */
  base: 'root' | 'ticket' | 'machine';
  lines?: { start: number; end: number };
  isGlob: boolean;
  /** Marked `(new)` or listed under "Files to create": the ticket will create it. */
  isNew: boolean;
  /** Introduced by "e.g." or "for example": an illustration, not necessarily a real path. */
  isExample: boolean;
  /** A path with part of it left out (`test/.../RunnerTest.kt`): the agent must search for the rest. */
  elided?: boolean;
  /** Where the ticket's format declares the files of the ticket (a path field or list), not a mention in prose. */
  declared: boolean;
  /** A mention of a path into the repository that its file declares elsewhere: meant for this repository as much as the declaration. */
  declaredInFile?: boolean;
  /** A file an open ticket of its file creates: still to be made wherever the file names it, as where it is created. */
  createdInFile?: true;
  /** Named by an open step of a plan (the work to come may create it), or as a condition ("if `x` exists"): its absence alone is no problem. */
  planned?: boolean;
  /** A path the work writes that this one is a tail of (`mcp/tools.py` of `src/ztlctl/mcp/tools.py`): when that is tracked, this names it from a subfolder. */
  tailOf?: string;
  /** Planned because the ticket makes its existence a condition ("if `x` exists", `test -f x`), not because its work writes it. */
  conditional?: true;
  /** The ticket's work writes it: it stands in a field of files the work makes or changes, or the ticket creates it; whether the ticket is done or not. */
  writes?: true;
  /** The ticket says it is not there ("`x` does not exist", "untracked `x`"): its absence is no news wherever its file names it. */
  absent?: true;
  /**
   * A link in the text a list item gives the document it opens with (`- \`notes/a.md\` — link to [b](b.md)`):
   * `path` is read from that document's folder, as the document will hold the link; this is the target
   * as written, read from the ticket's folder, which wins where something is there.
   */
  linkAsWritten?: string;
  /** A bare name after a path of its list (`…/ui/dialog.tsx, progress.tsx`): `path` is it in that path's folder, `shorthandOf` the name as written. */
  shorthandOf?: string;
  /** Named by a command that runs in `folder` after a `cd` (not the root): `path` is read from there; `written` is as the ticket wrote it. */
  ranIn?: { folder: string; written: string };
  /** The file a command runs (`./gradlew test`, `bash scripts/x.sh`): the command needs it where it runs, as a declared path is needed. */
  runs?: true;
  /** Under a folder its file's commands `cd` into from the root though the repository does not have it: another checkout's file. */
  inOtherCheckout?: string;
  /** A folder on the author's machine that a command enters and then names tracked paths in: the repository folder it is a copy of ('' the root). */
  copyOf?: string;
  /** The folder holding it that an open ticket of its file creates (`- Create: \`evals/\``): a new one brings the file. */
  createdFolder?: string;
  /** What the ticket says it does to the path: creates it, deletes it, or changes it (so it must be there). */
  intent?: Intent;
}

/** A ticket's place in its lifecycle: its state, and the status word that says so, if any. */
export interface Lifecycle {
  state: TicketState;
  /** The status as written and where; `known` false for a word the vocabulary does not know. */
  status?: { word: string; line: number; known: boolean };
  /** Why the ticket is done when no status word says so: a checked task, a done folder. */
  doneBecause?: string;
}

export interface Ticket {
  file: string;
  /** First and last line of the ticket in its file. */
  line: number;
  endLine: number;
  /** The line a ticket-wide problem is reported on: its heading, else line 1. */
  anchorLine: number;
  id?: string;
  /**
   * What the id means across the repository: the id itself, or, where the format scopes ids (a plan's
   * task `2.1` is only unique in its plan) or compares them loosely (Backlog.md's `task-7` is `BACK-7`),
   * the id with its scope. Dependencies name tickets by this key.
   */
  idKey?: string;
  idLine?: number;
  title?: string;
  /** The ticket's own text (the whole file for a single-ticket file). */
  text: string;
  frontmatter?: Frontmatter;
  /** The ticket's metadata belongs in the file's frontmatter (one file, one ticket), where required keys are looked for. */
  ownsFrontmatter: boolean;
  /** The format that read the ticket (docs/ticket-format.md). */
  format: string;
  /** The sections the format gives a ticket, which required-sections asks for. */
  requiredSections: readonly SectionKind[];
  /** A whole agent session ('session'), or one step of a plan a session works through ('step'). */
  unit: 'session' | 'step';
  lifecycle: Lifecycle;
  sections: Section[];
  criteria: Criterion[];
  pointers: Pointer[];
  /** Pointers past 'max-pointers', which were counted and not kept. */
  droppedPointers?: number;
  /**
   * Prose outside code, for checks on wording: where each run of text starts and ends in the file's
   * text, in pairs (`proseRuns` reads them). Offsets, not copies, and not an object a run: 10,000
   * tickets hold some 200,000 runs until the rules run.
   */
  prose: Uint32Array;
  /** From frontmatter `depends_on`, or a roadmap ticket's "Depends on:" line. */
  dependsOn: Dependency[];
  /** Marked to run beside other tickets (`parallel: true`, `[P]`, a GSD wave). */
  parallel: boolean;
  /** Marked tickets run beside the marked tickets of the same scope only (a plan's phase, a wave); '' for the whole repository. */
  parallelScope: string;
  /** The format runs a file's tickets beside each other unless one depends on the other (a roadmap's tickets). */
  siblingsInParallel: boolean;
  /** Its format carries the context inline (code, commands): the session budget sizes it, not the ticket maximum. */
  inlinesContext?: boolean;
  /** Frontmatter `parent`: the master spec, as written. */
  parent?: { path: string; line: number };
}

/** The runs of a ticket's prose, as offsets into its file's text. */
export function* proseRuns(ticket: Pick<Ticket, 'prose'>): Generator<{ start: number; end: number }> {
  for (let index = 0; index + 1 < ticket.prose.length; index += 2) yield { start: ticket.prose[index] as number, end: ticket.prose[index + 1] as number };
}

export interface TicketFile {
  path: string;
  source: SourceText;
  /** The format that read the file (docs/ticket-format.md); none when the file could not be read or no format claims it. */
  format?: string;
  /** Why the format claimed the file, or, when none did, why it is not a ticket file. */
  reason?: string;
  frontmatter?: Frontmatter;
  tickets: Ticket[];
  /**
   * Pointers in the file's text outside its tickets (a plan's preamble, a task list's phase notes):
   * the agent working any of its tickets reads them too. Mentions, but for labelled file fields.
   */
  sharedPointers?: Pointer[];
  /** Its `<!-- ticket-lint-disable … -->` comments, in the order they are written. */
  disableComments?: DisableComment[];
  problems: ParseProblem[];
}
