import { describe, expect, it } from '@jest/globals';
import { ruleFindings } from '../helpers/lint-fixture.js';

const findings = (fixture: string) => ruleFindings('required-sections', fixture);

describe('required-sections', () => {
  it('finds sections by any alias, ignoring case, emoji and trailing punctuation', async () => {
    expect(await findings('ok-aliases.md')).toEqual([]);
  });

  it('reports a missing section on the ticket title, naming the headings it accepts', async () => {
    expect(await findings('not-ok-missing-context.md')).toEqual([
      "1 Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first",
    ]);
  });

  it('reports sections with nothing but an HTML comment, or nothing at all, as empty', async () => {
    expect(await findings('not-ok-empty-goal.md')).toEqual([
      "3 The 'Goal' section is empty; expected what the session must achieve, in a sentence or two",
      "9 The 'Acceptance Criteria' section is empty; expected the checks that prove the work is done",
    ]);
  });

  it('checks each ticket of a roadmap file, the spec preamble excepted', async () => {
    expect(await findings('ok-roadmap.md')).toEqual([]);
  });

  it('takes a roadmap ticket\'s sections only from the level below its heading', async () => {
    expect(await findings('not-ok-roadmap.md')).toEqual([
      "14 Missing the acceptance section; expected a heading such as 'Acceptance Criteria', 'Acceptance' or 'Definition of Done' with the checks that prove the work is done",
    ]);
  });

  it('uses the configured headings instead of the defaults', async () => {
    const configured = await ruleFindings('required-sections', 'ok-aliases.md', {
      config: { sections: { goal: ['Why'], context: ['Relevant files'], acceptance: ['Done when'] } },
    });
    expect(configured).toEqual(["1 Missing the goal section; expected a heading such as 'Why' with what the session must achieve, in a sentence or two"]);
  });
});
