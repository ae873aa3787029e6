import type { Rule } from '../core/engine/rule.js';

export const acceptanceCriteria: Rule = {
  meta: {
    id: 'acceptance-criteria',
    severity: 'error',
    description: "Acceptance criteria are list items (or commands), between 'min-criteria' and 'max-criteria' of them.",
  },
  check(ticket, { config }) {
    const section = ticket.sections.find((candidate) => candidate.kind === 'acceptance');
    // A missing or empty section is required-sections' to report.
    if (!section || section.isEmpty) return [];
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
    if (count < config.minCriteria) {
      return [{ ...where, message: `The '${section.heading}' section has ${counted}; expected at least ${config.minCriteria} ('min-criteria')` }];
    }
    if (count > config.maxCriteria) {
      return [
        {
          ...where,
          message: `The '${section.heading}' section has ${counted}; expected at most ${config.maxCriteria} ('max-criteria'): split the ticket`,
        },
      ];
    }
    return [];
  },
};
