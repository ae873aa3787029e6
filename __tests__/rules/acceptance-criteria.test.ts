import { describe, expect, it } from '@jest/globals';
import { lintTexts, readFixture, ruleFindings } from '../helpers/lint-fixture.js';
import { parseTicketFile } from '../../src/core/parse/parse-ticket-file.js';
import { DEFAULT_CONFIG } from '../../src/core/config/config.js';

const findings = (fixture: string, config = {}) => ruleFindings('acceptance-criteria', fixture, { config });

function criteriaOf(fixture: string) {
  const file = parseTicketFile('t.md', readFixture('rules', 'acceptance-criteria', fixture), {
    sections: DEFAULT_CONFIG.sections,
    hints: { topLevelEntries: new Set() },
  });
  return file.tickets[0]?.criteria;
}

describe('acceptance-criteria', () => {
  it('counts top-level list items, checked or not, and not their sub-items', async () => {
    expect(await findings('ok-task-list.md')).toEqual([]);
    expect(criteriaOf('ok-task-list.md')).toEqual([
      { text: 'The sixth attempt within a minute answers 429', line: 10 },
      { text: 'A successful log-in resets the counter', line: 12 },
      { text: 'The lock lifts after ten minutes', line: 13 },
    ]);
  });

  it('takes each command of a fenced block as a criterion, skipping blanks and comments', async () => {
    expect(await findings('ok-commands.md')).toEqual([]);
    expect(criteriaOf('ok-commands.md')).toEqual([
      { text: 'npm test -- rate-limit', line: 12 },
      { text: 'npm run lint', line: 13 },
      { text: 'npx tsc --noEmit', line: 15 },
    ]);
  });

  it('reports an acceptance section of prose', async () => {
    expect(await findings('not-ok-prose.md')).toEqual([
      "9 The 'Acceptance Criteria' section has no list items; expected one list item (or command in a code block) per criterion",
    ]);
  });

  it("reports more criteria than 'max-criteria' as a ticket to split", async () => {
    expect(await findings('not-ok-too-many.md')).toEqual([
      "9 The 'Acceptance Criteria' section has 13 criteria; expected at most 12 ('max-criteria'): split the ticket",
    ]);
    expect(await findings('not-ok-too-many.md', { 'max-criteria': 13 })).toEqual([]);
  });

  it("reports fewer criteria than 'min-criteria'", async () => {
    expect(await findings('ok-task-list.md', { 'min-criteria': 4 })).toEqual([
      "9 The 'Acceptance Criteria' section has 3 criteria; expected at least 4 ('min-criteria')",
    ]);
  });

  it('leaves a missing acceptance section to required-sections', async () => {
    const report = await lintTexts({ 'roadmap/a.md': '# A\n\n## Goal\nG.\n\n## Context\n- `src/a.ts`\n' }, {
      repository: { 'src/a.ts': '' },
      config: { rules: { 'ticket-size': 'off', 'session-budget': 'off' } },
    });
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['required-sections']);
  });
});
