import type { TicketGraph } from '../graph/ticket-graph.js';
import type { Pointer, Ticket, TicketFile } from '../parse/ticket.js';
import type { Resolution } from '../resolve/resolve-pointer.js';
import type { TicketMeasure } from '../sizing/measure.js';
import { compareDiagnostics, countBySeverity, type Diagnostic, type PointerKind, type PointerReport, type Report, type TicketReport } from './report.js';
import type { TicketDiagnostic } from './run-rules.js';
import { ticketReference } from '../parse/ticket-names.js';

export interface ReportParts {
  files: readonly TicketFile[];
  found: readonly TicketDiagnostic[];
  measure(ticket: Ticket): TicketMeasure;
  resolve(pointer: Pointer, ticket: Ticket): Resolution;
  graph(): TicketGraph;
}

/** The report (docs/report.md): a row per linted ticket, every diagnostic with the index of its ticket, the counts. */
export function buildReport({ files, found, measure, resolve, graph }: ReportParts): Report {
  const tickets = files.flatMap((file) => file.tickets);
  const indexOf = new Map(tickets.map((ticket, index) => [ticket, index]));
  const diagnostics: Diagnostic[] = found.map(({ diagnostic, ticket }) => {
    const ticketIndex = ticket === undefined ? undefined : indexOf.get(ticket);
    return ticketIndex === undefined ? diagnostic : { ...diagnostic, ticketIndex };
  });
  diagnostics.sort(compareDiagnostics);
  const ticketReports: TicketReport[] = tickets.map((ticket) => {
    const measured = measure(ticket);
    return {
      file: ticket.file,
      line: ticket.line,
      endLine: ticket.endLine,
      id: ticket.id ?? null,
      title: ticket.title ?? null,
      format: ticket.format,
      state: ticket.lifecycle.state,
      tokens: measured.tokens,
      pointerTokens: measured.pointerTokens,
      sessionTokens: measured.sessionTokens,
      budget: measured.budget,
      ...(measured.estimated ? { estimated: true as const } : {}),
      pointers: ticket.pointers
        .map((pointer) => ({ pointer, resolution: resolve(pointer, ticket) }))
        .filter(({ resolution }) => resolution.kind !== 'foreign')
        .map(({ pointer, resolution }) => pointerReport(pointer, resolution, measured.byPointer.get(pointer) ?? 0)),
      dependsOn: ticket.dependsOn.map((dependency) => dependency.id),
      ...parallelReport(graph().parallelWith(ticket, PARALLEL_LISTED)),
    };
  });
  return {
    version: 1,
    tickets: ticketReports,
    diagnostics,
    counts: { tickets: tickets.length, files: files.length, ...countBySeverity(diagnostics) },
  };
}

/** The most tickets a report lists beside one ticket. */
export const PARALLEL_LISTED = 20;

function parallelReport({ tickets, more }: { tickets: Ticket[]; more: boolean }): Pick<TicketReport, 'parallelWith' | 'parallelWithMore'> {
  return { parallelWith: tickets.map(ticketReference), ...(more ? { parallelWithMore: true as const } : {}) };
}

/** A pointer into a submodule is a glob, a folder (the submodule, or a path written with a closing `/`) or a file as it is written. */
function submoduleKind(pointer: Pointer, resolution: Resolution & { kind: 'submodule' }): PointerKind {
  if (pointer.isGlob) return 'glob';
  return resolution.path === resolution.submodule || pointer.path.endsWith('/') ? 'dir' : 'file';
}

function pointerReport(pointer: Pointer, resolution: Resolution, tokens: number): PointerReport {
  const exists =
    resolution.kind === 'file' ||
    resolution.kind === 'dir' ||
    resolution.kind === 'name' ||
    resolution.kind === 'submodule' ||
    (resolution.kind === 'glob' && resolution.files.length > 0);
  const kind: PointerKind = pointer.isNew || (resolution.kind === 'missing' && resolution.planned) ? 'new' : resolution.kind === 'submodule' ? submoduleKind(pointer, resolution) : resolution.kind === 'glob' ? 'glob' : resolution.kind === 'dir' ? 'dir' : 'file';
  return { path: resolution.path, line: pointer.line, exists, kind, tokens };
}
