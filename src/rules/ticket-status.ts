import type { Rule } from '../core/engine/rule.js';

const SHOWN_WORDS = 8;

export const ticketStatus: Rule = {
  meta: {
    id: 'ticket-status',
    severity: 'warning',
    description: "A ticket's status is a word ticket-lint knows as open or done (the config's `status` adds words), so done tickets are told apart.",
  },
  check(ticket, { config }) {
    const { status } = ticket.lifecycle;
    if (!status || status.known) return [];
    const shown = (words: readonly string[]) => words.slice(0, SHOWN_WORDS).map((word) => `'${word}'`).join(', ') + (words.length > SHOWN_WORDS ? ', …' : '');
    return [
      {
        line: status.line,
        message:
          `Status '${status.word}' is neither an open nor a done status; expected one of ${shown(config.status.open)} (open) ` +
          `or ${shown(config.status.done)} (done), or add it to the config's 'status'`,
      },
    ];
  },
};
