import type { Rule } from '../core/engine/rule.js';

const SHOWN_DUPLICATES = 3;

export const ticketId: Rule = {
  meta: {
    id: 'ticket-id',
    severity: 'error',
    description: 'No two tickets share an id.',
  },
  check(ticket, { graph }) {
    if (ticket.id === undefined) return [];
    const others = graph().withId(ticket.id).filter((other) => other !== ticket);
    if (others.length === 0) return [];
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
