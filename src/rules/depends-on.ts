import { formatCount } from '../core/text/wording.js';
import path from 'node:path';
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
      const next = cycle[1];
      const line = ticket.dependsOn.find((dependency) => dependency.id === next)?.line ?? ticket.dependsOn[0]?.line ?? ticket.anchorLine;
      findings.push({ line, message: `Dependencies go round in a cycle: ${cycleText(cycle)}; expected an order in which each ticket can start` });
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

function cycleText(cycle: readonly string[]): string {
  if (cycle.length <= CYCLE_IDS_SHOWN) return cycle.join(' → ');
  const tickets = cycle.length - 1;
  return `${[...cycle.slice(0, CYCLE_IDS_SHOWN - 2), '…', ...cycle.slice(-2)].join(' → ')} (${formatCount(tickets)} tickets)`;
}
