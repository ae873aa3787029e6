import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/core/config/config.js';
import { parseTicketFile } from '../../src/core/parse/parse-ticket-file.js';
import { lintTexts, readFixture } from '../helpers/lint-fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('acceptance-criteria');

function criteriaOf(fixture: string) {
  const file = parseTicketFile('t.md', readFixture('rules', 'acceptance-criteria', fixture), {
    sections: DEFAULT_CONFIG.sections,
    hints: { topLevelEntries: new Set() },
  });
  return file.tickets[0]?.criteria;
}

describe('acceptance-criteria', () => {
  it('counts top-level list items, checked or not, and not their sub-items', async () => {
    await tester.accepts('ok-task-list.md');
    expect(criteriaOf('ok-task-list.md')).toEqual([
      { text: 'The sixth attempt within a minute answers 429', line: 10 },
      { text: 'A successful log-in resets the counter', line: 12 },
      { text: 'The lock lifts after ten minutes', line: 13 },
    ]);
  });

  it('takes each command of a fenced block as a criterion, skipping blanks and comments', async () => {
    await tester.accepts('ok-commands.md');
    expect(criteriaOf('ok-commands.md')).toEqual([
      { text: 'npm test -- rate-limit', line: 12 },
      { text: 'npm run lint', line: 13 },
      { text: 'npx tsc --noEmit', line: 15 },
    ]);
  });

  it('reports an acceptance section of prose, over the lines of the section', async () => {
    await tester.reports('not-ok-prose.md', [
      {
        line: 9,
        endLine: 10,
        severity: 'error',
        message: "The 'Acceptance Criteria' section has no list items; expected one list item (or command in a code block) per criterion",
      },
    ]);
  });

  it("reports more criteria than 'max-criteria' as a ticket to split", async () => {
    await tester.reports('not-ok-too-many.md', [
      { line: 9, endLine: 22, severity: 'error', message: "The 'Acceptance Criteria' section has 13 criteria; expected at most 12 ('max-criteria'): split the ticket" },
    ]);
    await tester.accepts('not-ok-too-many.md', { 'max-criteria': 13 });
    await tester.accepts('not-ok-too-many.md', { rules: { 'acceptance-criteria': ['error', { max: 13 }] } });
  });

  it("reports fewer criteria than 'min-criteria'", async () => {
    await tester.reports(
      'ok-task-list.md',
      [{ line: 9, endLine: 13, severity: 'error', message: "The 'Acceptance Criteria' section has 3 criteria; expected at least 4 ('min-criteria')" }],
      { 'min-criteria': 4 },
    );
  });

  it('leaves a missing acceptance section to required-sections', async () => {
    const report = await lintTexts({ 'roadmap/a.md': '# A\n\n## Goal\nG.\n\n## Context\n- `src/a.ts`\n' }, {
      repository: { 'src/a.ts': '' },
      config: { rules: { 'ticket-size': 'off', 'session-budget': 'off' } },
    });
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['required-sections']);
  });
});
