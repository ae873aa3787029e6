import { describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('required-sections');

describe('required-sections', () => {
  it('finds sections by any alias, ignoring case, emoji and trailing punctuation', async () => {
    await tester.accepts('ok-aliases.md');
  });

  it('reports a missing section on the ticket title as an error, naming the headings it accepts', async () => {
    await tester.reports('not-ok-missing-context.md', [
      {
        line: 1,
        severity: 'error',
        message: "Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first",
      },
    ]);
  });

  it('reports sections with nothing but an HTML comment, or nothing at all, as empty', async () => {
    await tester.reports('not-ok-empty-goal.md', [
      { line: 3, severity: 'error', message: "The 'Goal' section is empty; expected what the session must achieve, in a sentence or two" },
      { line: 9, severity: 'error', message: "The 'Acceptance Criteria' section is empty; expected the checks that prove the work is done" },
    ]);
  });

  it('checks each ticket of a roadmap file, the spec preamble excepted', async () => {
    await tester.accepts('ok-roadmap.md');
  });

  it("takes a roadmap ticket's sections only from the level below its heading", async () => {
    await tester.reports('not-ok-roadmap.md', [
      {
        line: 14,
        severity: 'error',
        message:
          "Missing the acceptance section; expected a heading such as 'Acceptance Criteria', 'Acceptance' or 'Definition of Done' with the checks that prove the work is done",
      },
    ]);
  });

  it('uses the configured headings instead of the defaults when told to replace them', async () => {
    await tester.reports(
      'ok-aliases.md',
      [{ line: 1, severity: 'error', message: "Missing the goal section; expected a heading such as 'Why' with what the session must achieve, in a sentence or two" }],
      { sections: { goal: { replace: ['Why'] }, context: { replace: ['Relevant files'] }, acceptance: { replace: ['Done when'] } } },
    );
  });

  it('adds configured headings to the defaults', async () => {
    const ticket = '# T\n\n## Why\nShip it.\n\n## Context\n- `src/a.ts`\n\n## Acceptance Criteria\n- [ ] done\n';
    await tester.reports({ text: ticket }, [
      {
        line: 1,
        severity: 'error',
        message: "Missing the goal section; expected a heading such as 'Goal', 'Goals' or 'Objective' with what the session must achieve, in a sentence or two",
      },
    ]);
    await tester.accepts({ text: ticket }, { sections: { goal: ['Why'] } });
  });

  it('counts a heading that names two sections as both, and the headings real tickets use', async () => {
    await tester.accepts({ text: '# T\n\n## Goals / Acceptance Criteria\n- [ ] it works\n\n## References\n- `src/a.ts`\n' });
    await tester.accepts({ text: '# T\n\n## What to build\nA thing.\n\n## Evidence\n`src/a.ts:3`\n\n## Tests\n- [ ] `npm test`\n' });
  });
});
