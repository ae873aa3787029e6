import type { Rule } from '../core/engine/rule.js';
import { keyOf } from '../core/graph/ticket-graph.js';

const SHOWN_DUPLICATES = 3;

export const ticketId: Rule = {
  meta: {
    id: 'ticket-id',
    severity: 'error',
    checksDone: true,
    description: 'No two tickets share an id.',
  },
  check(ticket, { graph }) {
    const key = keyOf(ticket);
    if (ticket.id === undefined || key === undefined) return [];
    const others = graph().withKey(key).filter((other) => other !== ticket);
    // Ids tell tickets apart for the work to come: two done tickets of one id confuse nobody.
    if (others.length === 0 || (ticket.lifecycle.state === 'done' && others.every((other) => other.lifecycle.state === 'done'))) return [];
    const places = others.slice(0, SHOWN_DUPLICATES).map((other) => `${other.file}:${other.idLine ?? other.anchorLine}`);
    const more = others.length > SHOWN_DUPLICATES ? ` and ${others.length - SHOWN_DUPLICATES} more` : '';
    return [
      {
        line: ticket.idLine ?? ticket.anchorLine,
        message: `Ticket id '${ticket.id}' is also used by ${places.join(', ')}${more}; expected each ticket to have its own id`,
      },
    ];
  },
};
