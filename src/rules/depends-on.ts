import { formatCount } from '../core/text/wording.js';
import path from 'node:path';
import { ticketReference } from '../core/parse/ticket-names.js';
import type { Finding, Rule } from '../core/engine/rule.js';

export const dependsOn: Rule = {
  meta: {
    id: 'depends-on',
    severity: 'error',
    checksDone: true,
    description: "Every dependency (depends_on, a 'Depends on:' line, a format's own field) names a ticket, dependencies do not go round in a cycle, and a ticket's parent spec exists.",
  },
  check(ticket, { graph, repository }) {
    const findings: Finding[] = [];
    const roadmap = graph();
    for (const dependency of roadmap.unknownDependencies(ticket)) {
      findings.push({ line: dependency.line, message: `Dependency '${dependency.id}' is no ticket's id; expected the id of an existing ticket` });
    }
    const cycle = roadmap.cycleThrough(ticket);
    if (cycle) {
      const next = ticketReference(cycle.next);
      const line = ticket.dependsOn.find((dependency) => dependency.id === next)?.line ?? ticket.dependsOn[0]?.line ?? ticket.anchorLine;
      const message = cycle.at === undefined
        ? `Dependencies go round in a cycle: this ticket waits for '${next}', one of ${formatCount(cycle.group)} tickets that wait for each other, as in ${cycleText(cycle.ids, 0)}`
        : `Dependencies go round in a cycle: ${cycleText(cycle.ids, cycle.at)}`;
      findings.push({ line, message: `${message}; expected an order in which each ticket can start` });
    }
    if (ticket.parent) {
      const written = ticket.parent.path.replace(/^\/+/, '');
      const fromTicket = path.posix.normalize(path.posix.join(path.posix.dirname(ticket.file), ticket.parent.path));
      if (!repository.hasFile(written) && !repository.hasFile(fromTicket)) {
        findings.push({
          line: ticket.parent.line,
          message: `parent '${ticket.parent.path}' does not exist; expected the path of the master spec, from the repository root or from this ticket's folder`,
        });
      }
    }
    return findings;
  },
};

/** The most ids a cycle is written with; a longer one is cut in its middle, with its length (every ticket on it has the message). */
const CYCLE_IDS_SHOWN = 8;

/** A cycle (ids in order, the first again at the end) read from its `from`th id round to the same id again. */
function cycleText(ids: readonly string[], from: number): string {
  const tickets = ids.length - 1;
  const idAt = (step: number): string => ids[(from + step) % tickets] ?? '';
  if (tickets + 1 <= CYCLE_IDS_SHOWN) return Array.from({ length: tickets + 1 }, (_, step) => idAt(step)).join(' → ');
  const head = Array.from({ length: CYCLE_IDS_SHOWN - 2 }, (_, step) => idAt(step));
  return `${[...head, '…', idAt(tickets - 1), idAt(tickets)].join(' → ')} (${formatCount(tickets)} tickets)`;
}
