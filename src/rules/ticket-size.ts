import type { Rule } from '../core/engine/rule.js';
import { formatCount } from '../core/text/wording.js';

export const ticketSize: Rule = {
  meta: {
    id: 'ticket-size',
    severity: 'error',
    description: "A ticket's own text fits between 'min-ticket-tokens' (a warning) and 'max-ticket-tokens' (an error).",
  },
  check(ticket, { config, measure }) {
    const { tokens } = measure(ticket);
    const at = { line: ticket.anchorLine };
    if (tokens > config.maxTicketTokens) {
      return [
        {
          ...at,
          message: `The ticket is ${formatCount(tokens)} tokens, over 'max-ticket-tokens' (${formatCount(config.maxTicketTokens)}); move detail into the files it points at, or split it`,
        },
      ];
    }
    if (tokens < config.minTicketTokens) {
      return [
        {
          ...at,
          severity: 'warning',
          message: `The ticket is ${tokens} tokens, under 'min-ticket-tokens' (${config.minTicketTokens}); say what the goal is and how to check it`,
        },
      ];
    }
    return [];
  },
};
