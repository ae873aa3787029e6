import type { Config } from '../config/config.js';
import type { ConfigurableRule } from '../config/rule-options.js';
import type { TicketGraph } from '../graph/ticket-graph.js';
import type { Pointer, Ticket, TicketFile } from '../parse/ticket.js';
import type { RepositoryView } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { TicketMeasure } from '../sizing/measure.js';

/** What a rule reports; the engine adds file, rule id, severity and ticket. */
export interface Finding {
  line: number;
  endLine?: number;
  column?: number;
  message: string;
  /** A milder case of an error rule (a ticket too small rather than too big): never reported above a warning. */
  severity?: 'warning';
}

export interface RuleContext<Options = NoOptions> {
  config: Config;
  /** The rule's options: its declared defaults, with what the config sets over them. */
  options: Options;
  file: TicketFile;
  repository: RepositoryView;
  /** Every ticket of the repository this run knows of (linted or not), for rules that compare tickets. */
  tickets: readonly Ticket[];
  /** True for the tickets this run lints; the others of `tickets` are there to compare with. */
  isLinted(ticket: Ticket): boolean;
  /** The roadmap as a graph over `tickets`; built on first use, once per run. */
  graph(): TicketGraph;
  /** What a pointer of a ticket in this file names; computed once per run. */
  resolve(pointer: Pointer): Resolution;
  /** The ticket's tokens and session estimate (docs/sizing.md); computed once per run. */
  measure(ticket: Ticket): TicketMeasure;
}

export type NoOptions = Record<string, never>;

/** A rule's id, default severity and options (what the config may set), and what it is for. */
export interface RuleMeta<Options = NoOptions> extends ConfigurableRule<Options> {
  description: string;
  /** Checks done tickets too (ids, dependencies): the others check open tickets only, unless the config says `lint-done`. */
  checksDone?: boolean;
  /** The rule's documentation page; every diagnostic of the rule carries it. */
  url?: string;
}

/** A rule of any options, as the registry and the engine hold them. */
export type AnyRule = Rule<Record<string, unknown>>;

/** One check, in the manner of ESLint and markdownlint: it reports findings, the engine does the rest. */
export interface Rule<Options = NoOptions> {
  meta: RuleMeta<Options>;
  /** Problems of the file as a whole (unreadable, broken frontmatter); runs once per file. */
  checkFile?(file: TicketFile, context: RuleContext<Options>): Finding[];
  check?(ticket: Ticket, context: RuleContext<Options>): Finding[];
}
