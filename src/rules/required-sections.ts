import { SECTION_KINDS, type SectionKind } from '../core/config/config.js';
import type { Finding, Rule } from '../core/engine/rule.js';

const WHAT_GOES_IN: Record<SectionKind, string> = {
  goal: 'what the session must achieve, in a sentence or two',
  context: 'the files the agent should read first',
  acceptance: 'the checks that prove the work is done',
};

function headingChoices(headings: readonly string[]): string {
  const quoted = headings.slice(0, 3).map((heading) => `'${heading}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    severity: 'error',
    description: 'A ticket has a goal, a context and an acceptance section, none of them empty.',
  },
  check(ticket, { config }) {
    const findings: Finding[] = [];
    // The format says which sections its tickets have (docs/ticket-format.md): a plan's step has none of its own.
    for (const kind of SECTION_KINDS.filter((candidate) => ticket.requiredSections.includes(candidate))) {
      const section = ticket.sections.find((candidate) => candidate.kind === kind);
      if (!section) {
        findings.push({
          line: ticket.anchorLine,
          message: `Missing the ${kind} section; expected a heading such as ${headingChoices(config.sections[kind])} with ${WHAT_GOES_IN[kind]}`,
        });
      } else if (section.isEmpty) {
        findings.push({
          line: section.line,
          message: `The '${section.heading}' section is empty; expected ${WHAT_GOES_IN[kind]}`,
        });
      }
    }
    return findings;
  },
};
