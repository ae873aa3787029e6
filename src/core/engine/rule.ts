import type { Config, Severity } from '../config/config.js';
import type { TicketGraph } from '../graph/ticket-graph.js';
import type { TicketMeasure } from '../sizing/measure.js';
import type { RepositoryView } from '../repository/repository-view.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { Pointer, Ticket, TicketFile } from '../parse/ticket.js';

/** What a rule reports; the engine adds file, rule id, severity and ticket. */
export interface Finding {
  line: number;
  endLine?: number;
  column?: number;
  message: string;
  /** A milder case of an error rule (a ticket too small rather than too big): never reported above a warning. */
  severity?: 'warning';
}

export interface RuleContext {
  config: Config;
  file: TicketFile;
  repository: RepositoryView;
  /** Every ticket of the repository this run knows of (linted or not), for rules that compare tickets. */
  tickets: readonly Ticket[];
  /** The roadmap as a graph over `tickets`; built on first use, once per run. */
  graph(): TicketGraph;
  /** What a pointer of a ticket in this file names; computed once per run. */
  resolve(pointer: Pointer): Resolution;
  /** The ticket's tokens and session estimate (DESIGN §3); computed once per run. */
  measure(ticket: Ticket): TicketMeasure;
}

export interface RuleMeta {
  id: string;
  severity: Exclude<Severity, 'off'>;
  description: string;
  /** The rule's documentation page; every diagnostic of the rule carries it. */
  url?: string;
}

export interface Rule {
  meta: RuleMeta;
  /** Problems of the file as a whole (unreadable, broken frontmatter); runs once per file. */
  checkFile?(file: TicketFile, context: RuleContext): Finding[];
  check?(ticket: Ticket, context: RuleContext): Finding[];
}
