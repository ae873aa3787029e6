import { tokenCount } from '../core/config/expectations.js';
import type { Rule } from '../core/engine/rule.js';
import { formatCount } from '../core/text/wording.js';

const HEAVIEST_SHOWN = 3;

type Options = { min: number };

export const sessionBudget: Rule<Options> = {
  meta: {
    id: 'session-budget',
    severity: 'error',
    description:
      "The session a ticket starts (overhead + ticket + the files it points at) fits the smart-zone budget; a warning when the work is too small for a session.",
    options: {
      min: {
        default: 1_500,
        expect: tokenCount(0),
        description: "tokens of ticket and files under which the work is too small for a session (flat key 'min-work-tokens')",
      },
    },
  },
  check(ticket, { config, options, measure, resolve }) {
    const measured = measure(ticket);
    const at = { line: ticket.anchorLine };
    if (measured.sessionTokens > measured.budget) {
      // A folder or glob that alone passes what a session has left brings more than any session can hold.
      const room = measured.budget - config.overheadTokens;
      const flood = [...measured.byPointer].find(([pointer, tokens]) => tokens > room && ['dir', 'glob'].includes(resolve(pointer).kind));
      // A path named twice brings its file once: it is shown once.
      const heaviest = [
        ...new Set(
          [...measured.byPointer]
            .filter(([, tokens]) => tokens > 0)
            .sort((a, b) => b[1] - a[1])
            .map(([pointer, tokens]) => `'${pointer.raw}' (${formatCount(tokens)})`),
        ),
      ].slice(0, HEAVIEST_SHOWN);
      const weight = heaviest.length > 0 ? `; the heaviest pointers are ${heaviest.join(', ')}` : '';
      const advice = flood
        ? `'${flood[0].raw}' alone brings ${formatCount(flood[1])} tokens, more than the ${formatCount(room)} a session has after its overhead: name the files of it the session needs`
        : 'split the ticket or point at line ranges';
      return [
        {
          ...at,
          message:
            `The session is estimated at ${measured.estimated ? '≈' : ''}${formatCount(measured.sessionTokens)} tokens, over the ${formatCount(measured.budget)} budget ` +
            `(${formatCount(config.contextWindow)} × ${config.smartZone})${weight}; ${advice}`,
        },
      ];
    }
    const work = measured.tokens + measured.pointerTokens;
    if (work < options.min && ticket.criteria.length <= 1 && ticket.unit === 'session') {
      return [
        {
          ...at,
          severity: 'warning',
          message:
            `The work is small for a session: ${formatCount(work)} tokens of ticket and files, under 'min-work-tokens' (${formatCount(options.min)}), ` +
            `with ${ticket.criteria.length === 0 ? 'no acceptance criterion' : 'one acceptance criterion'}; merge it with a sibling ticket`,
        },
      ];
    }
    return [];
  },
};
