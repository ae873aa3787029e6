export type ReportedSeverity = 'error' | 'warning';

/** One problem (docs/report.md): 1-based lines, repository-relative `/` paths. */
export interface Diagnostic {
  file: string;
  line: number;
  endLine: number;
  column?: number;
  rule: string;
  severity: ReportedSeverity;
  message: string;
  /** The ticket's id, else its title; absent for a problem with the file as a whole. */
  ticket?: string;
  /** Index in the report's `tickets` of the ticket the problem belongs to; absent when it belongs to none. */
  ticketIndex?: number;
  /** The rule's documentation page. */
  url?: string;
  /** The same for the same problem on another commit: rule, ticket and the line's text, not its number (fingerprint.ts). */
  fingerprint: string;
}

export type PointerKind = 'file' | 'dir' | 'glob' | 'new';

export interface PointerReport {
  path: string;
  line: number;
  exists: boolean;
  kind: PointerKind;
  /** Tokens of what the pointer brings into the session (its lines, its file, or its folder's files). */
  tokens: number;
}

export interface TicketReport {
  file: string;
  line: number;
  endLine: number;
  id: string | null;
  title: string | null;
  /** The format that read the ticket (docs/ticket-format.md). */
  format: string;
  /** Open, or done (by its status, a checked task, or a folder of finished tickets): done tickets are checked for ids and dependencies only. */
  state: 'open' | 'done';
  tokens: number;
  pointerTokens: number;
  sessionTokens: number;
  budget: number;
  /** Present when the sizes are estimates of the model's own tokens (docs/sizing.md). */
  estimated?: true;
  pointers: PointerReport[];
  /** Ids this ticket waits for. */
  dependsOn: string[];
  /** Tickets that may run beside it (no dependency path between them): ids, or file:line without one; the first 20. */
  parallelWith: string[];
  /** Present when more than the 20 listed may run beside it. */
  parallelWithMore?: true;
}

export interface Report {
  version: 1;
  tickets: TicketReport[];
  /** The problems that count: all of them, or with a base or a baseline, the new ones. */
  diagnostics: Diagnostic[];
  /** Of `diagnostics`. */
  counts: { tickets: number; files: number; errors: number; warnings: number };
  /** Present when the problems were compared with the base commit of a pull request or a ref (docs/pull-requests.md). */
  base?: BaseComparison;
  /** Present when a baseline file was applied (docs/baseline.md). */
  baseline?: BaselineResult;
}

export interface BaseComparison {
  /** The commit compared with, as given (a SHA, or the ref of --changed-since). */
  commit: string;
  /** Problems the linted tickets already had there: listed, not counted. */
  existing: Diagnostic[];
  /** Problems of the linted tickets there that are gone now. */
  fixed: Diagnostic[];
}

export interface BaselineEntry {
  file: string;
  rule: string;
  fingerprint: string;
  count: number;
}

export interface BaselineResult {
  /** The baseline file, repository-relative. */
  file: string;
  /** How many problems it suppressed. */
  suppressed: number;
  /** Entries (or the part of their count) that suppressed nothing: the problem is gone, the entry can be pruned. */
  stale: BaselineEntry[];
}

/** The ticket of the report a diagnostic belongs to. */
export function ticketOf(report: Report, diagnostic: Diagnostic): TicketReport | undefined {
  return diagnostic.ticketIndex === undefined ? undefined : report.tickets[diagnostic.ticketIndex];
}

/** The errors and the warnings among `diagnostics`: what a report's counts say. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/** The report with its errors only (`--quiet`): warnings are left out of the problems, new, existing and fixed, and out of the counts. */
export function errorsOnly(report: Report): Report {
  const errors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const diagnostics = errors(report.diagnostics);
  return {
    ...report,
    diagnostics,
    counts: { ...report.counts, ...countBySeverity(diagnostics) },
    ...(report.base ? { base: { ...report.base, existing: errors(report.base.existing), fixed: errors(report.base.fixed) } } : {}),
  };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}
