import { tokenCount } from '../core/config/expectations.js';
import type { Rule } from '../core/engine/rule.js';
import { formatCount } from '../core/text/wording.js';

type Options = { max: number; min: number };

export const ticketSize: Rule<Options> = {
  meta: {
    id: 'ticket-size',
    severity: 'error',
    description: "A ticket's own text fits between 'min-ticket-tokens' (a warning) and 'max-ticket-tokens' (an error).",
    options: {
      max: { default: 2_500, expect: tokenCount(1), description: "tokens of the ticket's own text over which it is an error (flat key 'max-ticket-tokens')" },
      min: { default: 40, expect: tokenCount(0), description: "tokens under which it is a warning (flat key 'min-ticket-tokens')" },
    },
    checkOptions: ({ min, max }, nameOf) => (min >= max ? { option: 'min', expected: `less than '${nameOf('max')}' (${max})` } : undefined),
  },
  check(ticket, { options, measure }) {
    const { tokens, estimated } = measure(ticket);
    const about = estimated ? '≈' : '';
    const at = { line: ticket.anchorLine };
    // A plan that inlines its code and commands is its context: session-budget sizes it.
    if (tokens > options.max && !ticket.inlinesContext) {
      return [
        {
          ...at,
          message: `The ticket is ${about}${formatCount(tokens)} tokens, over 'max-ticket-tokens' (${formatCount(options.max)}); move detail into the files it points at, or split it`,
        },
      ];
    }
    // A step of a plan is small by design; only a ticket meant as a whole session has a floor.
    if (tokens < options.min && ticket.unit === 'session') {
      return [
        {
          ...at,
          severity: 'warning',
          message: `The ticket is ${about}${tokens} tokens, under 'min-ticket-tokens' (${options.min}); say what the goal is and how to check it`,
        },
      ];
    }
    return [];
  },
};
