import { integerAtLeast } from '../core/config/expectations.js';
import type { Rule } from '../core/engine/rule.js';

type Options = { min: number; max: number };

export const acceptanceCriteria: Rule<Options> = {
  meta: {
    id: 'acceptance-criteria',
    severity: 'error',
    description: "Acceptance criteria are list items (or commands), between 'min-criteria' and 'max-criteria' of them.",
    options: {
      min: { default: 1, expect: integerAtLeast(0), description: "the fewest criteria a ticket has (flat key 'min-criteria')" },
      max: { default: 12, expect: integerAtLeast(1), description: "the most criteria a ticket has before it should be split (flat key 'max-criteria')" },
    },
    checkOptions: ({ min, max }, nameOf) => (min > max ? { option: 'min', expected: `at most '${nameOf('max')}' (${max})` } : undefined),
  },
  check(ticket, { options }) {
    const section = ticket.sections.find((candidate) => candidate.kind === 'acceptance');
    // A missing or empty section is required-sections' to report; a format without an acceptance
    // section of its own (a bug report's Tests, in prose) is not held to a list.
    if (!section || section.isEmpty || !ticket.requiredSections.includes('acceptance')) return [];
    const count = ticket.criteria.length;
    const where = { line: section.line, endLine: section.endLine };
    if (count === 0) {
      return [
        {
          ...where,
          message: `The '${section.heading}' section has no list items; expected one list item (or command in a code block) per criterion`,
        },
      ];
    }
    const counted = `${count} ${count === 1 ? 'criterion' : 'criteria'}`;
    if (count < options.min) {
      return [{ ...where, message: `The '${section.heading}' section has ${counted}; expected at least ${options.min} ('min-criteria')` }];
    }
    if (count > options.max) {
      return [
        {
          ...where,
          message: `The '${section.heading}' section has ${counted}; expected at most ${options.max} ('max-criteria'): split the ticket`,
        },
      ];
    }
    return [];
  },
};
