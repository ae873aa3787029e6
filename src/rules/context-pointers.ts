import type { Rule } from '../core/engine/rule.js';
import { formatCount } from '../core/text/wording.js';

export const contextPointers: Rule = {
  meta: {
    id: 'context-pointers',
    severity: 'error',
    description:
      "A ticket points at least at one repository path, so the agent does not have to search for where to start; a warning past 'max-pointers'.",
  },
  check(ticket, { resolve, config }) {
    if (ticket.droppedPointers !== undefined) {
      const total = ticket.pointers.length + ticket.droppedPointers;
      return [
        {
          line: ticket.anchorLine,
          severity: 'warning',
          message: `The ticket has ${formatCount(total)} pointers; only the first ${formatCount(config.maxPointers)} were checked ('max-pointers'): split the ticket`,
        },
      ];
    }
    // A step of a plan works in its session's context (the plan, its spec); a whole session needs its own,
    // where its format gives tickets a place for it (Backlog.md's tasks have none but optional references).
    if (ticket.unit === 'step' || !ticket.requiredSections.includes('context')) return [];
    if (ticket.pointers.some((pointer) => resolve(pointer).kind !== 'foreign')) return [];
    return [
      {
        line: ticket.anchorLine,
        message:
          'The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
      },
    ];
  },
};
