import type { Finding, Rule } from '../core/engine/rule.js';
import { ticketShortName } from '../core/parse/ticket-names.js';
import { formatCount } from '../core/text/wording.js';

const FILES_SHOWN = 3;
const TICKETS_SHOWN = 3;

/** The items shown and how many more there are, of `total`: at least so many when not every ticket was compared. */
const listed = (items: readonly string[], total: number, cut = false): string => items.join(', ') + (total > items.length ? ` and ${cut ? 'at least ' : ''}${formatCount(total - items.length)} more` : '');

export const parallelConflict: Rule = {
  meta: {
    id: 'parallel-conflict',
    severity: 'warning',
    description: 'Tickets meant to run in parallel (parallel: true, or siblings of one roadmap file with no dependency between them) do not point at the same file.',
  },
  // One warning a ticket, however many tickets it conflicts with: a roadmap of N siblings on one file
  // would otherwise give N² lines. A pair is reported once, on its later ticket, or on the earlier one
  // when the later is not linted (a pull request that touched only the earlier ticket). In a group of
  // more than 2,001 tickets on one file, a ticket is compared with the 1,000 nearest on each side.
  check(ticket, { graph, isLinted }) {
    const roadmap = graph();
    const found = roadmap.conflicts(ticket);
    const conflicts = found.conflicts.filter(({ other }) => roadmap.comesBefore(other, ticket) || !isLinted(other));
    if (conflicts.length === 0) return [];
    const tickets = conflicts.slice(0, TICKETS_SHOWN).map(({ other }) => `'${ticketShortName(other)}' (${other.file}:${other.anchorLine})`);
    const files = new Set<string>();
    for (const { files: shared } of conflicts) for (const file of shared) files.add(file);
    const shownFiles = [...files].sort().slice(0, FILES_SHOWN).map((file) => `'${file}'`);
    const who = conflicts.length === 1 ? `Ticket ${tickets[0] ?? ''} may` : `Tickets ${listed(tickets, conflicts.length, found.cut)} may`;
    const finding: Finding = {
      line: ticket.anchorLine,
      message: `${who} run in parallel with this one and also ${conflicts.length === 1 ? 'points' : 'point'} at ${listed(shownFiles, files.size)}; make one depend on the other, or split the work by file`,
    };
    return [finding];
  },
};
