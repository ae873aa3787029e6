import { touches, type LineRange } from '../collect/diff-hunks.js';
import { problemKey } from './fingerprint.js';
import { compareDiagnostics, countBySeverity, type Diagnostic, type Report } from './report.js';

/**
 * The report cut down to the tickets a change is about (docs/pull-requests.md): in a file of `focus`,
 * the tickets holding one of its lines, and the file's own problems (those of no ticket); every other
 * file whole. `alsoKeep` keeps the tickets of some diagnostics besides (problems the change caused).
 * A base comparison's existing and fixed problems stay, whatever their ticket.
 */
export function focusReport(report: Report, focus: ReadonlyMap<string, readonly LineRange[]>, alsoKeep: readonly Diagnostic[] = []): Report {
  if (focus.size === 0) return report;
  const kept = new Set<number>();
  report.tickets.forEach((ticket, index) => {
    const lines = focus.get(ticket.file);
    if (lines === undefined || touches(lines, ticket.line, ticket.endLine)) kept.add(index);
  });
  for (const diagnostic of alsoKeep) if (diagnostic.ticketIndex !== undefined) kept.add(diagnostic.ticketIndex);
  return keepTickets(report, kept);
}

/** True when the diagnostic stays in a report cut down to `kept` tickets. */
export function keptWith(diagnostic: Diagnostic, kept: ReadonlySet<number>): boolean {
  return diagnostic.ticketIndex === undefined || kept.has(diagnostic.ticketIndex);
}

/** The report with only the tickets of `kept` (indexes), their diagnostics re-indexed, its counts recounted. */
export function keepTickets(report: Report, kept: ReadonlySet<number>): Report {
  const newIndex = new Map<number, number>();
  const tickets = report.tickets.filter((_, index) => {
    if (!kept.has(index)) return false;
    newIndex.set(index, newIndex.size);
    return true;
  });
  const reindex = (diagnostic: Diagnostic): Diagnostic => {
    if (diagnostic.ticketIndex === undefined) return diagnostic;
    const index = newIndex.get(diagnostic.ticketIndex);
    return index === undefined ? withoutTicketIndex(diagnostic) : { ...diagnostic, ticketIndex: index };
  };
  const diagnostics = report.diagnostics.filter((diagnostic) => keptWith(diagnostic, kept)).map(reindex);
  return {
    ...report,
    tickets,
    diagnostics,
    // What the base had is listed whole: a sibling's old problem is shown as existing, by its ticket's name.
    ...(report.base ? { base: { ...report.base, existing: report.base.existing.map(reindex) } } : {}),
    counts: { ...report.counts, tickets: tickets.length, ...countBySeverity(diagnostics) },
  };
}

/**
 * Head's problems split by what the base commit already had (docs/pull-requests.md): a problem is
 * existing when the base has one of the same rule and fingerprint in the same file (`renamedTo` maps
 * base paths to head paths), counted, so a second copy of an old problem is new. Base problems left
 * unmatched are fixed. `diagnostics` keeps the new ones only.
 */
export function compareWithBase(head: Report, base: Report, commit: string, renamedTo: ReadonlyMap<string, string>): Report {
  const onBase = new Map<string, { problems: Diagnostic[]; matched: number }>();
  for (const diagnostic of base.diagnostics) {
    const file = renamedTo.get(diagnostic.file) ?? diagnostic.file;
    const key = problemKey(file, diagnostic.rule, diagnostic.fingerprint);
    const same = onBase.get(key) ?? { problems: [], matched: 0 };
    same.problems.push({ ...diagnostic, file });
    onBase.set(key, same);
  }
  const fresh: Diagnostic[] = [];
  const existing: Diagnostic[] = [];
  for (const diagnostic of head.diagnostics) {
    // A count, not a shift() off the list: 200,000 problems of one fingerprint made that quadratic.
    const same = onBase.get(problemKey(diagnostic.file, diagnostic.rule, diagnostic.fingerprint));
    if (same !== undefined && same.matched < same.problems.length) {
      same.matched += 1;
      existing.push(diagnostic);
    } else fresh.push(diagnostic);
  }
  // A fixed problem's ticket index was the base report's: it names its ticket by `ticket` only.
  const fixed = [...onBase.values()].flatMap(({ problems, matched }) => problems.slice(matched)).map(withoutTicketIndex).sort(compareDiagnostics);
  return { ...head, diagnostics: fresh, base: { commit, existing, fixed }, counts: { ...head.counts, ...countBySeverity(fresh) } };
}

function withoutTicketIndex(diagnostic: Diagnostic): Diagnostic {
  const copy = { ...diagnostic };
  delete copy.ticketIndex;
  return copy;
}
