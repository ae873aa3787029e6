import { normalizeHeading } from '../sections.js';
import type { MarkdownFormat } from './format.js';
import { singleFormat } from './single.js';

/** The headings of the bug-report shape: evidence of the problem and a suggested fix. */
const EVIDENCE = new Set(['evidence']);
const SUGGESTION = new Set(['suggestion', 'suggested fix', 'proposed fix', 'impact']);
const TITLE = new Set(['title']);

/**
 * A bug report as a ticket (`Title / Evidence / Impact / Suggestion`), one a file in a tickets folder:
 * its goal is its Title or Suggestion, its context the Evidence (files as `path:line`, but also data
 * and logs the report observed: its paths are mentions, not declarations); a Tests
 * section, where there is one, is its acceptance. The shape has no acceptance section of its own.
 */
export const bugReportFormat: MarkdownFormat = {
  ...singleFormat,
  name: 'bug-report',
  places: [],
  sections: ['goal', 'context'],
  headings: { goal: ['Title', 'Suggestion', 'Suggested fix'], context: ['Evidence'] },
  contextIsEvidence: true,
  fallback: false,
  claim(document) {
    const names = document.headings.map((heading) => normalizeHeading(heading.text));
    if (!names.some((name) => EVIDENCE.has(name))) return undefined;
    if (names.some((name) => SUGGESTION.has(name))) return 'a bug report (Evidence, Suggestion)';
    return names.some((name) => TITLE.has(name)) ? 'a bug report (Title, Evidence)' : undefined;
  },
};
