import type { Finding, Rule } from '../core/engine/rule.js';
import { ticketShortName } from '../core/parse/ticket-names.js';

const FILES_SHOWN = 3;

export const parallelConflict: Rule = {
  meta: {
    id: 'parallel-conflict',
    severity: 'warning',
    description: 'Tickets meant to run in parallel (parallel: true, or siblings of one roadmap file with no dependency between them) do not point at the same file.',
  },
  check(ticket, { graph }) {
    const findings: Finding[] = [];
    for (const { other, files } of graph().conflicts(ticket)) {
      const name = `'${ticketShortName(other)}'`;
      const shown = files.slice(0, FILES_SHOWN).map((file) => `'${file}'`).join(', ');
      const more = files.length > FILES_SHOWN ? ` and ${files.length - FILES_SHOWN} more` : '';
      findings.push({
        line: ticket.anchorLine,
        message: `Ticket ${name} (${other.file}:${other.anchorLine}) may run in parallel with this one and also points at ${shown}${more}; make one depend on the other, or split the work by file`,
      });
    }
    return findings;
  },
};
