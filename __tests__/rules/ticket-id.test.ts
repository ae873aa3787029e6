import { describe, expect, it } from '@jest/globals';
import { describeDiagnostic, lintTexts, readFixture } from '../helpers/lint-fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('ticket-id');

describe('ticket-id', () => {
  it('accepts distinct ids taken from roadmap headings', async () => {
    await tester.accepts('ok-roadmap-ids.md');
  });

  it('reports both tickets of a roadmap that share an id, each naming the other', async () => {
    await tester.reports('not-ok-duplicate.md', [
      { line: 3, severity: 'error', message: "Ticket id 'B-1' is also used by roadmap/not-ok-duplicate.md:14; expected each ticket to have its own id" },
      { line: 14, severity: 'error', message: "Ticket id 'B-1' is also used by roadmap/not-ok-duplicate.md:3; expected each ticket to have its own id" },
    ]);
  });

  it('compares a frontmatter id with the ids of other files', async () => {
    const single = '---\nid: B-2\n---\n# Refunds\n\n## Goal\nG.\n\n## Context\n- `a.ts`\n\n## Acceptance Criteria\n- [ ] ok\n';
    const report = await lintTexts({ 'roadmap/billing.md': readFixture('rules', 'ticket-id', 'ok-roadmap-ids.md'), 'tickets/refunds.md': single });
    const found = report.diagnostics.filter((d) => d.rule === 'ticket-id');
    expect(found.map((d) => `${d.file} ${describeDiagnostic(d)}`)).toEqual([
      "roadmap/billing.md 14 Ticket id 'B-2' is also used by tickets/refunds.md:2; expected each ticket to have its own id",
      "tickets/refunds.md 2 Ticket id 'B-2' is also used by roadmap/billing.md:14; expected each ticket to have its own id",
    ]);
  });

  it('takes the same id in two tags of a Task Master list as two ids: each tag numbers its tasks from 1', async () => {
    const task = (id: number, dependencies: number[]) => ({ id, title: `Task ${id}`, description: 'Do it', status: 'pending', dependencies, details: 'In a.ts', testStrategy: 'It works' });
    const list = JSON.stringify({ master: { tasks: [task(1, []), task(1, [])] }, feature: { tasks: [task(1, []), task(2, [1])] } }, null, 2);
    const report = await lintTexts({ '.taskmaster/tasks/tasks.json': list, 'a.ts': '' });
    const found = report.diagnostics.filter((d) => d.rule === 'ticket-id' || d.rule === 'depends-on');
    expect(found.map((d) => `${d.rule} ${describeDiagnostic(d)}`)).toEqual([
      "ticket-id 5 Ticket id '1' is also used by .taskmaster/tasks/tasks.json:14; expected each ticket to have its own id",
      "ticket-id 14 Ticket id '1' is also used by .taskmaster/tasks/tasks.json:5; expected each ticket to have its own id",
    ]);
  });
});
