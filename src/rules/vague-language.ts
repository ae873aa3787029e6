import type { Finding, Rule } from '../core/engine/rule.js';
import { proseRuns } from '../core/parse/ticket.js';
import { positionAt } from '../core/text/source-text.js';

/**
 * Phrases that hand a decision to the agent without saying which. Whole words only, any case; code,
 * links' targets and HTML comments are not read.
 */
const VAGUE_PHRASES =
  /(?<![\p{L}\p{N}_])(?:fix the (?:bug|issue|problem)|etc\.?|and so (?:on|forth)|as (?:needed|necessary|appropriate)|where (?:appropriate|needed)|if (?:needed|necessary)|tbd|tba|to be determined|somewhere|somehow|something like|some kind of|figure out)(?![\p{L}\p{N}_])/giu;

export const vagueLanguage: Rule = {
  meta: {
    id: 'vague-language',
    severity: 'warning',
    description: "Phrases that leave the agent guessing ('fix the bug', 'etc.', 'as needed', 'TBD', 'somewhere').",
  },
  check(ticket, { file }) {
    const findings: Finding[] = [];
    for (const run of proseRuns(ticket)) {
      for (const match of file.source.text.slice(run.start, run.end).matchAll(VAGUE_PHRASES)) {
        const { line, column } = positionAt(file.source, run.start + match.index);
        findings.push({ line, column, message: `Vague phrase '${match[0]}' leaves the agent guessing; say exactly what is meant` });
      }
    }
    return findings;
  },
};
